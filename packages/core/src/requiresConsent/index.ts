export { getConsentExemption, requiresConsent } from './requiresConsent.js';
