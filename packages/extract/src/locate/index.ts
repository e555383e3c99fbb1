export { findProjectDirectory, ESLINT_CONFIG_FILES } from './findProjectDirectory.js';
export { locatePolicy, type PolicyLocation, type PolicyLookup, type PolicySource } from './locatePolicy.js';
export { findClosest, getEditDistance } from './findClosest.js';
