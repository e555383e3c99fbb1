export { describeCookieNameProblem, getCookieNameProblem, type CookieNameProblem } from './getCookieNameProblem.js';
