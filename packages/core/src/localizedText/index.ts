export { resolveText } from './localizedText.js';
