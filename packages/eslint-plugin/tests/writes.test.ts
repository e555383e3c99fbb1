import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Linter } from 'eslint';
import { describe, expect, it, vi } from 'vitest';
import { RECORDED_STORAGE_KINDS, createWriteRecorder, mayContainWrite, type RecordedWrite } from '../src/writes.js';

/** Lints `code` with a rule that records every write, as `cookie-ledger check` does. */
function recordWrites(code: string, settings: Record<string, unknown> = {}): RecordedWrite[] {
  const recorded: RecordedWrite[] = [];
  const plugin = { rules: { record: { create: (context: never) => createWriteRecorder(context, (writes) => recorded.push(...writes)) } } };
  const messages = new Linter().verify(code, [
    {
      files: ['**/*.js'],
      languageOptions: { sourceType: 'module', globals: { document: 'readonly', localStorage: 'readonly', window: 'readonly' } },
      plugins: { check: plugin as never },
      rules: { 'check/record': 'error' },
      settings,
    },
  ], 'src/app.js');
  expect(messages).toEqual([]);
  return recorded;
}

describe('createWriteRecorder', () => {
  it('records each write with its family, names, position, and the lifetime and attributes it sets', () => {
    const code = [
      "import express from 'express';",
      "import Cookies from 'js-cookie';",
      'const app = express();',
      "app.get('/', (req, res) => { res.cookie('sessionid', 'v', { maxAge: 3_600_000, httpOnly: true, secure: false }); });",
      'document.cookie = `theme=${mode}; Max-Age=60`;',
      'Cookies.set(`_ga_${id}`, 1);',
      'Cookies.set(name, 1);',
    ].join('\n');
    expect(recordWrites(code)).toEqual([
      { storage: 'cookie', family: 'express', names: [{ kind: 'exact', name: 'sessionid' }], line: 4, column: 41, lifetimeSeconds: 3600, attributes: { httpOnly: true } },
      { storage: 'cookie', family: 'document-cookie', names: [{ kind: 'exact', name: 'theme' }], line: 5, column: 19, lifetimeSeconds: 60 },
      { storage: 'cookie', family: 'js-cookie', names: [{ kind: 'partial', prefix: '_ga_', suffix: '' }], line: 6, column: 13 },
      { storage: 'cookie', family: 'js-cookie', names: [{ kind: 'unknown' }], line: 7, column: 13 },
    ]);
  });

  it('records storage writes with their storage kind', () => {
    const code = [
      "import { openDB } from 'idb';",
      "localStorage.setItem('prefs', '{}');",
      'window.sessionStorage.draft = text;',
      "openDB('app-db', 1);",
      'localStorage[key] = 1;',
    ].join('\n');
    expect(recordWrites(code)).toEqual([
      { storage: 'localStorage', family: 'localStorage', names: [{ kind: 'exact', name: 'prefs' }], line: 2, column: 22 },
      { storage: 'sessionStorage', family: 'sessionStorage', names: [{ kind: 'exact', name: 'draft' }], line: 3, column: 23 },
      { storage: 'indexedDB', family: 'idb', names: [{ kind: 'exact', name: 'app-db' }], line: 4, column: 8 },
      { storage: 'localStorage', family: 'localStorage', names: [{ kind: 'unknown' }], line: 5, column: 14 },
    ]);
  });

  it('records the storage a call chooses, as the rules see it', () => {
    const code = [
      "import { useStorage } from '@vueuse/core';",
      "import { persisted } from 'svelte-persisted-store';",
      "useStorage('layout', {}, sessionStorage);",
      "persisted('filters', [], { storage: 'session' });",
      "persisted('columns', []);",
    ].join('\n');
    expect(recordWrites(code)).toEqual([
      { storage: 'sessionStorage', family: 'vueuse-storage', names: [{ kind: 'exact', name: 'layout' }], line: 3, column: 12 },
      { storage: 'sessionStorage', family: 'svelte-persisted-store', names: [{ kind: 'exact', name: 'filters' }], line: 4, column: 11 },
      { storage: 'localStorage', family: 'svelte-persisted-store', names: [{ kind: 'exact', name: 'columns' }], line: 5, column: 11 },
    ]);
  });

  it('records a write through the file\'s own helper at the argument naming it, and not inside the helper', () => {
    const code = [
      'function writePref(key, value) {',
      '  localStorage.setItem(key, JSON.stringify(value));',
      '}',
      "writePref('theme', 1);",
      'writePref(readKey(), 2);',
    ].join('\n');
    expect(recordWrites(code)).toEqual([
      { storage: 'localStorage', family: 'localStorage', names: [{ kind: 'exact', name: 'theme' }], line: 4, column: 11 },
      { storage: 'localStorage', family: 'localStorage', names: [{ kind: 'unknown' }], line: 5, column: 11 },
    ]);
  });

  it('records nothing in a file without a sink, nor for reads and look-alikes', () => {
    expect(recordWrites("const map = new Map(); map.set('sessionid', 1); const c = document.cookie;")).toEqual([]);
  });
});

