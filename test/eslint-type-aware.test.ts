// End to end: the real `eslint` CLI with `settings['cookie-ledger'].typeAware` on, as the rule
// docs show, in a project where only the TypeScript files have type information. Names come
// from types where there are types; a `.js` file without them is read from its syntax instead
// of stopping ESLint, and a warning says so once per process.
import { describe, expect, it } from 'vitest';
import { createScratch, writeProject } from './helpers/cookieLedger.js';
import { linkPackages } from './helpers/linkPackages.js';
import { runEslint } from './helpers/runEslint.js';

const scratch = createScratch('eslint-type-aware');

const FILES = {
  'package.json': '{ "name": "app", "type": "module" }\n',
  'tsconfig.json': '{ "compilerOptions": { "strict": true, "module": "NodeNext", "skipLibCheck": true }, "include": ["src/**/*.ts"] }\n',
  'eslint.config.js': `import cookieLedger from '@cookie-ledger/eslint-plugin';
import tseslint from 'typescript-eslint';

export default [
  { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser, parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } } },
  cookieLedger.configs.recommended,
  { settings: { 'cookie-ledger': { policy: './src/cookies.ts', typeAware: true } } },
];
`,
  'src/cookies.ts': `import { defineCookie, defineCookiePolicy } from '@cookie-ledger/core';

export const theme = defineCookie({ name: 'theme', category: 'necessary', purpose: 'The colour scheme', attributes: { secure: false } });

export default defineCookiePolicy({ owner: 'Acme', cookies: [theme] });
`,
  // Only the type gives the name: read with types.
  'src/prefs.ts': `declare const name: 'tracker' | 'theme';
document.cookie = \`\${name}=1\`;
`,
  // No type information: read from the syntax.
  'src/legacy.js': "const name = 'legacy_id';\ndocument.cookie = `${name}=1`;\n",
  'src/other.js': "document.cookie = 'other_id=1';\n",
};

describe('typeAware as a plugin setting, with the real eslint CLI', () => {
  it('reads types where the file has them, reads files without them from their syntax, and warns once', () => {
    const project = writeProject(scratch, FILES);
    linkPackages(project, ['@cookie-ledger/core', '@cookie-ledger/eslint-plugin', 'typescript-eslint']);
    const { status, messages, stderr } = runEslint(project);
    expect(messages.map(({ file, ruleId, message }) => ({ file, ruleId, name: /The cookie `([^`]+)`/.exec(message)?.[1] }))).toEqual([
      { file: 'src/legacy.js', ruleId: 'cookie-ledger/no-undeclared-cookie', name: 'legacy_id' },
      { file: 'src/other.js', ruleId: 'cookie-ledger/no-undeclared-cookie', name: 'other_id' },
      { file: 'src/prefs.ts', ruleId: 'cookie-ledger/no-undeclared-cookie', name: 'tracker' },
    ]);
    expect(stderr.match(/COOKIE_LEDGER_NO_TYPE_INFORMATION/g)).toHaveLength(1);
    expect(stderr).toContain('has no type information, so cookie and storage names there (and in any other such file) are read without types');
    expect(status).toBe(1);
  });

  it('does not stop ESLint on a .js file with the rule option, as earlier docs showed it', () => {
    const config = FILES['eslint.config.js'].replace(
      "typeAware: true } } },",
      "} } },\n  { rules: { 'cookie-ledger/no-undeclared-cookie': ['error', { typeAware: true }] } },",
    );
    const project = writeProject(scratch, { ...FILES, 'eslint.config.js': config });
    linkPackages(project, ['@cookie-ledger/core', '@cookie-ledger/eslint-plugin', 'typescript-eslint']);
    const { status, messages, stderr } = runEslint(project);
    expect(stderr).not.toContain('Oops');
    expect(messages.filter(({ ruleId }) => ruleId === 'cookie-ledger/no-undeclared-cookie').map(({ file }) => file)).toEqual(['src/legacy.js', 'src/other.js', 'src/prefs.ts']);
    expect(stderr.match(/COOKIE_LEDGER_NO_TYPE_INFORMATION/g)).toHaveLength(1);
    expect(status).toBe(1);
  });
});
