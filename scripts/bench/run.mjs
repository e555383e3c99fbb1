// `pnpm bench`: runs every scripts/bench/*.bench.mjs in turn (or only those whose name contains
// an argument: `pnpm bench extract`). Each prints its own figures.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const filters = process.argv.slice(2);
const benches = readdirSync(import.meta.dirname)
  .filter((name) => name.endsWith('.bench.mjs'))
  .filter((name) => filters.length === 0 || filters.some((filter) => name.includes(filter)))
  .sort();
if (benches.length === 0) console.log('No benchmark matches.');
for (const file of benches) {
  console.log(`\n## ${file}`);
  await import(pathToFileURL(resolve(import.meta.dirname, file)).href);
}
