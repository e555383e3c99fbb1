export { renderConsentConfig } from './renderConsentConfig.js';
export { C15T_CATEGORIES } from './targets/c15t.js';
export { CONSENT_TARGETS } from './types.js';
export type { ConsentConfigOptions, ConsentConfigResult, ConsentTarget, ConsentWarning } from './types.js';
