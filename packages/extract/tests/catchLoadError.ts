import { PolicyLoadError } from '../src/index.js';

/** The PolicyLoadError that `load` throws; fails the test when it throws nothing or something else. */
export function catchLoadError(load: () => unknown): PolicyLoadError {
  try {
    load();
  } catch (error) {
    if (error instanceof PolicyLoadError) return error;
    throw error;
  }
  throw new Error('Expected a PolicyLoadError, but the policy loaded.');
}
