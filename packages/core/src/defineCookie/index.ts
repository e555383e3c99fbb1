export { defineCookie } from './defineCookie.js';
