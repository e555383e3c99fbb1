// @cookie-ledger/runtime's size in a browser app: each entry bundled with esbuild (the bundler
// users have) as an app would import it, minified, then gzipped (level 9). The budget in
// DESIGN.md: the jar with its consent gate at most 2 kB minified and gzipped. Exits with 1 over it.
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const BUDGET = 2048;
const root = resolve(import.meta.dirname, '../..');
// Resolved from the runtime's own folder, so `@cookie-ledger/runtime` is its build (run `pnpm build` first).
const resolveDir = resolve(root, 'packages/runtime/src');

const ENTRIES = [
  { label: 'createCookieJar (the jar and its consent gate)', source: "export { createCookieJar } from '@cookie-ledger/runtime';", budget: true },
  { label: 'serializeCookie (servers)', source: "export { serializeCookie } from '@cookie-ledger/runtime';" },
  { label: 'connectVanillaCookieConsent', source: "export { connectVanillaCookieConsent } from '@cookie-ledger/runtime/vanilla-cookieconsent';" },
  { label: 'connectKlaro', source: "export { connectKlaro } from '@cookie-ledger/runtime/klaro';" },
  { label: 'connectConsentMode', source: "export { connectConsentMode } from '@cookie-ledger/runtime/consent-mode';" },
  {
    label: 'createCookieJar + defineCookiePolicy (a policy defined in the bundle, with its validation)',
    source: "export { createCookieJar } from '@cookie-ledger/runtime';\nexport { defineCookiePolicy } from '@cookie-ledger/core';",
  },
];

async function measure(source) {
  const result = await build({ stdin: { contents: source, resolveDir }, bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, logLevel: 'silent' });
  const bytes = result.outputFiles[0].contents;
  return { minified: bytes.length, gzipped: gzipSync(bytes, { level: 9 }).length };
}

console.log('esbuild --bundle --minify, then gzip -9 (bytes):');
for (const entry of ENTRIES) {
  const { minified, gzipped } = await measure(entry.source);
  const verdict = entry.budget ? (gzipped <= BUDGET ? `  within the ${BUDGET} B budget` : `  OVER the ${BUDGET} B budget`) : '';
  console.log(`  ${entry.label}: ${minified} minified, ${gzipped} gzipped${verdict}`);
  if (entry.budget && gzipped > BUDGET) process.exitCode = 1;
}
