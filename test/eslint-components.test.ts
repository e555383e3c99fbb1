// End to end: the real `eslint` CLI on `.vue`, `.svelte` and `.astro` files, each parsed by the
// parser a project configures for it (vue-eslint-parser, svelte-eslint-parser,
// astro-eslint-parser, with typescript-eslint's parser for `lang="ts"` scripts), with the flat
// config docs/eslint-plugin.md shows. Writes are reported where they are, in scripts and in
// templates; files that write only declared names stay clean.
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createScratch, root, writeProject } from './helpers/cookieLedger.js';
import { linkPackages } from './helpers/linkPackages.js';

const eslintBin = join(createRequire(join(root, 'package.json')).resolve('eslint/package.json'), '../bin/eslint.js');
const scratch = createScratch('eslint-components');

const CONFIG = `import cookieLedger from '@cookie-ledger/eslint-plugin';
import astroParser from 'astro-eslint-parser';
import svelteParser from 'svelte-eslint-parser';
import tseslint from 'typescript-eslint';
import vueParser from 'vue-eslint-parser';

export default [
  { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },
  { files: ['**/*.vue'], languageOptions: { parser: vueParser, parserOptions: { parser: tseslint.parser, sourceType: 'module' } } },
  { files: ['**/*.svelte'], languageOptions: { parser: svelteParser, parserOptions: { parser: tseslint.parser } } },
  { files: ['**/*.astro'], languageOptions: { parser: astroParser, parserOptions: { parser: tseslint.parser } } },
  cookieLedger.configs.recommended,
  { settings: { 'cookie-ledger': { policy: \`\${import.meta.dirname}/src/cookies.ts\` } } },
];
`;

const POLICY = `import { defineCookie, defineCookiePolicy } from '@cookie-ledger/core';

export const session = defineCookie({ name: 'sessionid', category: 'necessary', purpose: 'Login' });
export const prefs = defineCookie({ name: 'prefs', storage: 'localStorage', category: 'necessary', purpose: 'Display settings' });

export default defineCookiePolicy({ owner: 'Acme', cookies: [session, prefs] });
`;

const FILES = {
  'src/Settings.vue': `<script setup lang="ts">
import Cookies from 'js-cookie';
const THEME_KEY: string = 'theme';
function save(value: string): void {
  localStorage.setItem(THEME_KEY, value);
}
</script>

<template>
  <button @click="save('dark')">Dark</button>
  <button @click="localStorage.setItem('layout', 'grid')">Grid</button>
  <button @click="Cookies.set('banner_closed', '1')">Close</button>
</template>
`,
  'src/Legacy.vue': `<script>
export default {
  methods: {
    remember() {
      document.cookie = 'legacy_tab=2; path=/';
    },
  },
};
</script>
<template><div @click="remember">x</div></template>
`,
  'src/Cart.svelte': `<script context="module" lang="ts">
  export const CART_KEY: string = 'cart';
</script>

<script lang="ts">
  let items: string[] = [];
  sessionStorage.setItem(CART_KEY, JSON.stringify(items));
</script>

<button on:click={() => localStorage.setItem('view', 'list')}>List</button>
<button onclick={() => (document.cookie = 'seen_cart=1')}>Seen</button>
{#each items as item}
  {@const key = 'last_item'}
  <button on:click={() => localStorage.setItem(key, item)}>Keep</button>
{/each}
`,
  'src/Counter.svelte': `<script module lang="ts">
  const COUNT_KEY: string = 'count';
  localStorage.setItem(COUNT_KEY, '0');
</script>
<p>Svelte 5</p>
`,
  'src/pages/index.astro': `---
const visits: number = Number(Astro.cookies.get('visits')?.value ?? 0) + 1;
Astro.cookies.set('visits', String(visits), { maxAge: 3600 });
---
<html>
  <body>{Astro.cookies.set('rendered', '1')}</body>
</html>
`,
  'src/Clean.vue': `<script setup lang="ts">
import { prefs } from './cookies';
const save = (value: string): void => localStorage.setItem(prefs.name, value);
</script>
<template><button @click="localStorage.setItem('prefs', '{}')">Reset</button>{{ save }}</template>
`,
  'src/Clean.svelte': `<script lang="ts">
  document.cookie = 'sessionid=abc';
</script>
<button on:click={() => localStorage.setItem('prefs', '{}')}>Reset</button>
`,
  'src/pages/clean.astro': `---
Astro.cookies.set('sessionid', 'abc');
---
<p>{Astro.cookies.set('sessionid', 'def')}</p>
`,
};

interface LintResult {
  readonly filePath: string;
  readonly messages: readonly { readonly ruleId: string | null; readonly message: string; readonly line: number; readonly column: number }[];
}

/** The name a message is about: its first backticked word. */
const nameIn = (message: string) => /`([^`]+)`/.exec(message)?.[1];

async function runEslint(cwd: string): Promise<LintResult[]> {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [eslintBin, '.', '--format', 'json'], { cwd });
    return JSON.parse(stdout) as LintResult[];
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    if (!failure.stdout) throw new Error(`eslint exited ${failure.code}: ${failure.stderr}`, { cause: error });
    return JSON.parse(failure.stdout) as LintResult[];
  }
}

describe('eslint on Vue, Svelte and Astro files', () => {
  it('reports each write where it is, in scripts and templates, and leaves clean files clean', async () => {
    const folder = writeProject(scratch, { 'package.json': '{ "type": "module" }\n', 'eslint.config.js': CONFIG, 'src/cookies.ts': POLICY, ...FILES });
    linkPackages(folder, ['@cookie-ledger/eslint-plugin', 'astro-eslint-parser', 'svelte', 'svelte-eslint-parser', 'typescript', 'typescript-eslint', 'vue-eslint-parser']);
    const results = await runEslint(folder);
    const found = results.flatMap((result) =>
      result.messages.map((message) => `${result.filePath.slice(folder.length + 1)}:${message.line}:${message.column} ${message.ruleId ?? message.message} ${nameIn(message.message)}`),
    );
    expect(found).toEqual([
      'src/Cart.svelte:7:26 cookie-ledger/no-undeclared-storage cart',
      'src/Cart.svelte:10:46 cookie-ledger/no-undeclared-storage view',
      'src/Cart.svelte:11:43 cookie-ledger/no-undeclared-cookie seen_cart',
      'src/Cart.svelte:14:48 cookie-ledger/no-undeclared-storage last_item',
      'src/Counter.svelte:3:24 cookie-ledger/no-undeclared-storage count',
      'src/Legacy.vue:5:25 cookie-ledger/no-undeclared-cookie legacy_tab',
      'src/Settings.vue:5:24 cookie-ledger/no-undeclared-storage theme',
      'src/Settings.vue:11:40 cookie-ledger/no-undeclared-storage layout',
      'src/Settings.vue:12:31 cookie-ledger/no-undeclared-cookie banner_closed',
      'src/pages/index.astro:3:19 cookie-ledger/no-undeclared-cookie visits',
      'src/pages/index.astro:6:28 cookie-ledger/no-undeclared-cookie rendered',
    ]);
    // The clean files were linted (not skipped) and have no message.
    expect(results.map((result) => result.filePath.slice(folder.length + 1)).sort()).toEqual(
      ['eslint.config.js', 'src/cookies.ts', ...Object.keys(FILES)].sort(),
    );
  });
});
