import type { CookieCategory, StorageKind } from '@cookie-ledger/core';
import type { KnownCookie } from './known-cookies/findKnownCookie.js';
import type { NewDeclaration } from './policy-edit/index.js';

/** What the person asked for, and where to look a cookie up. */
export interface SuggestionInput {
  readonly storage: StorageKind;
  readonly category?: CookieCategory;
  readonly provider?: string;
  readonly purpose?: string;
  readonly known: (name: string) => KnownCookie | undefined;
}

/**
 * The declaration `add` and `init` write for a name: what the person gave first, then what the
 * Open Cookie Database knows (marked for review), else a TODO purpose that core reports as
 * `placeholder-text` until someone writes the real one.
 */
export function suggestDeclaration(name: string, input: SuggestionInput): NewDeclaration {
  const known = input.storage === 'cookie' ? input.known(name) : undefined;
  const purpose = input.purpose ?? known?.purpose;
  const base = {
    name,
    storage: input.storage,
    provider: input.provider ?? known?.provider,
    category: input.category ?? known?.category ?? 'necessary',
    purpose: purpose ?? `TODO: say why "${name}" is stored, and check its category`,
    duration: known?.duration,
  };
  if (known) {
    const filled = [
      input.provider === undefined ? 'provider' : undefined,
      input.category === undefined ? 'category' : undefined,
      input.purpose === undefined ? 'purpose' : undefined,
      known.duration === undefined ? undefined : 'duration',
    ].filter((field) => field !== undefined);
    return { ...base, review: `From the Open Cookie Database (${known.platform}; retention "${known.retention}"): review its ${filled.join(', ')}.` };
  }
  if (purpose === undefined) return { ...base, review: 'Added by cookie-ledger: write its purpose, check its category, and add its provider and duration.' };
  if (input.category === undefined) return { ...base, review: 'Added by cookie-ledger as necessary: check its category.' };
  return base;
}
