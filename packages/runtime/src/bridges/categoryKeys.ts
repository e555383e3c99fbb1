import { COOKIE_CATEGORIES, type CookieCategory } from '@cookie-ledger/core';
import type { ConsentUpdate } from '../types.js';

/**
 * The consent manager's name for each category. The configs `cookie-ledger docs` generates use
 * the policy's category names, so the default is each category under its own name.
 */
export type CategoryKeys = Readonly<Partial<Record<CookieCategory, string>>>;

/** The jar's choice from a test of the consent manager's category keys: every category it knows. */
export function toConsentUpdate(keys: CategoryKeys | undefined, isGranted: (key: string) => boolean | undefined): ConsentUpdate {
  const update: Partial<Record<CookieCategory, boolean>> = {};
  for (const category of COOKIE_CATEGORIES) {
    const granted = isGranted(keys?.[category] ?? category);
    if (granted !== undefined) update[category] = granted;
  }
  return update;
}
