// `pnpm demo`: runs cookie-ledger on the bundled example app (docs/examples/opendatasoft-portal)
// and prints what each part of the product finds. Each step is a module in scripts/demo/,
// run in the order of its file name; `pnpm demo` builds first.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const stepsDir = resolve(import.meta.dirname, 'demo');
const context = {
  example: resolve(import.meta.dirname, '../docs/examples/opendatasoft-portal'),
  root: resolve(import.meta.dirname, '..'),
  heading: (text) => console.log(`\n\x1b[1m== ${text}\x1b[0m`),
};
for (const file of readdirSync(stepsDir).filter((name) => name.endsWith('.mjs')).sort()) {
  const step = await import(pathToFileURL(resolve(stepsDir, file)).href);
  await step.default(context);
}
