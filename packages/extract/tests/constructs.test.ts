import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPolicy } from '../src/index.js';
import { necessary, writeProject } from './writeProject.js';

const HEADER = "import { defineCookie, defineCookiePolicy } from '@cookie-ledger/core';\n";

/** Loads `cookies.ts` of a fresh project and returns the declared names. */
function namesOf(files: Record<string, string>): (string | RegExp)[] {
  const root = writeProject(files);
  return loadPolicy('cookies.ts', { cwd: root }).policy.cookies.map((cookie) => cookie.name);
}

describe('loadPolicy follows what people write', () => {
  it('follows named, renamed, default, re-exported and `export *` declarations across files', () => {
    const names = namesOf({
      'cookies.ts': `${HEADER}import { session as s } from './auth/session.js';
import csrf from './csrf';
import { language, prefs } from './all';
import * as analytics from './analytics';
export default defineCookiePolicy({ owner: 'Acme', cookies: [s, csrf, language, prefs, analytics.stats] });`,
      'auth/session.ts': `${HEADER}export const session = ${necessary('sessionid')};`,
      'csrf.ts': `${HEADER}const csrf = ${necessary('csrftoken')};\nexport default csrf;`,
      'all.ts': `export * from './language.js';\nexport { preferences as prefs } from './preferences.js';`,
      'language.ts': `${HEADER}export const language = ${necessary('django_language')};`,
      'preferences.ts': `${HEADER}const preferences = ${necessary('cookies_preferences')};\nexport { preferences };`,
      'analytics/index.ts': `export * as nested from './unused.js';\nexport { stats } from './stats.js';`,
      'analytics/stats.ts': `${HEADER}export const stats = defineCookie({ name: '_pk_id.*', category: 'statistics', provider: 'Matomo', purpose: 'Audience', duration: { months: 13 } });`,
    });
    expect(names).toEqual(['sessionid', 'csrftoken', 'django_language', 'cookies_preferences', '_pk_id.*']);
  });

  it('follows `export *` through modules that re-export each other', () => {
    const names = namesOf({
      'cookies.ts': `${HEADER}import { a } from './a';\nimport { b } from './b';\nexport default defineCookiePolicy({ owner: 'Acme', cookies: [a, b] });`,
      'a.ts': `${HEADER}export * from './b';\nexport const a = ${necessary('from_a')};`,
      'b.ts': `${HEADER}export * from './a';\nexport const b = ${necessary('from_b')};`,
    });
    expect(names).toEqual(['from_a', 'from_b']);
    // b is found through a's `export *`, a through b's, whatever was asked first.
    expect(
      namesOf({
        'cookies.ts': `${HEADER}import { b } from './a';\nimport { a } from './b';\nexport default defineCookiePolicy({ owner: 'Acme', cookies: [a, b] });`,
        'a.ts': `${HEADER}export * from './b';\nexport const a = ${necessary('from_a')};`,
        'b.ts': `${HEADER}export * from './a';\nexport const b = ${necessary('from_b')};`,
      }),
    ).toEqual(['from_a', 'from_b']);
  });

  it('reads const objects shared between declarations, object and array spreads, as const and satisfies', () => {
    const root = writeProject({
      'cookies.ts': `import { defineCookie as cookie, defineCookiePolicy, type CookieDeclaration } from '@cookie-ledger/core';
import { base, common } from './shared';
const vendor = { name: 'Opendatasoft', url: 'https://www.opendatasoft.com' } as const;
const lang = cookie({ ...base, name: 'django_language', provider: vendor, duration: { years: 1 } });
const inline = { ...base, name: 'inline', attributes: { ...({ secure: true } satisfies object), path: '/' } } satisfies CookieDeclaration;
export default defineCookiePolicy({ owner: 'Opendatasoft', locales: ['en', 'fr'] as const, cookies: [...common, lang, inline] as const });`,
      'shared.ts': `${HEADER}export const base = { category: 'necessary', purpose: { en: 'Keeps it working', fr: 'Le fait marcher' } } as const;
export const common = [defineCookie({ ...base, name: 'sessionid', duration: { weeks: 2 } })];`,
    });
    const { policy, declarations } = loadPolicy('cookies.ts', { cwd: root });
    expect(policy.cookies.map((cookie) => [cookie.name, cookie.provider, cookie.attributes])).toEqual([
      ['sessionid', undefined, undefined],
      ['django_language', { name: 'Opendatasoft', url: 'https://www.opendatasoft.com' }, undefined],
      ['inline', undefined, { secure: true, path: '/' }],
    ]);
    expect(policy.cookies[1]!.purpose).toEqual({ en: 'Keeps it working', fr: 'Le fait marcher' });
    // A field that came from a spread points where it is written; the inline declaration at its literal.
    expect(declarations[1]!.fields.purpose).toMatchObject({ file: join(root, 'shared.ts'), line: 2 });
    expect(declarations[0]!.location).toMatchObject({ file: join(root, 'shared.ts'), line: 3 });
    expect(declarations[2]!.location).toMatchObject({ file: join(root, 'cookies.ts'), line: 5, column: 16 });
  });

  it('evaluates string concatenation, templates, arithmetic, RegExp literals and string enums', () => {
    const root = writeProject({
      'cookies.ts': `${HEADER}import { Names, PREFIX } from './names';
const DAY = 60 * 60 * 24;
export default defineCookiePolicy({
  owner: 'Acme',
  cookies: [
    defineCookie({ name: PREFIX + 'id', category: 'necessary', purpose: 'a', duration: { seconds: 14 * DAY } }),
    defineCookie({ name: \`\${PREFIX}lang_\${2}\`, category: 'necessary', purpose: 'b' }),
    defineCookie({ name: /^_ab_\\d+$/i, category: 'necessary', purpose: 'c' }),
    defineCookie({ name: Names.Session, category: 'necessary', purpose: 'd', duration: { days: -(-3) } }),
    defineCookie({ name: Names['Csrf'], category: 'necessary', purpose: 'e' }),
  ],
});`,
      'names.ts': `export const PREFIX = 'acme_';\nexport enum Names { Session = 'sessionid', Csrf = 'csrf' + 'token' }`,
    });
    const { policy } = loadPolicy('cookies.ts', { cwd: root });
    expect(policy.cookies.map((cookie) => cookie.name)).toEqual(['acme_id', 'acme_lang_2', /^_ab_\d+$/i, 'sessionid', 'csrftoken']);
    expect(policy.cookies[0]!.duration).toEqual({ seconds: 1_209_600 });
    expect(policy.cookies[3]!.duration).toEqual({ days: 3 });
  });

  it('evaluates numeric enums, computed keys, new RegExp with constants, and core constants through named imports', () => {
    const root = writeProject({
      'cookies.ts': `import { defineCookie, defineCookiePolicy, SAME_SITE_VALUES } from '@cookie-ledger/core';
enum Months { Six = 6, Seven }
const FIELD = 'purpose';
const STEM = '_hj';
export default defineCookiePolicy({
  owner: 'Acme',
  cookies: [
    defineCookie({
      name: new RegExp('^' + STEM + 'Session_\\d+$'),
      category: 'necessary',
      [FIELD]: 'p',
      duration: { months: Months.Seven },
      attributes: { sameSite: SAME_SITE_VALUES[1] },
    }),
  ],
});`,
    });
    const [cookie] = loadPolicy('cookies.ts', { cwd: root }).policy.cookies;
    expect(cookie).toMatchObject({ name: /^_hjSession_\d+$/, purpose: 'p', duration: { months: 7 }, attributes: { sameSite: 'lax' } });
  });

  it('resolves path aliases of the nearest tsconfig.json, following extends', () => {
    const root = writeProject({
      'tsconfig.base.json': `{ // comments are allowed
  "compilerOptions": { "paths": { "@decl/*": ["./src/declarations/*"], "~shared": ["./src/shared/index.ts"] } } }`,
      'tsconfig.json': '{ "extends": "./tsconfig.base.json", "compilerOptions": { "strict": true } }',
      'src/cookies.ts': `${HEADER}import { session } from '@decl/session';\nimport { owner } from '~shared';
export default defineCookiePolicy({ owner, cookies: [session] });`,
      'src/declarations/session.ts': `${HEADER}export const session = ${necessary('sessionid')};`,
      'src/shared/index.ts': `export const owner = 'Acme';`,
    });
    const loaded = loadPolicy('src/cookies.ts', { cwd: root });
    expect(loaded.policy.owner).toBe('Acme');
    expect(loaded.policy.cookies[0]!.name).toBe('sessionid');
    expect(loaded.files).toEqual(
      expect.arrayContaining([join(root, 'tsconfig.json'), join(root, 'tsconfig.base.json'), join(root, 'src/declarations/session.ts')]),
    );
  });

  it('understands core imported as a namespace, the policy held in a const, and core constants', () => {
    const names = namesOf({
      'cookies.ts': `import * as ledger from '@cookie-ledger/core';
const policy = ledger.defineCookiePolicy({
  owner: 'Acme',
  cookies: [ledger.defineCookie({ name: 'sessionid', category: ledger.COOKIE_CATEGORIES[0], purpose: 'Login' })],
});
export { policy as default };`,
    });
    expect(names).toEqual(['sessionid']);
  });

  it('reads a policy whose declarations are an array exported by another module', () => {
    const root = writeProject({
      'cookies.ts': `${HEADER}import { all } from './declarations';\nexport default defineCookiePolicy({ owner: 'Acme', cookies: all });`,
      'declarations.ts': `${HEADER}
/** The session. */
export const session = ${necessary('sessionid')};
export const all = [session, ${necessary('csrftoken')}];`,
    });
    const { declarations } = loadPolicy('cookies.ts', { cwd: root });
    expect(declarations.map((declaration) => [declaration.cookie.name, declaration.location.line, declaration.jsdoc])).toEqual([
      ['sessionid', 4, 'The session.'],
      ['csrftoken', 5, undefined],
    ]);
  });
});
