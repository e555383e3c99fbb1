// `cookie-ledger docs` on the example app, through the real binary: writes the policy page in
// English and French, as Markdown and HTML (and the seed's four columns), into the example's generated/ folder (committed,
// and snapshot-tested by test/cli-docs.test.ts), then shows the other column set and an export.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The seed page's four columns (shared/seeds/opendatasoft-cookies-policy.txt): one --columns away from the default page. */
const SEED_COLUMNS = ['--columns', 'provider,feature-and-locations,names,purpose'];

const GENERATED_PAGES = [
  { format: 'markdown', locale: 'en', file: 'cookies-policy.en.md' },
  { format: 'markdown', locale: 'fr', file: 'cookies-policy.fr.md' },
  { format: 'html', locale: 'en', file: 'cookies-policy.en.html' },
  { format: 'html', locale: 'fr', file: 'cookies-policy.fr.html' },
  { format: 'markdown', locale: 'en', file: 'cookies-policy.seed-columns.en.md', args: SEED_COLUMNS },
];

export default async function docsStep({ example, root, heading }) {
  const cookieLedger = (...args) => execFileSync(join(root, 'node_modules/.bin/cookie-ledger'), args, { cwd: example, encoding: 'utf8' });

  heading('cookie-ledger docs: the policy page, in English and French, as Markdown and HTML');
  for (const { format, locale, file, args = [] } of GENERATED_PAGES) {
    const output = join(example, 'generated', file);
    cookieLedger('docs', '--format', format, '--locale', locale, ...args, '-o', output);
    console.log(`  wrote ${relative(root, output)}`);
  }
  const english = readFileSync(join(example, 'generated/cookies-policy.en.md'), 'utf8');
  console.log(`\n${english.slice(english.indexOf('## Cookies and other storage used on'))}`);

  heading('cookie-ledger docs --columns "provider=Supplier name,names=Cookie name,duration,purpose=Function" --group-by none --no-introduction');
  console.log(cookieLedger('docs', '--columns', 'provider=Supplier name,names=Cookie name,duration,purpose=Function', '--group-by', 'none', '--no-introduction'));

  heading('cookie-ledger docs --format tcf (the IAB TCF device-storage disclosure), first item');
  const tcf = JSON.parse(cookieLedger('docs', '--format', 'tcf'));
  console.log(JSON.stringify(tcf.disclosures[0], null, 2));
}
