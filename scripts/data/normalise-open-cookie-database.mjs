// Writes packages/cli/data/open-cookie-database.json, the subset of the Open Cookie Database
// (Apache-2.0) that `cookie-ledger add` and `init` use to pre-fill declarations.
// Usage: node scripts/data/normalise-open-cookie-database.mjs [path/to/open-cookie-database.csv]
// What changes from the source is described in packages/cli/data/OPEN-COOKIE-DATABASE.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCsv } from './csv.mjs';
import { normaliseRow } from './open-cookie-database-row.mjs';

const root = resolve(import.meta.dirname, '../..');
const source = process.argv[2] ?? resolve(root, '../shared/data/open-cookie-database/open-cookie-database.csv');
const [header, ...rows] = parseCsv(readFileSync(source, 'utf8'));
const entries = rows
  .filter((row) => row.length === header.length)
  .map((row) => normaliseRow(Object.fromEntries(header.map((column, index) => [column, row[index]]))))
  .filter((entry) => entry !== undefined);

const target = resolve(root, 'packages/cli/data/open-cookie-database.json');
writeFileSync(target, `${JSON.stringify({ source: 'Open Cookie Database, Apache-2.0', entries }, null, 0).replace(/},{/g, '},\n{')}\n`);
console.log(`${entries.length} of ${rows.length} rows written to ${target}`);
