export { defineCookiePolicy } from './defineCookiePolicy.js';
