// `cookie-ledger check` on a project whose app writes through @cookie-ledger/runtime: names set
// with the jar (in whatever storage they are declared) or sent with serializeCookie count as
// written, so only a declaration nothing writes is unused.
import { describe, expect, it } from 'vitest';
import { cookieLedger, createScratch, writeProject } from './helpers/cookieLedger.js';

const scratch = createScratch('check-runtime');

const POLICY = `import { defineCookie, defineCookiePolicy } from '@cookie-ledger/core';

export default defineCookiePolicy({
  owner: 'Acme',
  cookies: [
    defineCookie({ name: 'sessionid', category: 'necessary', purpose: 'Login', attributes: { httpOnly: true } }),
    defineCookie({ name: 'theme', category: 'necessary', purpose: 'Colours' }),
    defineCookie({ name: 'draft:*', storage: 'localStorage', category: 'necessary', purpose: 'Drafts' }),
    defineCookie({ name: 'stale', category: 'necessary', purpose: 'Nothing sets it any more' }),
  ],
});
`;

describe('cookie-ledger check with @cookie-ledger/runtime', () => {
  it('counts names written through the jar and serializeCookie, in any storage, as used', () => {
    const project = writeProject(scratch, {
      'src/cookies.ts': POLICY,
      'src/jar.ts': "import { createCookieJar } from '@cookie-ledger/runtime';\nimport policy from './cookies';\n\nexport const jar = createCookieJar(policy);\n",
      'src/editor.ts': "import { jar } from './jar';\n\nexport function save(text: string) {\n  jar.set('theme', 'dark');\n  jar.set(`draft:${Date.now()}`, text);\n}\n",
      'src/server.ts': "import { serializeCookie } from '@cookie-ledger/runtime';\nimport policy from './cookies';\n\nexport function login(headers: Headers, id: string) {\n  headers.append('Set-Cookie', serializeCookie(policy, 'sessionid', id));\n}\n",
    });
    const { status, stdout } = cookieLedger(['check', '--format', 'json'], project);
    const results = JSON.parse(stdout) as { messages: { ruleId: string; message: string }[] }[];
    const findings = results.flatMap((result) => result.messages).map(({ ruleId, message }) => `${ruleId}: ${message.split(' is declared')[0]}`);
    expect(findings).toEqual(['cookie-ledger/unused-declaration: "stale"']);
    expect(status).toBe(1);
  });
});
