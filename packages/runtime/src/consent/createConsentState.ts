import type { CookieCategory } from '@cookie-ledger/core';
import type { ConsentChoice, ConsentState, ConsentUpdate } from '../types.js';

/**
 * The visitor's choice, nothing granted but `necessary` until `update` says otherwise.
 * `onUpdate` runs before the subscribers, so that they see the jar already cleaned and flushed.
 */
export function createConsentState(initial: ConsentUpdate | undefined, onUpdate: (choice: ConsentChoice) => void): ConsentState {
  let choice: ConsentChoice = { necessary: true, preferences: false, statistics: false, marketing: false, ...initial };
  const listeners = new Set<(choice: ConsentChoice) => void>();
  return {
    update(change) {
      choice = { ...choice, ...change, necessary: true };
      onUpdate(choice);
      for (const listener of listeners) listener(choice);
    },
    get: ((category?: CookieCategory) => (category ? choice[category] : choice)) as ConsentState['get'],
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
