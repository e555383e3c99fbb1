import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ts } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { addDeclarationsToFile, addDeclarationsToSource } from './addDeclarations.js';
import { PolicyEditError } from './PolicyEditError.js';
import type { NewDeclaration } from './printDeclaration.js';

const ga: NewDeclaration = {
  name: '_ga',
  provider: 'Google',
  category: 'statistics',
  purpose: 'ID used to identify users',
  duration: { years: 2 },
  review: 'From the Open Cookie Database (Google Analytics): review before publishing.',
};
const todo: NewDeclaration = { name: 'cart', category: 'necessary', purpose: "TODO: say why 'cart' exists" };

const add = (text: string, declarations: NewDeclaration[] = [ga]) => addDeclarationsToSource('/project/src/cookies.ts', text, declarations);

function syntaxErrors(text: string): string[] {
  const { diagnostics = [] } = ts.transpileModule(text, { reportDiagnostics: true, compilerOptions: { module: ts.ModuleKind.ESNext } });
  return diagnostics.map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
}

describe('addDeclarationsToSource', () => {
  it('writes each as a named export after the others and adds its name to the list, keeping comments and everything else', () => {
    const text = `import { defineCookie, defineCookiePolicy } from '@cookie-ledger/core';

// The session cookie.
export const session = defineCookie({ name: 'sessionid', category: 'necessary', purpose: 'Login' });

export default defineCookiePolicy({
  owner: 'Acme', // the company
  cookies: [
    session, // keep first
  ],
});
`;
    const result = add(text, [ga, todo]);
    expect(result).toBe(`import { defineCookie, defineCookiePolicy } from '@cookie-ledger/core';

// The session cookie.
export const session = defineCookie({ name: 'sessionid', category: 'necessary', purpose: 'Login' });

// From the Open Cookie Database (Google Analytics): review before publishing.
export const ga = defineCookie({
  name: '_ga',
  provider: 'Google',
  category: 'statistics',
  purpose: 'ID used to identify users',
  duration: { years: 2 },
});

export const cart = defineCookie({
  name: 'cart',
  category: 'necessary',
  purpose: 'TODO: say why \\'cart\\' exists',
});

export default defineCookiePolicy({
  owner: 'Acme', // the company
  cookies: [
    session, // keep first
    ga,
    cart,
  ],
});
`);
    expect(syntaxErrors(result)).toEqual([]);
  });

  it("follows the file's semicolons, keeps a one-line list on one line, and never reuses a name", () => {
    const text = `import { defineCookie, defineCookiePolicy } from '@cookie-ledger/core'
const cart = 'taken'
export const a = defineCookie({ name: 'a', category: 'necessary', purpose: 'A' })
export default defineCookiePolicy({ owner: 'A', cookies: [a] })
`;
    const result = add(text, [todo, { ...todo, name: 'delete' }, { ...todo, name: '2fa_token' }]);
    expect(result).toContain(`export const a = defineCookie({ name: 'a', category: 'necessary', purpose: 'A' })\n\nexport const cart2 = defineCookie({`);
    expect(result).toContain('export const deleteCookie = defineCookie({');
    expect(result).toContain('export const cookie2faToken = defineCookie({');
    expect(result).toContain("  purpose: 'TODO: say why \\'cart\\' exists',\n})\n");
    expect(result).toContain('cookies: [a, cart2, deleteCookie, cookie2faToken] })');
    expect(syntaxErrors(result)).toEqual([]);
  });

  it('puts the first declaration of an empty policy before it, with the list opened', () => {
    const empty = add(`import { defineCookiePolicy, defineCookie } from '@cookie-ledger/core';\nexport default defineCookiePolicy({ owner: 'A', cookies: [] });\n`, [todo]);
    expect(empty).toBe(`import { defineCookiePolicy, defineCookie } from '@cookie-ledger/core';
export const cart = defineCookie({
  name: 'cart',
  category: 'necessary',
  purpose: 'TODO: say why \\'cart\\' exists',
});

export default defineCookiePolicy({ owner: 'A', cookies: [
  cart,
] });
`);
  });

  it('appends calls to a list that holds its declarations inline, with or without a trailing comma', () => {
    const text = `import { defineCookie, defineCookiePolicy } from '@cookie-ledger/core';
export default defineCookiePolicy({
  owner: 'Acme',
  cookies: [
    defineCookie({ name: 'a', category: 'necessary', purpose: 'A' }),
    defineCookie({ name: 'b', category: 'necessary', purpose: 'B' }) // last
  ],
});
`;
    const result = add(text, [todo]);
    expect(result).toContain(`purpose: 'B' }), // last\n    defineCookie({\n      name: 'cart',`);
    expect(result).toContain(`    })\n  ],`);
    expect(result).not.toContain('export const');
    expect(syntaxErrors(result)).toEqual([]);
  });

  it('writes a text per locale, quoting a key that is not an identifier', () => {
    const result = add(`import { defineCookie, defineCookiePolicy } from '@cookie-ledger/core';\nexport default defineCookiePolicy({ owner: 'A', cookies: [] });\n`, [
      { ...todo, purpose: { en: 'Cart', 'fr-CA': 'Panier' }, attributes: { httpOnly: true, sameSite: 'lax' }, setBy: 'library' },
    ]);
    expect(result).toContain(`  purpose: { en: 'Cart', 'fr-CA': 'Panier' },\n  attributes: { httpOnly: true, sameSite: 'lax' },\n  setBy: 'library',\n`);
    expect(syntaxErrors(result)).toEqual([]);
  });

  it('imports defineCookie when the file does not', () => {
    const withCore = add(`import { defineCookiePolicy } from '@cookie-ledger/core';\nexport default defineCookiePolicy({ owner: 'A', cookies: [] });\n`, [todo]);
    expect(withCore.split('\n')[0]).toBe(`import { defineCookiePolicy, defineCookie } from '@cookie-ledger/core';`);
    const withoutCore = add(`import { defineCookiePolicy } from './my-core';\nexport default defineCookiePolicy({ owner: 'A', cookies: [] });\n`, [todo]);
    expect(withoutCore.split('\n')[0]).toBe(`import { defineCookie } from '@cookie-ledger/core';`);
  });

  it('calls defineCookie by the name the file imported it under', () => {
    const aliased = add(`import { defineCookie as cookie, defineCookiePolicy } from '@cookie-ledger/core';\nexport default defineCookiePolicy({ owner: 'A', cookies: [] });\n`, [todo]);
    expect(aliased).toContain('export const cart = cookie({\n');
    const namespace = add(`import * as ledger from '@cookie-ledger/core';\nexport default ledger.defineCookiePolicy({ owner: 'A', cookies: [] });\n`, [todo]);
    expect(namespace).toContain('export const cart = ledger.defineCookie({\n');
  });

  it('follows a list held in a constant of the same file, through as const', () => {
    const text = `import { defineCookie, defineCookiePolicy } from '@cookie-ledger/core';
const session = defineCookie({ name: 'sessionid', category: 'necessary', purpose: 'Login' });
const cookies = [
    session,
] as const;
const policy = defineCookiePolicy({ owner: 'A', cookies });
export default policy;
`;
    const result = add(text, [todo]);
    expect(result).toContain(`purpose: 'Login' });\n\nexport const cart = defineCookie({\n    name: 'cart',`);
    expect(result).toContain(`    session,\n    cart,\n] as const;`);
    expect(syntaxErrors(result)).toEqual([]);
  });

  it("writes in the file's quotes and indentation", () => {
    const text = `import { defineCookie, defineCookiePolicy } from "@cookie-ledger/core";\nexport default defineCookiePolicy({\n\towner: "A",\n\tcookies: [\n\t\tdefineCookie({ name: "a", category: "necessary", purpose: "A" }),\n\t],\n});\n`;
    expect(add(text, [todo])).toContain(`\t\tdefineCookie({\n\t\t\tname: "cart",\n\t\t\tcategory: "necessary",\n\t\t\tpurpose: "TODO: say why 'cart' exists",\n\t\t}),\n\t],`);
  });

  it.each([
    ['no default export', `export const a = 1;\n`, 1, /no `export default defineCookiePolicy/],
    ['a default export that is not the policy', `export default { owner: 'A' };\n`, 1, /no `export default defineCookiePolicy/],
    ['a list imported from elsewhere', `import { all } from './all';\nimport { defineCookiePolicy } from '@cookie-ledger/core';\nexport default defineCookiePolicy({\n  owner: 'A',\n  cookies: all,\n});\n`, 5, /`cookies` is not a list written in this file/],
    ['no cookies field', `import { defineCookiePolicy } from '@cookie-ledger/core';\nexport default defineCookiePolicy({ owner: 'A' });\n`, 2, /no `cookies` list/],
  ])('explains, with the line, a file with %s', (_, text, line, problem) => {
    let error: unknown;
    try {
      add(text);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(PolicyEditError);
    expect((error as PolicyEditError).line).toBe(line);
    expect((error as PolicyEditError).message).toMatch(problem);
    expect((error as PolicyEditError).message).toMatch(/^\/project\/src\/cookies\.ts:\d+:\d+: /);
  });
});

describe('addDeclarationsToFile', () => {
  it('rewrites the file in place and leaves no temporary file behind', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cookie-ledger-add-'));
    const file = join(dir, 'cookies.ts');
    writeFileSync(file, `import { defineCookiePolicy } from '@cookie-ledger/core';\nexport default defineCookiePolicy({ owner: 'A', cookies: [] });\n`);
    addDeclarationsToFile(file, [todo]);
    expect(readFileSync(file, 'utf8')).toContain(`name: 'cart'`);
    expect(readdirSync(dir)).toEqual(['cookies.ts']);
  });

  it('leaves the file untouched when it cannot be edited', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cookie-ledger-add-'));
    const file = join(dir, 'cookies.ts');
    const original = `export default 1;\n`;
    writeFileSync(file, original);
    expect(() => addDeclarationsToFile(file, [todo])).toThrow(PolicyEditError);
    expect(readFileSync(file, 'utf8')).toBe(original);
    expect(readdirSync(dir)).toEqual(['cookies.ts']);
  });
});
