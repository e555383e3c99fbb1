// The packed tarballs in a Yarn 4 project with Plug'n'Play, Yarn's default: no node_modules, every
// package read from a zip archive, and a package may load only what it declares.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createScratch } from '../helpers/cookieLedger.js';
import { APP_FILES, NEWEST_PEERS, TRACKER_REPORT, getTarballs, run, writeFiles } from './packedProject.js';
import { YARN_ENV, YARN_VERSION, getYarn } from './yarnPnp.js';

const scratch = createScratch('packed-yarn');

function yarn(args: readonly string[]): ReturnType<typeof run> {
  return run(process.execPath, [getYarn(), ...args], scratch, YARN_ENV);
}

describe("the packed packages in a Yarn 4 Plug'n'Play project", () => {
  beforeAll(() => {
    const tarballs = getTarballs();
    const ours = Object.fromEntries(Object.entries(tarballs).map(([name, file]) => [name, `file:${file}`]));
    const { '@cookie-ledger/core': core, '@cookie-ledger/eslint-plugin': plugin, '@cookie-ledger/cli': cli } = ours;
    writeFileSync(
      join(scratch, 'package.json'),
      JSON.stringify(
        {
          name: 'yarn-pnp-app',
          private: true,
          type: 'module',
          packageManager: `yarn@${YARN_VERSION}`,
          devDependencies: { '@cookie-ledger/core': core, '@cookie-ledger/eslint-plugin': plugin, '@cookie-ledger/cli': cli, ...NEWEST_PEERS },
          // Our packages depend on each other by version; these point those versions at the tarballs.
          resolutions: ours,
        },
        null,
        2,
      ),
    );
    writeFileSync(join(scratch, '.yarnrc.yml'), 'nodeLinker: pnp\n');
    writeFileSync(join(scratch, 'yarn.lock'), '');
    writeFiles(scratch, APP_FILES);
    const install = yarn(['install']);
    expect(install.status, install.output).toBe(0);
  });

  it('installs with every peer dependency of ours provided (Yarn checks each one under PnP)', () => {
    const peers = yarn(['explain', 'peer-requirements']);
    expect(peers.output.split('\n').filter((line) => line.includes('✘') && line.includes('@cookie-ledger/'))).toEqual([]);
  });

  it('runs `yarn eslint .`: the undeclared cookie is reported, nothing else', () => {
    const { status, output } = yarn(['eslint', '.']);
    expect(output).toMatch(TRACKER_REPORT);
    expect(output).toMatch(/1 problem \(1 error, 0 warnings\)/);
    expect(status).toBe(1);
    // The next process reads the policy from this copy instead of loading ts-morph again.
    expect(readdirSync(join(scratch, 'node_modules/.cache/cookie-ledger'))).toHaveLength(1);
  });

  it('runs `yarn cookie-ledger check`: the same report, and exit code 1', () => {
    const { status, output } = yarn(['cookie-ledger', 'check']);
    expect(output).toMatch(TRACKER_REPORT);
    expect(output).toMatch(/checked against src\/cookies\.ts/);
    expect(status).toBe(1);
  });
});
