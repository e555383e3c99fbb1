export { createCookieJar } from './createCookieJar.js';
