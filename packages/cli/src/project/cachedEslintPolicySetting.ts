import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type HashedLook, checkLooks, getCacheFile, hashLooks, readCacheFile, writeCacheFile } from '@cookie-ledger/extract/cached';
import { ESLINT_CONFIG_FILES, ReadLog } from '@cookie-ledger/extract/resolve';
import { listConfigModules } from './listConfigModules.js';
import type { EslintPolicySetting } from './readEslintPolicySetting.js';

/** Bumped when what is kept changes shape: older copies are then ignored. */
const FORMAT = 1;
const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };

/** What is kept on disk: the setting found for `directory`, and the files it was read from. */
interface SavedSetting {
  readonly format: number;
  readonly version: string;
  readonly directory: string;
  readonly configFile: string;
  readonly setting: string | null;
  readonly looks: readonly HashedLook[];
}

/**
 * `readEslintPolicySetting` without loading ESLint and the project's config (with the parser and
 * the TypeScript compiler it imports, about two seconds) while the answer kept on disk holds:
 * the same config file is the nearest to `directory`, and neither it nor any file it imports has
 * changed (see `listConfigModules`). Otherwise ESLint loads the config and the answer is kept
 * under `node_modules/.cache/cookie-ledger/`. Errors are not kept.
 */
export async function readCachedEslintPolicySetting(directory: string): Promise<EslintPolicySetting | undefined> {
  const configFile = findConfigFile(directory);
  // ESLint finds the same file: without one there is no config to load.
  if (configFile === undefined) return undefined;
  const cacheFile = getCacheFile(configFile, 'eslint-setting', `${directory}\0${configFile}`);
  const saved = cacheFile === undefined ? undefined : (readCacheFile(cacheFile) as SavedSetting | undefined);
  if (saved?.format === FORMAT && saved.version === version && saved.directory === directory && saved.configFile === configFile && checkLooks(saved.looks)) {
    return { configFile, setting: saved.setting ?? undefined };
  }
  // The files are looked at before the config loads: one edited meanwhile is not paired with the old answer.
  const log = new ReadLog();
  listConfigModules(configFile, log);
  // Imported here: ESLint itself takes a quarter of a second to load.
  const { readEslintPolicySetting } = await import('./readEslintPolicySetting.js');
  const found = await readEslintPolicySetting(directory);
  const looks = hashLooks(log.signatures);
  if (cacheFile !== undefined && found?.configFile === configFile && looks !== undefined) {
    const record: SavedSetting = { format: FORMAT, version, directory, configFile, setting: found.setting ?? null, looks };
    writeCacheFile(cacheFile, record);
  }
  return found;
}

/** The nearest ESLint flat config at or above `directory`, as ESLint looks for it. */
function findConfigFile(directory: string): string | undefined {
  for (let dir = directory; ; dir = dirname(dir)) {
    const name = ESLINT_CONFIG_FILES.find((candidate) => existsSync(join(dir, candidate)));
    if (name !== undefined) return join(dir, name);
    if (dirname(dir) === dir) return undefined;
  }
}
