// `cookie-ledger init` end to end: the real binary scans real projects and writes their policy.
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cookieLedger, createScratch, declaredNames, example, writeProject } from './helpers/cookieLedger.js';

const scratch = createScratch('init');
const project = (files: Record<string, string>) => writeProject(scratch, files);

describe('cookie-ledger init', () => {
  it('declares, on the example app, the names its own declarations have', () => {
    const folder = mkdtempSync(join(scratch, 'example-'));
    cpSync(join(example, 'src'), join(folder, 'src'), { recursive: true });
    const original = readFileSync(join(folder, 'src/cookies.ts'), 'utf8');
    const { status, stdout } = cookieLedger(['init', '--policy', 'src/scanned-cookies.ts'], folder);
    expect(status).toBe(1);
    expect(stdout).toContain('Wrote src/scanned-cookies.ts: 5 declarations from 6 files');
    expect(declaredNames(join(folder, 'src/scanned-cookies.ts')).sort()).toEqual(declaredNames(join(folder, 'src/cookies.ts')).sort());
    expect(readFileSync(join(folder, 'src/cookies.ts'), 'utf8')).toBe(original);
  });

  it('fills in known cookies, leaves TODOs for the rest, lists the names it could not read and the TODOs, and exits 1', () => {
    const folder = project({
      'package.json': JSON.stringify({ name: 'shop', author: 'Acme Ltd <web@acme.test>' }),
      'src/analytics.ts': "import Cookies from 'js-cookie';\nCookies.set('_ga', id, { expires: 730 });\nCookies.set(`_ga_${stream}`, id);\n",
      'src/cart.ts': "import Cookies from 'js-cookie';\nexport const save = (key: string) => { Cookies.set('cart', '[]'); Cookies.set(readKey(key), '1'); };\n",
    });
    const { status, stdout } = cookieLedger(['init'], folder);
    expect(status).toBe(1);
    expect(stdout).toMatch(
      new RegExp(
        '^Wrote src/cookies\\.ts: 3 declarations from 2 files, 2 filled in from the Open Cookie Database, 1 with a TODO to write\\.\\n' +
          'src/cart\\.ts:2:79: a cookie is written here under a name read only at run time; declare it by hand\\.\\n' +
          '2 problems keep the new declarations from validating; .*\\n' +
          '  src/cookies\\.ts:\\d+:\\d+: "cart" has the unknown category .*\\n' +
          '  src/cookies\\.ts:\\d+:\\d+: "cart" still has the placeholder .*\\n$',
      ),
    );
    const policy = readFileSync(join(folder, 'src/cookies.ts'), 'utf8');
    expect(policy).toContain("  owner: 'Acme Ltd',\n");
    expect(policy).toContain(`    // From the Open Cookie Database (Google Analytics; retention "2 years"): review its provider, category, purpose.
    defineCookie({
      name: '_ga',
      provider: { name: 'Google', privacyPolicy: 'https://business.safety.google/privacy/' },
      category: 'statistics',
      purpose: 'ID used to identify users',
      duration: { years: 2 },
    }),`);
    expect(policy).toContain("      name: '_ga_*',\n");
    expect(policy).toContain(`      name: 'cart',
      provider: 'Acme Ltd',
      category: 'TODO: necessary, preferences, statistics or marketing',
      purpose: 'TODO: say why "cart" is stored',`);
  });

  it("carries over the lifetime, attributes and storage kind the code sets", () => {
    const folder = project({
      'package.json': JSON.stringify({ name: 'shop', author: 'Acme' }),
      'src/server.ts': [
        "import express from 'express';",
        'const app = express();',
        "app.get('/', (req, res) => { res.cookie('session', 'x', { maxAge: 1000 * 60 * 60 * 24 * 30, httpOnly: true, secure: true, sameSite: 'lax' }); });",
        '',
      ].join('\n'),
      'src/browser.ts': "localStorage.setItem('theme', 'dark');\n",
    });
    expect(cookieLedger(['init'], folder).status).toBe(1);
    const policy = readFileSync(join(folder, 'src/cookies.ts'), 'utf8');
    expect(policy).toContain(`      name: 'session',
      provider: 'Acme',
      category: 'TODO: necessary, preferences, statistics or marketing',
      purpose: 'TODO: say why "session" is stored',
      duration: { days: 30 },
      attributes: { httpOnly: true, secure: true, sameSite: 'lax' },
    }),`);
    expect(policy).toContain(`      name: 'theme',
      storage: 'localStorage',
      provider: 'Acme',`);
    expect(policy).not.toMatch(/category: 'necessary'/);
  });

  it('writes a policy that check rejects until its TODOs are written', () => {
    const folder = project({ 'app.js': "import Cookies from 'js-cookie';\nCookies.set('cart', '[]');\n" });
    expect(cookieLedger(['init'], folder).status).toBe(1);
    const { status, stdout } = cookieLedger(['check', '--format', 'json'], folder);
    expect(status).toBe(1);
    const messages = (JSON.parse(stdout) as { messages: { ruleId: string; message: string }[] }[]).flatMap((result) => result.messages);
    expect(messages.map((message) => message.ruleId)).toEqual(Array(3).fill('cookie-ledger/invalid-declaration'));
    expect(messages.map((message) => message.message).join('\n')).toMatch(
      /The policy still has the placeholder "TODO: the company that runs the site"[\s\S]*"cart" has the unknown category[\s\S]*"cart" still has the placeholder/,
    );
  });

  it('never overwrites an existing policy', () => {
    const source = "import { defineCookiePolicy } from '@cookie-ledger/core';\nexport default defineCookiePolicy({ owner: 'A', cookies: [] });\n";
    const folder = project({ 'cookies.ts': source, 'app.js': "import Cookies from 'js-cookie'; Cookies.set('x', 1);\n" });
    const { status, stderr } = cookieLedger(['init'], folder);
    expect(status).toBe(2);
    expect(stderr).toContain('cookies.ts already exists, and init never overwrites a policy. Add declarations to it with `cookie-ledger add NAME...`');
    expect(readFileSync(join(folder, 'cookies.ts'), 'utf8')).toBe(source);
    expect(cookieLedger(['init', '--policy', 'cookies.ts'], folder).status).toBe(2);
  });
});
