// End to end: the real `eslint` CLI on small projects whose `settings['cookie-ledger']` has a
// mistake. An unknown key is reported with the known key it is likely a typo of, in the config
// file at the key and on the first other file and every file with writes (naming the config file and line); a policy
// path that does not exist points at the file it likely meant.
import { describe, expect, it } from 'vitest';
import { createScratch, writeProject } from './helpers/cookieLedger.js';
import { linkPackages } from './helpers/linkPackages.js';
import { runEslint } from './helpers/runEslint.js';

const scratch = createScratch('eslint-settings');

const POLICY = `import { defineCookie, defineCookiePolicy } from '@cookie-ledger/core';

export const theme = defineCookie({ name: 'theme', category: 'necessary', purpose: 'The colour scheme' });

export default defineCookiePolicy({ owner: 'Acme', cookies: [theme] });
`;

/** A project whose eslint.config.js has `settings` (the object's source text) after the recommended config. */
function createProject(settings: string, files: Readonly<Record<string, string>> = { 'src/cookies.ts': POLICY }): string {
  const project = writeProject(scratch, {
    'package.json': '{ "name": "app", "type": "module" }\n',
    'eslint.config.js': `import cookieLedger from '@cookie-ledger/eslint-plugin';

export default [
  cookieLedger.configs.recommended,
  {
    settings: {
      'cookie-ledger': ${settings},
    },
  },
];
`,
    'src/app.js': "document.cookie = 'tracker=1';\n",
    ...files,
  });
  linkPackages(project, ['@cookie-ledger/core', '@cookie-ledger/eslint-plugin']);
  return project;
}

describe('settings["cookie-ledger"] checked by eslint', () => {
  it('reports an unknown key with a did-you-mean, at the key in the config and once elsewhere, instead of ignoring it', () => {
    const project = createProject("{\n        polcy: './src/cookies.ts',\n      }");
    const { status, messages } = runEslint(project);
    const hint = "settings['cookie-ledger'] has an unknown key `polcy`. Did you mean `policy`?";
    expect(messages.filter(({ message }) => message.includes(hint)).map(({ file, line, column }) => ({ file, line, column }))).toEqual([
      { file: 'eslint.config.js', line: 8, column: 9 },
      { file: 'src/app.js', line: 1, column: 1 },
    ]);
    expect(messages.find(({ file }) => file === 'src/app.js')?.message).toContain(`eslint.config.js:8:9: ${hint}`);
    expect(messages).toHaveLength(2);
    expect(status).toBe(1);
  });

  it('reports invalid settings on every file whose writes they keep from being checked, not only the first', () => {
    const project = createProject("{ polcy: './src/cookies.ts' }", {
      'src/cookies.ts': POLICY,
      'src/prefs.js': "localStorage.setItem('prefs', '1');\n",
      'src/plain.js': 'export const answer = 42;\n',
    });
    const { messages } = runEslint(project);
    const hint = 'has an unknown key `polcy`';
    const reported = messages.filter(({ message }) => message.includes(hint)).map(({ file }) => file);
    expect(reported.filter((file) => file !== 'src/plain.js').sort()).toEqual(['eslint.config.js', 'src/app.js', 'src/prefs.js']);
    // A file without writes is told only when it is the run's first, which the folder's order decides: at most once.
    expect(reported.filter((file) => file === 'src/plain.js').length).toBeLessThanOrEqual(1);
  });

  it('reports an unknown key of a sinks entry with the key it is likely a typo of', () => {
    const project = createProject("{ policy: './src/cookies.ts', sinks: [{ modle: './src/jar.js', export: 'setCookie' }] }");
    const { messages } = runEslint(project);
    expect(messages.map(({ message }) => message).join('\n')).toContain("settings['cookie-ledger'].sinks[0] has an unknown key `modle`. Did you mean `module`?");
  });

  it('reports a wrongly cased typeAware as the key it is', () => {
    const project = createProject("{ typeaware: true }");
    const { messages } = runEslint(project);
    expect(messages.map(({ message }) => message).join('\n')).toContain('unknown key `typeaware`. Did you mean `typeAware`?');
  });

  it('suggests the existing file a policy path with a typo meant', () => {
    const project = createProject("{ policy: './src/cookie.ts' }");
    const { status, messages } = runEslint(project);
    const onApp = messages.filter(({ file }) => file === 'src/app.js');
    expect(onApp).toHaveLength(1);
    expect(onApp[0]!.message).toContain('does not exist');
    expect(onApp[0]!.message).toContain('Did you mean `./src/cookies.ts`?');
    expect(status).toBe(1);
  });

  it('suggests the default place that exists when the configured folder is wrong', () => {
    const project = createProject("{ policy: 'lib/cookies.ts' }");
    const { messages } = runEslint(project);
    expect(messages.find(({ file }) => file === 'src/app.js')?.message).toContain('Did you mean `src/cookies.ts`?');
  });

  it('suggests a near name beside a default place when no policy is configured and none is there', () => {
    const project = createProject('{}', { 'src/cookie.ts': POLICY });
    const { messages } = runEslint(project);
    expect(messages.find(({ file }) => file === 'src/app.js')?.message).toMatch(/No cookie policy was found.*Did you mean `src\/cookie\.ts`\?/);
  });

  it('stays quiet about valid settings', () => {
    const project = createProject("{ policy: './src/cookies.ts', typeAware: false }", { 'src/cookies.ts': POLICY, 'src/app.js': "document.cookie = 'theme=dark';\n" });
    const { status, messages } = runEslint(project);
    expect(messages).toEqual([]);
    expect(status).toBe(0);
  });
});