describe('RECORDED_STORAGE_KINDS', () => {
  it('names every storage kind the catalogue writes', () => {
    expect([...RECORDED_STORAGE_KINDS].sort()).toEqual(['cookie', 'indexedDB', 'localStorage', 'sessionStorage']);
  });
});

describe('mayContainWrite', () => {
  const settings = { 'cookie-ledger': { sinks: [{ module: 'my-cookie-jar', export: 'write' }] } };

  it('passes a file that mentions a sink, a custom sink included, and fails one that cannot write', () => {
    expect(mayContainWrite("res.cookie('a', 1)", {}, process.cwd())).toBe(true);
    expect(mayContainWrite("import { write } from 'my-cookie-jar'; write('a')", settings, process.cwd())).toBe(true);
    expect(mayContainWrite("window.localStorage.setItem('a', 1)", {}, process.cwd())).toBe(true);
    expect(mayContainWrite('export const sum = (a, b) => a + b;', settings, process.cwd())).toBe(false);
  });

  it('given the file, passes one that imports a project module which may hold a wrapper, through other modules too', () => {
    const folder = mkdtempSync(join(tmpdir(), 'may-contain-write-'));
    writeFileSync(join(folder, 'prefs.ts'), 'export function writePref(key, v) { localStorage.setItem(key, v); }');
    writeFileSync(join(folder, 'hooks.ts'), "import { writePref } from './prefs'; export const useTheme = (k) => writePref(k, 1);");
    writeFileSync(join(folder, 'math.ts'), "export const sum = (a, b) => a + b;");
    const file = join(folder, 'app.ts');
    expect(mayContainWrite("import { useTheme } from './hooks'; useTheme('theme');", {}, process.cwd(), file)).toBe(true);
    expect(mayContainWrite("import { sum } from './math.js'; import React from 'react'; sum(1, 2);", {}, process.cwd(), file)).toBe(false);
    rmSync(folder, { recursive: true });
  });

  it('sees an imported module edited to hold a wrapper, and edited back, in a long-lived process (an editor)', () => {
    const folder = mkdtempSync(join(tmpdir(), 'may-contain-write-edit-'));
    const prefs = join(folder, 'prefs.ts');
    const file = join(folder, 'app.ts');
    const code = "import { writePref } from './prefs'; writePref('theme', 'dark');";
    const lint = (): boolean => mayContainWrite(code, {}, process.cwd(), file);
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      writeFileSync(prefs, 'export function writePref(key, value) { return [key, value]; }');
      expect(lint()).toBe(false);
      writeFileSync(prefs, 'export function writePref(key, value) { localStorage.setItem(key, value); }');
      // Resolutions, file looks and what is derived from them are kept a few seconds.
      vi.setSystemTime(Date.now() + 6000);
      expect(lint()).toBe(true);
      writeFileSync(prefs, 'export function writePref(key, value) { return [key, value, 1]; }');
      vi.setSystemTime(Date.now() + 6000);
      expect(lint()).toBe(false);
    } finally {
      vi.useRealTimers();
      rmSync(folder, { recursive: true });
    }
  });
});
