// The example policy read statically by @cookie-ledger/extract (no code of the app runs), with
// each declaration's file:line, then what the reader says about a policy it cannot evaluate.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

export default async function extractStep({ example, root, heading }) {
  const { loadPolicy, PolicyLoadError } = await import(pathToFileURL(join(root, 'packages/extract/dist/index.js')).href);

  heading('extract: the example policy, read statically from src/cookies.ts');
  const started = performance.now();
  const { policy, declarations, files } = loadPolicy('src/cookies.ts', { cwd: example });
  const elapsed = performance.now() - started;
  console.log(`owner ${policy.owner}, ${declarations.length} declarations, ${files.length} file(s) read in ${elapsed.toFixed(1)} ms`);
  for (const { cookie, location, jsdoc } of declarations) {
    const where = `${relative(root, location.file)}:${location.line}:${location.column}`;
    console.log(`  ${String(cookie.name).padEnd(20)} ${where.padEnd(52)} ${jsdoc ?? ''}`);
  }

  heading('extract: a policy that cannot be read without running code');
  const dir = mkdtempSync(join(tmpdir(), 'cookie-ledger-demo-'));
  try {
    writeFileSync(
      join(dir, 'cookies.ts'),
      `import { defineCookie, defineCookiePolicy } from '@cookie-ledger/core';
const names = [];
for (const id of ['a', 'b']) names.push(id);
export default defineCookiePolicy({
  owner: 'Acme',
  cookies: [
    defineCookie({ name: process.env.SESSION_COOKIE, category: 'necessary', purpose: 'Login' }),
    defineCookie({ name: '_ga_*', category: 'statistics', purpose: 'Audience' }),
    ...names,
  ],
});
`,
    );
    loadPolicy('cookies.ts', { cwd: dir });
  } catch (error) {
    if (!(error instanceof PolicyLoadError)) throw error;
    for (const problem of error.problems) {
      console.log(`  cookies.ts:${problem.location.line}:${problem.location.column} ${problem.code}\n      ${problem.message}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
