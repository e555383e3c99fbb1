import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CookiePolicy } from '@cookie-ledger/core';
import { describe, expect, it } from 'vitest';
import { loadPolicy } from '../src/index.js';

const example = resolve(import.meta.dirname, '../../../docs/examples/opendatasoft-portal');
const policyFile = resolve(example, 'src/cookies.ts');

describe('the example app policy (docs/examples/opendatasoft-portal)', () => {
  it('loads statically to the same policy core builds when the module runs', async () => {
    const { default: runtime } = (await import(pathToFileURL(resolve(example, 'dist/cookies.js')).href)) as { default: CookiePolicy };
    const loaded = loadPolicy('src/cookies.ts', { cwd: example });

    expect(loaded.file).toBe(policyFile);
    expect(loaded.policy.cookies).toEqual(runtime.cookies);
    expect([loaded.policy.owner, loaded.policy.site, loaded.policy.locales]).toEqual([runtime.owner, runtime.site, runtime.locales]);
    expect(loaded.policy.match('csrftoken')?.name).toBe('csrftoken');
  });

  it('points at each defineCookie call and each field, and keeps the JSDoc', () => {
    const lines = readFileSync(policyFile, 'utf8').split('\n');
    const { declarations, files } = loadPolicy(policyFile);

    expect(files).toEqual([policyFile]);
    expect(declarations.map(({ cookie }) => cookie.name)).toEqual(['sessionid', 'django_language', 'csrftoken', 'cookies_preferences', 'ods-catalog-view']);
    for (const { cookie, index, location, fields } of declarations) {
      expect(lines[location.line - 1]!.slice(location.column - 1)).toMatch(/^defineCookie\(\{/);
      expect(lines[fields.name!.line - 1]!.slice(fields.name!.column - 1)).toBe(`name: '${String(cookie.name)}',`);
      expect(cookie).toBe(loadPolicy(policyFile).policy.cookies[index]);
    }
    expect(declarations[0]!.jsdoc).toBe("Django's session cookie: who is logged in.");
    expect(Object.keys(declarations[3]!.fields)).toContain('consent');
  });
});
