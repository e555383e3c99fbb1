import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getViteAliasPath, getViteAutoImport } from './viteProject.js';

const projects: string[] = [];
afterAll(() => projects.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A project with this vite.config text, returning a file of its src folder. */
function project(config: string, name = 'vite.config.ts'): { root: string; file: string } {
  const root = mkdtempSync(join(tmpdir(), 'vite-alias-'));
  projects.push(root);
  writeFileSync(join(root, 'package.json'), '{}');
  writeFileSync(join(root, name), config);
  mkdirSync(join(root, 'src'));
  return { root, file: join(root, 'src', 'main.ts') };
}

describe('getViteAliasPath', () => {
  it('reads path.resolve(__dirname, ...) entries of an alias object', () => {
    const { root, file } = project("export default { resolve: { alias: { '@': path.resolve(__dirname, './src'), '#lib': resolve(__dirname, 'lib') } } }");
    expect(getViteAliasPath(file, '@/stores/prefs')).toBe(join(root, 'src', 'stores', 'prefs'));
    expect(getViteAliasPath(file, '#lib/x.js')).toBe(join(root, 'lib', 'x.js'));
    expect(getViteAliasPath(file, 'vue')).toBeUndefined();
    expect(getViteAliasPath(file, '@vueuse/core')).toBeUndefined();
  });

  it('reads fileURLToPath(new URL(...)) targets and root-relative strings', () => {
    const { root, file } = project("export default defineConfig({ resolve: { alias: { '~': fileURLToPath(new URL('./src', import.meta.url)), '@assets': '/src/assets' } } })", 'vite.config.js');
    expect(getViteAliasPath(file, '~/utils/idb')).toBe(join(root, 'src', 'utils', 'idb'));
    expect(getViteAliasPath(file, '@assets/logo.svg')).toBe(join(root, 'src', 'assets', 'logo.svg'));
  });

  it('reads a list of { find, replacement }', () => {
    const { root, file } = project("export default { resolve: { alias: [{ find: '@', replacement: path.resolve(__dirname, 'src') }] } }");
    expect(getViteAliasPath(file, '@/x')).toBe(join(root, 'src', 'x'));
  });

  it("reads unplugin-auto-import's presets for VueUse", () => {
    const { file } = project("export default { plugins: [AutoImport({ imports: ['vue', '@vueuse/core'], dts: true })] }");
    expect(getViteAutoImport(file, 'useStorage')).toBe('@vueuse/core');
    expect(getViteAutoImport(file, 'ref')).toBeUndefined();
    const { file: other } = project("export default { plugins: [AutoImport({ imports: ['vue'] })] }");
    expect(getViteAutoImport(other, 'useStorage')).toBeUndefined();
  });

  it("reads unplugin-auto-import's pinia preset: defineStore", () => {
    const { file } = project("export default { plugins: [AutoImport({ imports: ['vue', 'vue-router', 'pinia'] })] }");
    expect(getViteAutoImport(file, 'defineStore')).toBe('pinia');
    expect(getViteAutoImport(file, 'storeToRefs')).toBeUndefined();
  });

  it("reads the project's own modules of unplugin-auto-import's dirs: folders, folders with /**, files", () => {
    const { root, file } = project("export default { plugins: [AutoImport({ imports: ['vue'], dirs: ['src/composables', 'src/stores/**', 'src/utils/index.ts'] })] }");
    const write = (path: string, text: string) => {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), text);
    };
    write('src/composables/storage.ts', 'export function useProfileStorage(key: string) {}\nexport const { a, b: renamed } = x;');
    write('src/composables/nested/deep.ts', 'export function useDeep() {}');
    write('src/stores/nested/settings.ts', 'export const useSettings = () => {};');
    write('src/utils/index.ts', 'function save() {}\nexport { save as savePref };');
    expect(getViteAutoImport(file, 'useProfileStorage')).toBe(join(root, 'src/composables/storage.ts'));
    expect(getViteAutoImport(file, 'useSettings')).toBe(join(root, 'src/stores/nested/settings.ts'));
    expect(getViteAutoImport(file, 'savePref')).toBe(join(root, 'src/utils/index.ts'));
    // a folder without `/**` gives its top-level modules only
    expect(getViteAutoImport(file, 'useDeep')).toBeUndefined();
    // the module itself declares the name
    expect(getViteAutoImport(join(root, 'src/composables/storage.ts'), 'useProfileStorage')).toBeUndefined();
  });

  it('gives nothing without a vite.config or without aliases', () => {
    const { file } = project('export default { plugins: [] }');
    expect(getViteAliasPath(file, '@/x')).toBeUndefined();
  });
});
