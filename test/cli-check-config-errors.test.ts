// End to end: the real `cookie-ledger check` on projects whose own ESLint config is wrong. Each
// mistake is a configuration error (exit 2) that names the config and says how to fix it, never
// "internal error, please report it"; so is an unknown key in settings['cookie-ledger']. typeAware
// on a .js file no longer stops the check.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cookieLedger, createScratch, writeProject } from './helpers/cookieLedger.js';
import { linkPackages } from './helpers/linkPackages.js';

const scratch = createScratch('check-config-errors');

const POLICY = `import { defineCookie, defineCookiePolicy } from '@cookie-ledger/core';

export const theme = defineCookie({ name: 'theme', category: 'necessary', purpose: 'The colour scheme', attributes: { secure: false } });

export default defineCookiePolicy({ owner: 'Acme', cookies: [theme] });
`;

function createProject(configName: string, config: string): string {
  const project = writeProject(scratch, {
    'package.json': '{ "name": "app", "type": "module" }\n',
    [configName]: config,
    'src/cookies.ts': POLICY,
    'src/app.js': "document.cookie = 'theme=dark';\ndocument.cookie = 'tracker=1';\n",
  });
  linkPackages(project, ['@cookie-ledger/core', '@cookie-ledger/eslint-plugin']);
  return project;
}

const withRules = (rules: string) => `import cookieLedger from '@cookie-ledger/eslint-plugin';

export default [cookieLedger.configs.recommended, { rules: ${rules} }];
`;

function expectConfigError(result: { status: number | null; stderr: string }, ...parts: string[]): void {
  expect(result.stderr).not.toContain('internal error');
  expect(result.stderr).toContain('cookie-ledger: The ESLint config eslint.config.');
  for (const part of parts) expect(result.stderr).toContain(part);
  expect(result.status).toBe(2);
}

describe('cookie-ledger check with a broken ESLint config', () => {
  it('reports an invalid rule option as a configuration error, with the rule page', () => {
    const project = createProject('eslint.config.js', withRules("{ 'cookie-ledger/no-undeclared-cookie': ['error', { typeAwre: true }] }"));
    expectConfigError(cookieLedger(['check', '--quiet'], project), 'Unexpected property "typeAwre"', 'docs/rules/no-undeclared-cookie.md');
  });

  it('reports a parser that cannot be loaded as a configuration error, with the install line', () => {
    const config = "import cookieLedger from '@cookie-ledger/eslint-plugin';\nimport parser from 'no-such-parser/dist/index.js';\n\nexport default [{ languageOptions: { parser } }, cookieLedger.configs.recommended];\n";
    const project = createProject('eslint.config.js', config);
    expectConfigError(cookieLedger(['check', '--quiet'], project), "Cannot find package 'no-such-parser'", '`npm install --save-dev no-such-parser`');
  });

  it('reports a parser that is no parser as a configuration error', () => {
    const config = "import cookieLedger from '@cookie-ledger/eslint-plugin';\n\nexport default [{ languageOptions: { parser: { name: 'nope' } } }, cookieLedger.configs.recommended];\n";
    expectConfigError(cookieLedger(['check', '--quiet'], createProject('eslint.config.js', config)), 'Key "parser"');
  });

  it('reports an eslint.config.ts without jiti installed as a configuration error, with the fix', () => {
    const project = createProject('eslint.config.ts', withRules('{}'));
    // jiti is installed in this repository: a module hook makes it missing, as in a project without it.
    writeFileSync(join(project, 'no-jiti.mjs'), "export async function resolve(specifier, context, next) {\n  if (specifier === 'jiti') throw Object.assign(new Error(\"Cannot find package 'jiti'\"), { code: 'ERR_MODULE_NOT_FOUND' });\n  return next(specifier, context);\n}\n");
    writeFileSync(join(project, 'register.mjs'), "import { register } from 'node:module';\nregister('./no-jiti.mjs', import.meta.url);\n");
    const result = cookieLedger(['check', '--quiet'], project, { NODE_OPTIONS: `--import=${join(project, 'register.mjs')}` });
    expectConfigError(result, "The 'jiti' library is required", '`npm install --save-dev jiti`');
  });

  it('reports an unknown cookie-ledger setting as a configuration error, at its place in the config', () => {
    const config = "import cookieLedger from '@cookie-ledger/eslint-plugin';\n\nexport default [\n  cookieLedger.configs.recommended,\n  { settings: { 'cookie-ledger': { polcy: './src/cookies.ts' } } },\n];\n";
    const result = cookieLedger(['check', '--quiet'], createProject('eslint.config.js', config));
    expect(result.stderr).toContain("eslint.config.js:5:36: settings['cookie-ledger'] has an unknown key `polcy`. Did you mean `policy`?");
    expect(result.stderr).not.toContain('internal error');
    expect(result.status).toBe(2);
  });

  it('checks .js files with typeAware on, instead of stopping with an internal error', () => {
    const project = createProject('eslint.config.js', withRules("{ 'cookie-ledger/no-undeclared-cookie': ['error', { typeAware: true }] }"));
    const result = cookieLedger(['check', '--format', 'json', '--quiet'], project);
    expect(result.stderr).not.toContain('internal error');
    const results = JSON.parse(result.stdout) as { messages: { ruleId: string; message: string }[] }[];
    const findings = results.flatMap(({ messages }) => messages);
    expect(findings.filter(({ ruleId }) => ruleId === 'cookie-ledger/no-undeclared-cookie').map(({ message }) => /`([^`]+)`/.exec(message)?.[1])).toEqual(['tracker']);
    expect(result.status).toBe(1);
  });
});
