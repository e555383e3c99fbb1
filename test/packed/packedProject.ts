// A fresh project that installs the packed tarballs, as a user installs the published packages:
// the app files every packed test lints, and a runner for package-manager commands.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { packPackages } from '../../scripts/pack/packPackages.mjs';

export { cacheRoot } from '../../scripts/pack/packPackages.mjs';

/**
 * The versions a user installs beside ours, at both ends of our peer ranges (eslint `^9.0.0 ||
 * ^10.0.0`, typescript `>=5.0.0 <6.1.0`): the npm project takes the oldest, the Yarn project the
 * newest this repository builds with. Each install fails on a peer range they fall outside of.
 */
export const OLDEST_PEERS = { eslint: '9.0.0', typescript: '5.0.4', 'typescript-eslint': '8.72.0' } as const;
/** The newest versions: the workspace's catalog. */
export const NEWEST_PEERS = { eslint: '^10.15.0', typescript: '~6.0.3', 'typescript-eslint': '8.72.0' } as const;

/** The tarballs to install: every published package, packed once for all the tests of this run. */
export function getTarballs(): Record<string, string> {
  return packPackages();
}

/**
 * A policy declaring `sessionid`, and an app that also sets `tracker`, which it does not declare,
 * by a constant of another module: reading it takes typescript-eslint's parser and `typescript`,
 * loaded from inside our packages (Yarn PnP's zip archives, npm's node_modules).
 */
export const APP_FILES: Readonly<Record<string, string>> = {
  'src/cookies.ts': `import { defineCookie, defineCookiePolicy } from '@cookie-ledger/core';

export const session = defineCookie({
  name: 'sessionid',
  provider: 'Example',
  category: 'necessary',
  purpose: 'To remember the user from one page to another',
  duration: { days: 14 },
});

export default defineCookiePolicy({ owner: 'Example', site: 'https://example.com', cookies: [session] });
`,
  'src/keys.ts': `export const TRACKER = 'tracker';
`,
  'src/app.ts': `import { session } from './cookies';
import { TRACKER } from './keys';

document.cookie = \`\${session.name}=abc; path=/\`;
document.cookie = \`\${TRACKER}=1; path=/\`;
`,
  'eslint.config.js': `import cookieLedger from '@cookie-ledger/eslint-plugin';
import tseslint from 'typescript-eslint';

export default [
  { ignores: ['.yarn/', '.pnp.*'] },
  { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },
  cookieLedger.configs.recommended,
];
`,
};

/** Writes `files` (path to text) into `folder`. */
export function writeFiles(folder: string, files: Readonly<Record<string, string>>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
}

/** Runs a command in `cwd` and returns its exit status and output (both streams, for failures). */
export function run(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): { status: number | null; stdout: string; output: string } {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
  return { status: result.status, stdout: result.stdout, output: `${result.stdout}\n${result.stderr}` };
}

/** What an undeclared `tracker` in src/app.ts looks like in ESLint's and `check`'s stylish output. */
export const TRACKER_REPORT = /src\/app\.ts\n\s+5:19\s+error\s+The cookie `tracker` is set here but not declared in src\/cookies\.ts/;
