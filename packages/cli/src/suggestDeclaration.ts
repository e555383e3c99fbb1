import type { CookieAttributes, CookieCategory, Duration, ProviderInfo, SetBy, StorageKind } from '@cookie-ledger/core';
import type { KnownCookie } from './known-cookies/findKnownCookie.js';
import { SELF_HOSTED_PLATFORMS } from './known-cookies/selfHostedPlatforms.js';
import type { NewDeclaration } from './policy-edit/index.js';

/** A category a person must choose: core rejects it (`unknown-category`) until they do. */
export const TODO_CATEGORY = 'TODO: necessary, preferences, statistics or marketing';

/** What the person asked for, what the code shows, and where to look a cookie up. */
export interface SuggestionInput {
  readonly storage: StorageKind;
  readonly category?: CookieCategory;
  readonly provider?: string;
  readonly purpose?: string;
  readonly duration?: Duration;
  /** The lifetime and attributes the code's write sets (`init`). */
  readonly written?: { readonly duration?: Duration; readonly attributes?: CookieAttributes };
  /** Whether the app's own code writes the name (`init`), rather than a tag loaded in the page. */
  readonly appWritten?: boolean;
  /** The policy's owner (the provider of what the site sets itself), when known. */
  readonly owner: string | undefined;
  /** The policy's locales: a text is written for each when there are several. */
  readonly locales: readonly string[];
  readonly known: (name: string) => KnownCookie | undefined;
}

/**
 * The declaration `add` and `init` write for a name: what the person gave first, then what the
 * code shows, then what the Open Cookie Database knows (marked for review). A purpose or
 * category nobody gave is a TODO that core's validation rejects until a person writes it. The
 * owner provides what the site sets itself; a known third party's cookie gets that company, its
 * privacy policy, `setBy: 'third-party-script'` and the database's pattern for the name.
 */
export function suggestDeclaration(name: string, input: SuggestionInput): NewDeclaration {
  const known = input.storage === 'cookie' ? input.known(name) : undefined;
  const selfHosted = known !== undefined && SELF_HOSTED_PLATFORMS.has(known.platform);
  const thirdParty = known !== undefined && !selfHosted && known.provider !== input.owner;
  const text = input.purpose ?? known?.purpose ?? `TODO: say why "${name}" is stored`;
  const declaration: NewDeclaration = {
    name: known?.name.includes('*') ? known.name : name,
    storage: input.storage,
    provider: input.provider ?? (thirdParty ? toProvider(known) : input.owner),
    category: input.category ?? known?.category ?? TODO_CATEGORY,
    purpose: input.locales.length > 1 ? Object.fromEntries(input.locales.map((locale) => [locale, text])) : text,
    duration: input.duration ?? input.written?.duration ?? known?.duration,
    attributes: input.written?.attributes,
    setBy: getSetBy(input, thirdParty, selfHosted),
  };
  const review = [known ? describeKnown(known, input) : undefined, describeTranslations(input, text)].filter((line) => line !== undefined);
  return review.length === 0 ? declaration : { ...declaration, review: review.join(' ') };
}

/** Who writes the item when the app's own code does not: a tag in the page, or a dependency of the app. */
function getSetBy(input: SuggestionInput, thirdParty: boolean, selfHosted: boolean): SetBy | undefined {
  if (input.appWritten) return undefined;
  if (thirdParty) return 'third-party-script';
  return selfHosted ? 'library' : undefined;
}

function toProvider(known: KnownCookie): string | ProviderInfo {
  return known.privacyPolicy === undefined ? known.provider : { name: known.provider, privacyPolicy: known.privacyPolicy };
}

function describeKnown(known: KnownCookie, input: SuggestionInput): string {
  const filled = [
    input.provider === undefined ? 'provider' : undefined,
    input.category === undefined ? 'category' : undefined,
    input.purpose === undefined ? 'purpose' : undefined,
    input.duration === undefined && input.written?.duration === undefined && known.duration !== undefined ? 'duration' : undefined,
  ].filter((field) => field !== undefined);
  return `From the Open Cookie Database (${known.platform}; retention "${known.retention}"): review its ${filled.join(', ')}.`;
}

/** A text written in one language under every locale still reads on each page, but asks for a translation. */
function describeTranslations(input: SuggestionInput, text: string): string | undefined {
  if (input.locales.length < 2 || /^\s*TODO\b/.test(text)) return undefined;
  const others = input.locales.slice(1).join(', ');
  return `Its purpose is written in one language under ${others} too: translate it.`;
}
