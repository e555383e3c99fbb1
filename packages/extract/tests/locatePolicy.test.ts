import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findProjectDirectory, locatePolicy } from '../src/index.js';
import { writeProject } from './writeProject.js';

describe('locatePolicy', () => {
  const root = writeProject({
    'package.json': '{}',
    'eslint.config.js': 'export default [];\n',
    'src/cookies.ts': '',
    'config/policy.ts': '',
    'src/components/Banner.tsx': '',
  });
  const components = join(root, 'src/components');

  it('finds the project folder from a subfolder: the nearest ESLint config, else package.json', () => {
    expect(findProjectDirectory(components)).toBe(root);
    const withoutConfig = writeProject({ 'package.json': '{}', 'src/app.ts': '' });
    expect(findProjectDirectory(join(withoutConfig, 'src'))).toBe(withoutConfig);
  });

  it('takes --policy (relative to the current directory), else the setting (relative to the config), else the default places', () => {
    const lookup = { cwd: components, projectDirectory: root };
    expect(locatePolicy({ ...lookup, option: '../../config/policy.ts', setting: './src/cookies.ts' })).toEqual({ found: true, file: join(root, 'config/policy.ts'), source: 'option' });
    expect(locatePolicy({ ...lookup, setting: './config/policy.ts' })).toEqual({ found: true, file: join(root, 'config/policy.ts'), source: 'setting' });
    expect(locatePolicy(lookup)).toEqual({ found: true, file: join(root, 'src/cookies.ts'), source: 'default' });
  });

  it('says what it looked for, where, and how to fix it', () => {
    const typo = locatePolicy({ cwd: components, projectDirectory: root, setting: './src/cookie.ts' });
    expect(typo).toMatchObject({ found: false, source: 'setting', looked: [join(root, 'src/cookie.ts')] });
    expect(typo.found || typo.message).toBe(
      `No cookie policy was found: settings['cookie-ledger'].policy is "./src/cookie.ts", which names ${join(root, 'src/cookie.ts')}, and that file does not exist ` +
        `(a relative path is resolved in the folder of the ESLint config file, ${root}). Did you mean \`./src/cookies.ts\`? Correct the path in the ESLint config, or create the policy there.`,
    );
    const empty = writeProject({ 'package.json': '{}' });
    const none = locatePolicy({ cwd: empty, projectDirectory: empty });
    expect(none).toMatchObject({ found: false, source: 'default', looked: [join(empty, 'cookies.ts'), join(empty, 'src/cookies.ts')] });
    expect(none.found || none.message).toMatch(/^No cookie policy was found: none of cookies.ts, src\/cookies.ts exists in .*Create one with `cookie-ledger init`/);
  });
});
