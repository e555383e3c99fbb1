// End to end: scripts/recall/measure.mjs (the recall/precision yardstick) run as a user runs it,
// on a small catalogued application written here, with the built plugin. Each catalogued site
// must come out found, missed or not checkable as the plugin's real reports say, and each report
// on no site must be sorted into helper, judged false or unexplained.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createScratch, root, writeProject } from './helpers/cookieLedger.js';

const script = join(root, 'scripts/recall/measure.mjs');
const scratch = createScratch('recall');

const files = {
  'src/theme.ts': "export function saveTheme(value: string) {\n  localStorage.setItem('theme', value);\n}\n",
  // keys handed to an inline callback: the plugin warns inside the helper and does not see the caller's key
  'src/prefs.ts': "export function writeAll(keys: string[]) {\n  keys.forEach((key) => localStorage.setItem(key, '1'));\n}\n",
  'src/sidebar.ts': "import { writeAll } from './prefs';\n\nexport const open = () => writeAll(['sidebar']);\n",
  'src/forgotten.ts': "sessionStorage.setItem('not-in-the-catalogue', '1');\n",
  'src/forwarded.ts': "export function forward(headers: Headers, value: string) {\n  headers.append('Set-Cookie', value);\n}\n",
  'src/Banner.vue': "<script setup lang=\"ts\">\nlocalStorage.setItem('banner', 'closed');\n</script>\n",
  'src/theme.test.ts': "localStorage.setItem('excluded-by-the-catalogue', '1');\n",
};

const site = (file: string, line: number, name: string, shape: string) => ({ file, line, storage: 'localStorage', name, shape });
const entry = {
  repo: 'example/app',
  commit: 'a'.repeat(40),
  kind: 'test application',
  split: 'dev',
  include: ['src/**/*.{ts,vue}'],
  exclude: ['**/*.test.ts'],
  notes: 'Written by the test.',
  helpers: [{ file: 'src/prefs.ts', line: 2, note: 'writeAll(keys): localStorage.setItem(key) of each key' }],
  notSites: [{ file: 'src/forwarded.ts', line: 2, note: 'forwards a Set-Cookie string named elsewhere' }],
  sites: [site('src/theme.ts', 2, 'theme', 'direct'), site('src/sidebar.ts', 3, 'sidebar', 'wrapper'), site('src/Banner.vue', 2, 'banner', 'sfc')],
};

function measure(catalogue: Record<string, unknown>, corpus: string) {
  const folder = join(scratch, `catalogue-${Object.keys(catalogue).join('-')}`);
  mkdirSync(folder, { recursive: true });
  for (const [name, content] of Object.entries(catalogue)) writeFileSync(join(folder, `${name}.json`), JSON.stringify(content));
  const output = join(folder, 'figures.json');
  const result = spawnSync(process.execPath, [script, '--catalogue', folder, '--corpus', corpus, '--json', output], { cwd: root, encoding: 'utf8' });
  return { ...result, figures: result.status === 0 ? JSON.parse(readFileSync(output, 'utf8')) : undefined };
}

const vueInstalled = (() => {
  try {
    createRequire(join(root, 'package.json')).resolve('vue-eslint-parser');
    return true;
  } catch {
    return false;
  }
})();

describe('scripts/recall/measure.mjs', () => {
  const corpus = join(scratch, 'corpus');
  mkdirSync(corpus, { recursive: true });
  const app = writeProject(corpus, files);
  const name = app.slice(corpus.length + 1);

  it('counts a site found when a rule reports on its line, and missed when none does', () => {
    const { status, stderr, figures } = measure({ [name]: entry, absent: { ...entry, repo: 'example/absent' } }, corpus);
    expect(stderr).not.toContain('Error');
    expect(status).toBe(0);
    const [measured] = figures.apps;
    const statusOf = (file: string) => measured.catalogue.find((entrySite: { file: string }) => entrySite.file === file).status;
    expect(statusOf('src/theme.ts')).toBe('found');
    expect(statusOf('src/sidebar.ts')).toBe('missed');
    expect(statusOf('src/Banner.vue')).toBe(vueInstalled ? 'found' : 'unchecked');
    expect(measured.checkable).toBe(vueInstalled ? 3 : 2);
    expect(figures.missing).toEqual(['absent']);
  });

  it('sorts every report on no site: inside a helper, judged false, or unexplained (the excluded test file is not linted)', () => {
    const { figures } = measure({ [name]: entry }, corpus);
    const [measured] = figures.apps;
    expect(measured.onHelpers.map((report: { file: string; line: number }) => `${report.file}:${report.line}`)).toEqual(['src/prefs.ts:2']);
    expect(measured.judgedNotSites.map((report: { file: string; line: number }) => `${report.file}:${report.line}`)).toEqual(['src/forwarded.ts:2']);
    expect(measured.unexplained.map((report: { file: string; line: number }) => `${report.file}:${report.line}`)).toEqual(['src/forgotten.ts:1']);
    expect(measured.reports).toBe(measured.onSites + 3);
    expect(measured.precision).toBeCloseTo(measured.onSites / measured.reports);
  });

  it('refuses a catalogue entry with an unknown shape tag or storage, naming the field', () => {
    const broken = { ...entry, sites: [{ ...entry.sites[0], shape: 'direct+magic', storage: 'disk' }] };
    const { status, stderr } = measure({ [name]: broken }, corpus);
    expect(status).not.toBe(0);
    expect(stderr).toContain('shape tags magic');
    expect(stderr).toContain('storage must be one of');
  });
});
