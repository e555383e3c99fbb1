import { existsSync } from 'node:fs';
import { ESLint, type Linter } from 'eslint';
import cookieLedger from '@cookie-ledger/eslint-plugin';
import { createWriteRecorder, mayContainWrite, type RecordedWrite } from '@cookie-ledger/eslint-plugin/writes';
import tsParser from '@typescript-eslint/parser';
import type { Finding } from '../report/Finding.js';

/** What linting the project found: the rules' problems and every write. */
export interface LintOutcome {
  readonly findings: readonly Finding[];
  readonly writes: readonly (RecordedWrite & { readonly file: string })[];
  /** How many files could contain a write and were parsed. */
  readonly linted: number;
}

const PLUGIN = 'cookie-ledger';
const CHECK_PLUGIN = 'cookie-ledger-check';
// Files are linted in batches so that a terminal shows progress.
const BATCH_SIZE = 25;

/**
 * The plugin's recommended rules run through ESLint's Node API, with the project's ESLint
 * configuration when it has one (its parser, settings and ignores) and only cookie-ledger's
 * rules reported. A rule of check's own records every write for the whole-project checks.
 */
export class ProjectLinter {
  private constructor(
    private readonly eslint: ESLint,
    private readonly settings: Readonly<Record<string, unknown>>,
    private readonly root: string,
    private readonly writes: (RecordedWrite & { file: string })[],
  ) {}

  /**
   * A linter for the project at `root`. With a policy file, the plugin's recommended rules check
   * writes against it; without one (`cookie-ledger init`), writes are only recorded.
   */
  static async create(root: string, policyFile: string | undefined): Promise<ProjectLinter> {
    const writes: (RecordedWrite & { file: string })[] = [];
    const recorder = {
      meta: { type: 'problem' as const, schema: [] },
      create: (context: never) =>
        createWriteRecorder(context, (found) => writes.push(...found.map((write) => ({ ...write, file: (context as { filename: string }).filename })))),
    };
    const hasConfig = (await new ESLint({ cwd: root }).findConfigFile()) !== undefined;
    const overrideConfig: Linter.Config[] = [
      ...(hasConfig ? [] : [{ files: ['**/*.{ts,tsx,mts,cts}'], languageOptions: { parser: tsParser as Linter.Parser } }]),
      {
        plugins: { [PLUGIN]: cookieLedger as never, [CHECK_PLUGIN]: { rules: { 'record-writes': recorder as never } } },
        rules: {
          ...(policyFile === undefined ? {} : cookieLedger.configs.recommended.rules),
          [`${CHECK_PLUGIN}/record-writes`]: 'error',
        } as Linter.RulesRecord,
        ...(policyFile === undefined ? {} : { settings: { [PLUGIN]: { policy: policyFile } } }),
      },
    ];
    const eslint = new ESLint({
      cwd: root,
      ...(hasConfig ? {} : { overrideConfigFile: true }),
      overrideConfig,
      ruleFilter: ({ ruleId }) => ruleId.startsWith(`${PLUGIN}/`) || ruleId.startsWith(`${CHECK_PLUGIN}/`),
      errorOnUnmatchedPattern: false,
      warnIgnored: false,
    });
    const settings = ((await eslint.calculateConfigForFile(policyFile ?? `${root}/index.js`)) as Linter.Config | undefined)?.settings ?? {};
    return new ProjectLinter(eslint, settings, root, writes);
  }

  /** Whether the project's ESLint configuration ignores the file. */
  isIgnored(file: string): Promise<boolean> {
    return this.eslint.isPathIgnored(file);
  }

  /**
   * Lints the files (path to text) that can contain a write, as the rules' own cheap text test
   * decides before any parsing, and that ESLint does not ignore.
   */
  async lint(files: ReadonlyMap<string, string>, onProgress: (done: number, total: number) => void): Promise<LintOutcome> {
    const candidates: string[] = [];
    for (const [file, text] of files) {
      if (mayContainWrite(text, this.settings, this.root, file) && !(await this.isIgnored(file))) candidates.push(file);
    }
    const findings: Finding[] = [];
    onProgress(0, candidates.length);
    for (let start = 0; start < candidates.length; start += BATCH_SIZE) {
      const batch = candidates.slice(start, start + BATCH_SIZE).filter((file) => existsSync(file));
      for (const result of await this.eslint.lintFiles(batch)) findings.push(...toFindings(result));
      onProgress(Math.min(start + BATCH_SIZE, candidates.length), candidates.length);
    }
    return { findings, writes: this.writes, linted: candidates.length };
  }
}

function toFindings(result: ESLint.LintResult): Finding[] {
  return result.messages
    .filter((message) => message.ruleId === null || message.ruleId.startsWith(`${PLUGIN}/`))
    .map((message) => ({
      ruleId: message.ruleId ?? `${PLUGIN}/parse-error`,
      severity: message.severity === 2 ? 'error' : 'warning',
      message: message.ruleId === null ? `This file cannot be parsed, so its cookie writes were not checked: ${message.message}` : message.message,
      file: result.filePath,
      line: message.line,
      column: message.column,
      ...(message.endLine === undefined ? {} : { endLine: message.endLine }),
      ...(message.endColumn === undefined ? {} : { endColumn: message.endColumn }),
    }));
}
