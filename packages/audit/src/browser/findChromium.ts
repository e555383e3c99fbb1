import { accessSync, constants } from 'node:fs';
import { delimiter, isAbsolute, join, resolve } from 'node:path';
import { AuditError } from '../AuditError.js';

/** The names a Chromium binary goes by, in the order they are looked for on `PATH`. */
const BINARY_NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'] as const;

/**
 * The Chromium to drive: `explicit` (`--browser PATH`), else `CHROMIUM_PATH`, else the first of
 * {@link BINARY_NAMES} on `PATH`. Never downloads one. None found, or a given path that is not
 * an executable, is an {@link AuditError} that says how to install or point at one.
 */
export function findChromium(explicit: string | undefined, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  const given = explicit ?? env['CHROMIUM_PATH'];
  if (given !== undefined && given !== '') {
    const path = isAbsolute(given) ? given : resolve(cwd, given);
    if (!isExecutable(path)) {
      const source = explicit === undefined ? 'CHROMIUM_PATH' : '--browser';
      throw new AuditError(`${source} is ${given}, which is not an executable file. Point it at a Chromium or Chrome binary.`);
    }
    return path;
  }
  for (const folder of (env['PATH'] ?? '').split(delimiter).filter(Boolean)) {
    for (const name of BINARY_NAMES) {
      const path = join(folder, name);
      if (isExecutable(path)) return path;
    }
  }
  throw new AuditError(
    `No Chromium found on PATH (looked for ${BINARY_NAMES.join(', ')}). Install it (Debian: apt-get install chromium), or give its path with --browser PATH or CHROMIUM_PATH.`,
  );
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
