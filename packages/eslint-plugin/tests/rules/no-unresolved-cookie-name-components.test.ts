// Variables that Vue, Svelte and Astro templates bind (`v-for`, `v-slot`, `{#each}`, `let:`,
// `{#await}`, `{#snippet}`, `{@const}`) used as a storage key: a name known only at run time, a
// warning, never an exception. Each parser is the real one a project would configure.
import { RuleTester } from 'eslint';
import * as astroParser from 'astro-eslint-parser';
import svelteParser from 'svelte-eslint-parser';
import vueParser from 'vue-eslint-parser';
import rule from '../../src/rules/no-unresolved-cookie-name.js';
import { fixture, SETTINGS } from '../RuleTester.js';

const unresolved = (line: number, column: number) => ({ messageId: 'unresolvedName', line, column });
const tester = (parser: unknown) => new RuleTester({ languageOptions: { parser: parser as never, ecmaVersion: 'latest', sourceType: 'module' }, settings: SETTINGS });

const SVELTE_FILE = fixture('Component.svelte');
const VUE_FILE = fixture('Component.vue');
const ASTRO_FILE = fixture('page.astro');

tester(svelteParser).run('no-unresolved-cookie-name (svelte)', rule as never, {
  valid: [
    // `{@const}` and the script's constants are followed like any constant
    { code: "{#each items as item}\n  {@const key = 'prefs'}\n  <button on:click={() => localStorage.setItem(key, '1')}>x</button>\n{/each}", filename: SVELTE_FILE },
    { code: "<script>\n  const KEY = 'prefs';\n</script>\n<button onclick={() => localStorage.setItem(KEY, '1')}>x</button>", filename: SVELTE_FILE },
  ],
  invalid: [
    { code: "{#each items as key}\n  <button on:click={() => localStorage.setItem(key, '1')}>x</button>\n{/each}", filename: SVELTE_FILE, errors: [unresolved(2, 48)] },
    { code: "{#each items as { key }, index (key)}\n  <button onclick={() => localStorage.setItem(key + index, '1')}>x</button>\n{/each}", filename: SVELTE_FILE, errors: [unresolved(2, 47)] },
    { code: "{#each items as item}\n  {@const key = item.id}\n  <button on:click={() => sessionStorage.setItem(key, '1')}>x</button>\n{/each}", filename: SVELTE_FILE, errors: [unresolved(3, 50)] },
    { code: "{#await load() then key}\n  <button on:click={() => localStorage.setItem(key, '1')}>x</button>\n{:catch key}\n  <button on:click={() => localStorage.setItem(key, '0')}>x</button>\n{/await}", filename: SVELTE_FILE, errors: [unresolved(2, 48), unresolved(4, 48)] },
    { code: "{#snippet row(key)}\n  <button onclick={() => localStorage.setItem(key, '1')}>x</button>\n{/snippet}", filename: SVELTE_FILE, errors: [unresolved(2, 47)] },
    { code: "<List {items} let:key>\n  <button on:click={() => localStorage.setItem(key, '1')}>x</button>\n</List>", filename: SVELTE_FILE, errors: [unresolved(2, 48)] },
  ],
});

tester(vueParser).run('no-unresolved-cookie-name (vue)', rule as never, {
  valid: [
    // a `<script setup>` constant is what the template sees
    { code: "<script setup>\nconst KEY = 'prefs';\n</script>\n<template>\n  <button @click=\"localStorage.setItem(KEY, '1')\">x</button>\n</template>", filename: VUE_FILE },
  ],
  invalid: [
    { code: "<template>\n  <div v-for=\"(key, index) in keys\" :key=\"index\" @click=\"localStorage.setItem(key, '1')\"></div>\n</template>", filename: VUE_FILE, errors: [unresolved(2, 79)] },
    { code: "<template>\n  <List v-slot=\"{ key }\"><b @click=\"localStorage.setItem(key, '1')\">x</b></List>\n</template>", filename: VUE_FILE, errors: [unresolved(2, 58)] },
    { code: "<template>\n  <List><template #item=\"{ key }\"><b @click=\"sessionStorage.setItem(key, '1')\">x</b></template></List>\n</template>", filename: VUE_FILE, errors: [unresolved(2, 69)] },
    // the template's own variable hides the script's constant of the same name
    {
      code: "<script setup>\nconst key = 'prefs';\n</script>\n<template>\n  <div v-for=\"key in keys\" @click=\"localStorage.setItem(key, '1')\"></div>\n</template>",
      filename: VUE_FILE,
      errors: [unresolved(5, 57)],
    },
    { code: "<template>\n  <b @click=\"(key) => localStorage.setItem(key, '1')\">x</b>\n</template>", filename: VUE_FILE, errors: [unresolved(2, 44)] },
  ],
});

tester(astroParser).run('no-unresolved-cookie-name (astro)', rule as never, {
  valid: [{ code: "---\nconst KEY = 'prefs';\n---\n<p>{keys.map(() => localStorage.setItem(KEY, '1'))}</p>", filename: ASTRO_FILE }],
  invalid: [
    { code: "---\nconst keys = Astro.url.searchParams.getAll('k');\n---\n<ul>{keys.map((key) => <li>{Astro.cookies.set(key, '1')}</li>)}</ul>", filename: ASTRO_FILE, errors: [unresolved(4, 47)] },
  ],
});
