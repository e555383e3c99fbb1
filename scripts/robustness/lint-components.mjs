// Robustness: runs every rule of cookie-ledger (its recommended config) on every .vue, .svelte and
// .astro file under the folders given (unpacked component libraries, say), each with its real
// parser and typescript-eslint's parser for the scripts inside, and counts the exceptions the
// rules throw. Parse errors are counted apart (a library may ship files for another version of
// its framework); any other exception is a bug.
// Usage: `pnpm build && node scripts/robustness/lint-components.mjs FOLDER...`
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const requireFromRoot = createRequire(join(root, 'package.json'));
const { Linter } = requireFromRoot('eslint');
const { parser: tsParser } = requireFromRoot('typescript-eslint');
const parsers = {
  '.vue': requireFromRoot('vue-eslint-parser'),
  '.svelte': (await import(requireFromRoot.resolve('svelte-eslint-parser'))).default,
  '.astro': requireFromRoot('astro-eslint-parser'),
};
const { default: plugin } = await import(join(root, 'packages/eslint-plugin/dist/index.js'));
const extensionOf = (file) => Object.keys(parsers).find((extension) => file.endsWith(extension));

const folders = process.argv.slice(2);
if (folders.length === 0) throw new Error('Name the folders to read: node scripts/robustness/lint-components.mjs FOLDER...');

function collectFiles(dir, files) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) collectFiles(path, files);
    else if (entry.isFile() && extensionOf(entry.name)) files.push(path);
  }
  return files;
}

const config = (file) => [
  {
    files: ['**/*.vue', '**/*.svelte', '**/*.astro'],
    plugins: { 'cookie-ledger': plugin },
    linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' },
    languageOptions: { parser: parsers[extensionOf(file)], parserOptions: { parser: tsParser, sourceType: 'module' } },
    settings: { 'cookie-ledger': { policy: join(root, 'docs/examples/opendatasoft-portal/src/cookies.ts') } },
    rules: plugin.configs.recommended.rules,
  },
];

// Canaries first: in each kind of file, the same configuration must make every rule report, in
// the script and in the template, or the run proves nothing. Each also writes under a variable
// its template binds (`v-for`, `{#each}`, a callback's parameter), the shape that once crashed a rule.
const WRITES = "document.cookie = 'canary=1'; localStorage.setItem('canary', '1'); document.cookie = `${name}=1`; document.cookie = 'sessionid=1';";
const TEMPLATE_WRITE = "localStorage.setItem('canary_template', '1')";
const CANARIES = {
  '.vue': `<script setup lang="ts">\n${WRITES}\n</script>\n<template><b @click="${TEMPLATE_WRITE}">x</b><i v-for="key in keys" @click="localStorage.setItem(key, '1')">y</i></template>\n`,
  '.svelte': `<script lang="ts">\n${WRITES}\n</script>\n<b on:click={() => ${TEMPLATE_WRITE}}>x</b>\n{#each keys as key}<i on:click={() => localStorage.setItem(key, '1')}>y</i>{/each}\n`,
  '.astro': `---\n${WRITES}\n---\n<b>{${TEMPLATE_WRITE}}</b>{keys.map((key) => localStorage.setItem(key, '1'))}\n`,
};
for (const [extension, code] of Object.entries(CANARIES)) {
  const file = join(root, `docs/examples/opendatasoft-portal/src/Canary${extension}`);
  const messages = new Linter({ cwd: root }).verify(code, config(file), file);
  const silent = Object.keys(plugin.configs.recommended.rules).filter((rule) => !messages.some((message) => message.ruleId === rule));
  if (silent.length > 0 || !messages.some((message) => message.message.includes('canary_template'))) {
    throw new Error(`The ${extension} canary did not report from every rule and from its template: ${JSON.stringify(messages)}`);
  }
}

const started = performance.now();
const files = folders.flatMap((folder) => collectFiles(resolve(folder), []));
const counts = new Map();
const parseErrors = new Map();
let unlinted = 0;
const reports = new Map();
const exceptions = [];
const linters = new Map();
for (const file of files) {
  const extension = extensionOf(file);
  counts.set(extension, (counts.get(extension) ?? 0) + 1);
  // ESLint ignores node_modules relative to its cwd: lint each file from its own folder.
  const dir = dirname(file);
  if (!linters.has(dir)) linters.set(dir, new Linter({ cwd: dir }));
  try {
    const messages = linters.get(dir).verify(readFileSync(file, 'utf8'), config(file), file);
    if (messages.some((message) => message.fatal)) parseErrors.set(extension, (parseErrors.get(extension) ?? 0) + 1);
    if (messages.some((message) => message.message.startsWith('No matching configuration'))) unlinted += 1;
    for (const message of messages) if (message.ruleId?.startsWith('cookie-ledger/')) reports.set(message.ruleId, (reports.get(message.ruleId) ?? 0) + 1);
  } catch (error) {
    exceptions.push({ file, error: String(error?.stack ?? error).split('\n').slice(0, 6).join('\n') });
  }
}
const seconds = ((performance.now() - started) / 1000).toFixed(0);
const perKind = [...counts].map(([extension, count]) => `${count} ${extension} (${parseErrors.get(extension) ?? 0} parse errors)`).join(', ');
console.log(`${files.length} files linted in ${seconds} s: ${perKind}; ${[...reports].map(([rule, count]) => `${count} ${rule}`).join(', ') || 'no reports'}; ${exceptions.length} exceptions from the rules, ${unlinted} files not linted.`);
for (const { file, error } of exceptions.slice(0, 20)) console.log(`\n${file}\n${error}`);
process.exitCode = exceptions.length === 0 && unlinted === 0 ? 0 : 1;
