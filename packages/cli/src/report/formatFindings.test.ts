import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import ajvDraft04 from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import type { Finding } from './Finding.js';
import { formatFindings } from './formatFindings.js';

const root = '/project';
const findings: Finding[] = [
  { ruleId: 'cookie-ledger/unused-declaration', severity: 'warning', message: 'Nothing writes "old_cookie".', file: '/project/src/cookies.ts', line: 12, column: 3 },
  { ruleId: 'cookie-ledger/no-undeclared-cookie', severity: 'error', message: 'The cookie "cart" is not declared.', file: '/project/src/server/cart.ts', line: 4, column: 17, endLine: 4, endColumn: 23 },
  { ruleId: 'cookie-ledger/invalid-declaration', severity: 'error', message: '"csrftoken" has no purpose.', file: '/project/src/cookies.ts', line: 3, column: 1 },
];
const context = { root, version: '0.1.0', rules: [{ id: 'cookie-ledger/no-undeclared-cookie', description: 'Disallow undeclared cookies', helpUri: 'https://example.test/rules/no-undeclared-cookie' }] };

function sarifSchemaValidator() {
  const require = createRequire(import.meta.url);
  const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
  // A CommonJS package: under NodeNext its class is the `default` of the module object.
  return new ajvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false }).compile(schema);
}

describe('formatFindings', () => {
  it('prints stylish output as ESLint does, sorted by file and line', async () => {
    const plain = await formatFindings(findings, 'stylish', { ...context, color: false });
    expect(plain.indexOf('/project/src/cookies.ts')).toBeLessThan(plain.indexOf('/project/src/server/cart.ts'));
    expect(plain).toMatch(/ {3}3:1 +error +"csrftoken" has no purpose +cookie-ledger\/invalid-declaration\n/);
    expect(plain).toMatch(/ {2}12:3 +warning +Nothing writes "old_cookie" +cookie-ledger\/unused-declaration\n/);
    expect(plain).toContain('3 problems (2 errors, 1 warning)');
  });

  it("writes JSON in ESLint's result shape", async () => {
    const results = JSON.parse(await formatFindings(findings, 'json', context));
    expect(results).toHaveLength(2);
    expect(results[1]).toMatchObject({
      filePath: '/project/src/server/cart.ts',
      errorCount: 1,
      warningCount: 0,
      messages: [{ ruleId: 'cookie-ledger/no-undeclared-cookie', severity: 2, line: 4, column: 17, endColumn: 23 }],
    });
  });

  it('writes SARIF 2.1.0 that the official schema accepts', async () => {
    const log = JSON.parse(await formatFindings(findings, 'sarif', context));
    const validate = sarifSchemaValidator();
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const [run] = log.runs;
    expect(run.tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual([
      'cookie-ledger/invalid-declaration',
      'cookie-ledger/no-undeclared-cookie',
      'cookie-ledger/unused-declaration',
    ]);
    expect(run.results[2]).toMatchObject({
      ruleId: 'cookie-ledger/no-undeclared-cookie',
      ruleIndex: 1,
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'src/server/cart.ts', uriBaseId: '%SRCROOT%' }, region: { startLine: 4, startColumn: 17 } } }],
    });
  });

  it('writes a valid, empty SARIF run when nothing is found', async () => {
    const log = JSON.parse(await formatFindings([], 'sarif', context));
    expect(sarifSchemaValidator()(log)).toBe(true);
    expect(log.runs[0].results).toEqual([]);
  });
});
