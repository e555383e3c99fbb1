// Robustness: runs every rule of cookie-ledger (its recommended config) on every .js/.mjs/.cjs/.ts/.tsx file under
// the workspace's node_modules (real code of hundreds of packages) and counts the exceptions the
// rules throw. Parse errors are ignored (not every file is valid for a given parser); any other
// exception is a bug. Usage: `pnpm build && node scripts/robustness/lint-node-modules.mjs`.
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const requireFromPlugin = createRequire(join(root, 'packages/eslint-plugin/package.json'));
const { Linter } = createRequire(join(root, 'package.json'))('eslint');
const tsParser = requireFromPlugin('@typescript-eslint/parser');
const { default: plugin } = await import(join(root, 'packages/eslint-plugin/dist/index.js'));

const EXTENSIONS = /\.(?:[cm]?js|ts|tsx)$/;
const store = join(root, 'node_modules/.pnpm');

/** Every matching file, walking real directories only (pnpm's symlinks would visit packages twice). */
function collectFiles(dir, files) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) collectFiles(path, files);
    else if (entry.isFile() && EXTENSIONS.test(entry.name)) files.push(path);
  }
  return files;
}

// ESLint ignores node_modules relative to its cwd: lint each file from its own folder.
const linters = new Map();
const linterFor = (file) => {
  const dir = dirname(file);
  if (!linters.has(dir)) linters.set(dir, new Linter({ cwd: dir }));
  return linters.get(dir);
};
const config = (file) => [
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs', '**/*.ts', '**/*.tsx'],
    plugins: { 'cookie-ledger': plugin },
    linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' },
    languageOptions: {
      parser: tsParser,
      parserOptions: { ecmaFeatures: { jsx: !file.endsWith('.ts') } },
      sourceType: file.endsWith('.cjs') ? 'commonjs' : 'module',
    },
    settings: { 'cookie-ledger': { policy: join(root, 'docs/examples/opendatasoft-portal/src/cookies.ts') } },
    rules: plugin.configs.recommended.rules,
  },
];

// A canary first: the same configuration must make every rule report, or the run proves nothing.
const canary = join(root, 'docs/examples/opendatasoft-portal/src/canary.ts');
const canaryCode = "document.cookie = 'canary=1'; localStorage.setItem('canary', '1'); document.cookie = `${name}=1`; document.cookie = 'sessionid=1';";
const canaryMessages = new Linter({ cwd: root }).verify(canaryCode, config(canary), canary);
const silent = Object.keys(plugin.configs.recommended.rules).filter((rule) => !canaryMessages.some((message) => message.ruleId === rule));
if (silent.length > 0) {
  throw new Error(`${silent.join(', ')} did not report on the canary file: ${JSON.stringify(canaryMessages)}`);
}

const started = performance.now();
const files = collectFiles(store, []);
let parseErrors = 0;
let unlinted = 0;
const reports = new Map();
const exceptions = [];
for (const [index, file] of files.entries()) {
  if (index % 5000 === 0) console.log(`${index} / ${files.length} files`);
  if (lstatSync(file).size > 5_000_000) continue;
  try {
    const messages = linterFor(file).verify(readFileSync(file, 'utf8'), config(file), file);
    if (messages.some((message) => message.fatal)) parseErrors += 1;
    // A file no configuration applies to was not linted at all: that would hide bugs.
    if (messages.some((message) => message.message.startsWith('No matching configuration'))) unlinted += 1;
    for (const message of messages) if (message.ruleId?.startsWith('cookie-ledger/')) reports.set(message.ruleId, (reports.get(message.ruleId) ?? 0) + 1);
  } catch (error) {
    exceptions.push({ file, error: String(error?.stack ?? error).split('\n').slice(0, 6).join('\n') });
  }
}
const seconds = ((performance.now() - started) / 1000).toFixed(0);
console.log(`\n${files.length} files linted in ${seconds} s: ${parseErrors} parse errors (ignored), ${[...reports].map(([rule, count]) => `${count} ${rule}`).join(', ') || 'no reports'}, ${exceptions.length} exceptions from the rules, ${unlinted} files not linted.`);
for (const { file, error } of exceptions.slice(0, 20)) console.log(`\n${file}\n${error}`);
process.exitCode = exceptions.length === 0 && unlinted === 0 ? 0 : 1;
