import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ReadLog } from '@cookie-ledger/extract/resolve';
import { afterAll, describe, expect, it } from 'vitest';
import { listConfigModules } from './listConfigModules.js';

const root = mkdtempSync(join(tmpdir(), 'cookie-ledger-config-modules-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

describe('listConfigModules', () => {
  it('records the config, the project modules it imports, installed packages by their package.json, and workspace packages by the files Node loads', () => {
    write('app/eslint.config.js', "import path from 'node:path';\nimport plugin from 'some-plugin';\nimport shared from '@acme/eslint-config';\nimport { policy } from './eslint/policy.js';\nexport default [];\n");
    write('app/eslint/policy.js', "import 'some-plugin';\nexport { policy } from './nested.js';\n");
    write('app/eslint/nested.js', "export const policy = './cookies.ts';\n");
    write('app/node_modules/some-plugin/package.json', '{ "name": "some-plugin", "main": "index.js" }');
    write('app/node_modules/some-plugin/index.js', "require('./never-followed.js');\n");
    write('packages/eslint-config/package.json', '{ "name": "@acme/eslint-config", "main": "dist/index.js" }');
    write('packages/eslint-config/dist/index.js', "module.exports = require('./settings.js');\n");
    write('packages/eslint-config/dist/settings.js', 'module.exports = [];\n');
    mkdirSync(join(root, 'app/node_modules/@acme'));
    symlinkSync(join(root, 'packages/eslint-config'), join(root, 'app/node_modules/@acme/eslint-config'), 'dir');

    const log = new ReadLog();
    listConfigModules(join(root, 'app/eslint.config.js'), log);
    const found = log.existingFiles.map((file) => file.slice(root.length + 1));
    expect(found).toEqual(
      expect.arrayContaining([
        'app/eslint.config.js',
        'app/eslint/policy.js',
        'app/eslint/nested.js',
        'app/node_modules/some-plugin/package.json',
        'app/node_modules/@acme/eslint-config/package.json',
        'packages/eslint-config/dist/index.js',
        'packages/eslint-config/dist/settings.js',
      ]),
    );
    expect(found.filter((file) => file.includes('never-followed') || file.includes('some-plugin/index.js'))).toEqual([]);
    // Where a nearer package would be found instead, the look is kept as missing.
    expect(log.signatures.get(join(root, 'app/eslint/node_modules/some-plugin/package.json'))).toBeNull();
  });
});
