export { validatePolicy } from './validatePolicy.js';
