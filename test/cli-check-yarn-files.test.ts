// `cookie-ledger check` in a Yarn Plug'n'Play project with no ESLint configuration and no
// .gitignore: Yarn's own generated files (.pnp.cjs, .pnp.loader.mjs, .yarn/) are not the app's code.
import { describe, expect, it } from 'vitest';
import { cookieLedger, createScratch, writeProject } from './helpers/cookieLedger.js';

const scratch = createScratch('check-yarn-files');

const POLICY = `import { defineCookie, defineCookiePolicy } from '@cookie-ledger/core';

export const session = defineCookie({ name: 'sessionid', category: 'necessary', purpose: 'Login' });

export default defineCookiePolicy({ owner: 'Acme', cookies: [session] });
`;

const WRITE = "document.cookie = 'yarn_made=1';\n";

describe("cookie-ledger check in a Yarn Plug'n'Play project", () => {
  it("leaves out Yarn's .pnp.cjs, .pnp.loader.mjs and .yarn folder", () => {
    const folder = writeProject(scratch, {
      'src/cookies.ts': POLICY,
      'src/app.ts': "document.cookie = 'sessionid=1';\n",
      '.pnp.cjs': WRITE,
      '.pnp.loader.mjs': WRITE,
      '.yarn/sdks/eslint/lib/api.js': WRITE,
      '.yarn/unplugged/pkg/node_modules/pkg/index.js': WRITE,
    });
    const { status, stderr } = cookieLedger(['check'], folder);
    expect(stderr).toBe('cookie-ledger check: no problems. 2 files (2 that can set cookies parsed) checked against src/cookies.ts.\n');
    expect(status).toBe(0);
  });
});
