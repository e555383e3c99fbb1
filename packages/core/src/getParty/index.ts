export { getParty, getProviderName } from './getParty.js';
