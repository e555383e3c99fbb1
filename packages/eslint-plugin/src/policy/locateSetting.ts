import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ESLINT_CONFIG_FILES } from '@cookie-ledger/extract/resolve';

/** Where a setting is written: the ESLint config file, and the key's line and column (1-based) in it. */
export interface SettingLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/**
 * Where `key` is written as a property (`polcy:`, `'polcy':`) in the ESLint config that applies
 * to `linted`: the nearest `eslint.config.*` above it, as ESLint 10 looks it up. Read as text,
 * never run; undefined when there is no such file or the key is not written in it (settings
 * built elsewhere, or passed through the Node API).
 */
export function locateSetting(linted: string, key: string): SettingLocation | undefined {
  const file = findConfigFile(dirname(linted));
  if (file === undefined) return undefined;
  const text = readFileSync(file, 'utf8');
  const match = new RegExp(`(^|[\\s{,])(['"]?)${escapeRegExp(key)}\\2\\s*:`, 'm').exec(text);
  if (!match) return undefined;
  const offset = match.index + match[1]!.length;
  const before = text.slice(0, offset).split('\n');
  return { file, line: before.length, column: before.at(-1)!.length + 1 };
}

function findConfigFile(start: string): string | undefined {
  for (let dir = start; ; dir = dirname(dir)) {
    const name = ESLINT_CONFIG_FILES.find((candidate) => existsSync(join(dir, candidate)));
    if (name !== undefined) return join(dir, name);
    if (dirname(dir) === dir) return undefined;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
