export { serializeCookie } from './serializeCookie.js';
