import { COOKIE_CATEGORIES, CONSENT_EXEMPTIONS, SAME_SITE_VALUES, SET_BY_VALUES, STORAGE_KINDS } from '../types/constants.js';

const list = (values: readonly string[]): string => values.map((value) => `'${value}'`).join(', ');

/** What a message may mention: the declaration (`"csrftoken"`), the value found, and details. */
export interface IssueParams {
  /** The declaration in words, e.g. `"csrftoken"` or `cookies[3]`. */
  readonly subject: string;
  /** The offending value, already printed. */
  readonly received?: string;
  /** A fact the message needs: a locale, another declaration, a limit. */
  readonly detail?: string;
}

/**
 * The text of every validation problem, by code: what is wrong, then what to write instead.
 * This table is the only place these sentences are written.
 */
export const ISSUE_MESSAGES = {
  'invalid-policy': ({ received }: IssueParams) =>
    `The policy must be an object such as \`{ owner: 'Example Ltd', cookies: [...] }\`; received ${received}.`,
  'missing-owner': ({ received }: IssueParams) =>
    `The policy has no owner (received ${received}). Write the company that runs the site, e.g. \`owner: 'Opendatasoft'\`; it decides which cookies are first-party.`,
  'invalid-site': ({ received }: IssueParams) =>
    `\`site\` must be the site's address as a string, e.g. \`site: 'https://example.com'\`; received ${received}.`,
  'invalid-locales': ({ received }: IssueParams) =>
    `\`locales\` must be a non-empty list of distinct locale codes, the default first, e.g. \`locales: ['en', 'fr']\`; received ${received}.`,
  'invalid-cookies': ({ received }: IssueParams) =>
    `\`cookies\` must be a list of declarations, e.g. \`cookies: [session, csrf]\`; received ${received}.`,
  'invalid-declaration': ({ subject, received }: IssueParams) =>
    `${subject} must be a declaration made with \`defineCookie({ name, category, purpose, ... })\`; received ${received}.`,
  'unknown-field': ({ subject, received, detail }: IssueParams) =>
    `${subject} has an unknown field ${received}. Remove it, or use one of: ${detail}.`,
  'missing-name': ({ subject }: IssueParams) =>
    `${subject} has no name. Write the cookie's exact name (\`name: 'sessionid'\`), a pattern (\`name: '_ga_*'\`) or a RegExp.`,
  'invalid-name': ({ subject, received }: IssueParams) =>
    `${subject} has the name ${received}, which is neither a string nor a RegExp. Write \`name: 'sessionid'\`, \`name: '_ga_*'\` or \`name: /^_ga_\\w+$/\`.`,
  'wildcard-only-name': ({ subject }: IssueParams) =>
    `${subject} is named \`*\`, which declares every cookie at once and tells the visitor nothing. Declare each cookie, or a pattern with a fixed part such as \`'_ga_*'\`.`,
  'invalid-pattern': ({ subject, received }: IssueParams) =>
    `${subject} has the pattern ${received}: a \`*\` may stand only at the start or at the end of a name, once (\`'_ga_*'\`, \`'*_id'\`). For anything else write a RegExp such as \`/^ab_.+_cd$/\`.`,
  'invalid-cookie-name': ({ received, detail }: IssueParams) =>
    `The cookie name ${received} ${detail}. A browser would refuse or cut such a cookie: write the name as the code sets it, or give the item its \`storage\` if it is not a cookie.`,
  'duplicate-name': ({ subject, detail }: IssueParams) =>
    `${subject} is declared twice (also at ${detail}). Keep one declaration per name and storage; merge the two.`,
  'overlapping-patterns': ({ subject, detail }: IssueParams) =>
    `${subject} overlaps ${detail} but has another category, so a cookie both cover would have two categories. Make the patterns disjoint, or give them the same category.`,
  'invalid-storage': ({ subject, received }: IssueParams) =>
    `${subject} has the storage ${received}. Write one of ${list(STORAGE_KINDS)}, or leave it out for a cookie.`,
  'missing-category': ({ subject }: IssueParams) =>
    `${subject} has no category. Write one of ${list(COOKIE_CATEGORIES)}, e.g. \`category: 'necessary'\`.`,
  'unknown-category': ({ subject, received }: IssueParams) =>
    `${subject} has the unknown category ${received}. Write one of ${list(COOKIE_CATEGORIES)}.`,
  'missing-purpose': ({ subject }: IssueParams) =>
    `${subject} has no purpose. Say why it exists in words a visitor understands, e.g. \`purpose: 'To remember the user from one page to another'\`, or a text per locale \`{ en: '...', fr: '...' }\`.`,
  'invalid-text': ({ subject, received }: IssueParams) =>
    `${subject} must be a non-empty string or a text per locale such as \`{ en: '...', fr: '...' }\`; received ${received}.`,
  'placeholder-text': ({ subject, received }: IssueParams) =>
    `${subject} still has the placeholder ${received}, left by \`cookie-ledger add\` or \`init\` for a cookie it did not know. Replace it with the real text, in words a visitor understands.`,
  'missing-locale-text': ({ subject, detail }: IssueParams) =>
    `${subject} has no text for the locale '${detail}', which the policy declares in \`locales\`. Add \`${detail}: '...'\`, or write one string for every locale.`,
  'invalid-provider': ({ subject, received }: IssueParams) =>
    `${subject} has the provider ${received}. Write the name of the company that sets it (your own when the site sets it) or \`{ name, url?, privacyPolicy?, country? }\`.`,
  'missing-provider': ({ subject }: IssueParams) =>
    `${subject} needs consent, so visitors must be told who sets it, but it has no provider. Add \`provider\` with the name of the company that sets it, your own when the site sets it itself (or \`{ name, privacyPolicy }\`).`,
  'invalid-party': ({ subject, received }: IssueParams) =>
    `${subject} has the party ${received}. Write 'first' or 'third', or leave it out to derive it from the provider.`,
  'invalid-duration': ({ subject, received }: IssueParams) =>
    `${subject} has the duration ${received}. Write \`'session'\`, or exactly one positive unit such as \`{ days: 14 }\`, \`{ months: 13 }\` (seconds, minutes, hours, days, weeks, months, years), with \`refresh?\` and \`note?\`.`,
  'missing-duration': ({ subject }: IssueParams) =>
    `${subject} needs consent, so visitors must be told how long it lives, but it has no duration. Add \`duration: 'session'\` or e.g. \`duration: { months: 6 }\`.`,
  'invalid-attribute': ({ subject, received, detail }: IssueParams) =>
    `${subject} has ${received}: ${detail}`,
  'cookie-prefix-attributes': ({ subject, detail }: IssueParams) =>
    `${subject} has a name that browsers only accept with ${detail}. Declare those attributes, or rename the cookie.`,
  'invalid-consent': ({ subject, received }: IssueParams) =>
    `${subject} has the consent claim ${received}. Write \`consent: 'required'\`, or \`consent: { exempt: e }\` with e one of ${list(CONSENT_EXEMPTIONS)}.`,
  'exemption-requires-first-party': ({ subject, detail }: IssueParams) =>
    `${subject} claims the ${detail} exemption but is third-party. Only a first-party cookie can be exempt for audience measurement: ask for consent (\`consent: 'required'\`), or have the site itself set it.`,
  'exemption-forbids-refresh': ({ subject, detail }: IssueParams) =>
    `${subject} claims the ${detail} exemption but refreshes its lifetime on each visit. Set \`refresh: false\`, or ask for consent (\`consent: 'required'\`).`,
  'exemption-duration-too-long': ({ subject, received, detail }: IssueParams) =>
    `${subject} claims an exemption that allows at most ${detail}, but lives ${received}. Shorten the duration, or ask for consent (\`consent: 'required'\`).`,
  'exemption-requires-duration': ({ subject, detail }: IssueParams) =>
    `${subject} claims the ${detail} exemption, which limits how long it may live, but has no duration. Add one, e.g. \`duration: { months: 13 }\`.`,
  'invalid-set-by': ({ subject, received }: IssueParams) =>
    `${subject} has \`setBy\` ${received}. Write one of ${list(SET_BY_VALUES)}.`,
  'invalid-tcf': ({ subject, received }: IssueParams) =>
    `${subject} has the TCF purposes ${received}. Write \`tcf: { purposes: [...], specialPurposes?: [...] }\` with purpose ids from 1 to 11 and special purpose ids from 1 to 3.`,
} as const satisfies Record<string, (params: IssueParams) => string>;

/** Every problem `validatePolicy` can report. */
export type PolicyIssueCode = keyof typeof ISSUE_MESSAGES;

/** The values `sameSite` accepts, for attribute messages. */
export const SAME_SITE_LIST = list(SAME_SITE_VALUES);
