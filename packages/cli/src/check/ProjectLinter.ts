import { existsSync } from 'node:fs';
import { ESLint, type Linter } from 'eslint';
import cookieLedger from '@cookie-ledger/eslint-plugin';
import { createWriteRecorder, describeSettingsProblems, mayContainWrite, type RecordedWrite } from '@cookie-ledger/eslint-plugin/writes';
import tsParser from '@typescript-eslint/parser';
import { ConfigError } from '../errors.js';
import type { Finding } from '../report/Finding.js';
import { toConfigError } from '../project/toConfigError.js';
import { COMPONENT_KINDS, type ComponentKind, getComponentKind, loadComponentParsers } from './componentParsers.js';

/** Component files of one kind that could contain a write and that ESLint would not read. */
export interface UncheckedFiles {
  readonly kind: ComponentKind;
  readonly files: readonly string[];
}

/** What linting the project found: the rules' problems and every write. */
export interface LintOutcome {
  readonly findings: readonly Finding[];
  readonly writes: readonly (RecordedWrite & { readonly file: string })[];
  /** How many files could contain a write and were parsed. */
  readonly linted: number;
  /** Component files that could contain a write but that no parser reads (see {@link ProjectLinter.configFile}). */
  readonly unchecked: readonly UncheckedFiles[];
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
    /** The project's own ESLint configuration file, if it has one. */
    readonly configFile: string | undefined,
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
    const configFile = await new ESLint({ cwd: root }).findConfigFile();
    const hasConfig = configFile !== undefined;
    // Without a configuration of its own, the project's files are read with typescript-eslint's
    // parser, and its component files with the parsers it has installed.
    const ownParsers: Linter.Config[] = hasConfig
      ? []
      : [{ files: ['**/*.{ts,tsx,mts,cts}'], languageOptions: { parser: tsParser as Linter.Parser } }, ...(await loadComponentParsers(root, tsParser as Linter.Parser))];
    const overrideConfig: Linter.Config[] = [
      ...ownParsers,
      {
        plugins: { [PLUGIN]: cookieLedger, [CHECK_PLUGIN]: { rules: { 'record-writes': recorder as never } } },
        rules: {
          ...(policyFile === undefined ? {} : cookieLedger.configs.recommended.rules),
          [`${CHECK_PLUGIN}/record-writes`]: 'error',
        },
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
    // The settings of the policy's config block, else of a plain .js file's (a config may have no block for .ts files).
    let probe = `${root}/index.js`;
    let config: Linter.Config | undefined;
    for (const file of policyFile === undefined ? [probe] : [policyFile, probe]) {
      probe = file;
      config = await withConfigErrors(configFile, root, true, () => eslint.calculateConfigForFile(file) as Promise<Linter.Config | undefined>);
      if (config !== undefined) break;
    }
    const problems = describeSettingsProblems(config?.settings ?? {}, root, probe);
    if (problems.length > 0) {
      throw new ConfigError(`The cookie-ledger settings are invalid, so the project was not checked:\n${problems.join('\n')}\nFix them in the ESLint config (settings['cookie-ledger']).`);
    }
    return new ProjectLinter(eslint, config?.settings ?? {}, root, writes, configFile);
  }

  /** Whether the project's ESLint configuration ignores the file. */
  isIgnored(file: string): Promise<boolean> {
    return withConfigErrors(this.configFile, this.root, true, () => this.eslint.isPathIgnored(file));
  }

  /**
   * Lints the files (path to text) that can contain a write, as the rules' own cheap text test
   * decides before any parsing, and that ESLint does not ignore. Component files that ESLint
   * would skip only because no configuration block reads them are returned as unchecked.
   */
  async lint(files: ReadonlyMap<string, string>, onProgress: (done: number, total: number) => void): Promise<LintOutcome> {
    const candidates: string[] = [];
    const unread: string[] = [];
    for (const [file, text] of files) {
      if (!mayContainWrite(text, this.settings, this.root, file)) continue;
      if (!(await this.isIgnored(file))) candidates.push(file);
      else if (getComponentKind(file)) unread.push(file);
    }
    const findings: Finding[] = [];
    onProgress(0, candidates.length);
    for (let start = 0; start < candidates.length; start += BATCH_SIZE) {
      const batch = candidates.slice(start, start + BATCH_SIZE).filter((file) => existsSync(file));
      for (const result of await withConfigErrors(this.configFile, this.root, false, () => this.eslint.lintFiles(batch))) findings.push(...toFindings(result));
      onProgress(Math.min(start + BATCH_SIZE, candidates.length), candidates.length);
    }
    return { findings, writes: this.writes, linted: candidates.length, unchecked: await this.findUnread(unread) };
  }

  /**
   * Of the component files ESLint skips, those it skips only for want of a configuration block
   * whose `files` match them, not because the project ignores them: ESLint's API tells both apart
   * only when the files are matched, so a second instance with such a block asks again.
   */
  private async findUnread(skipped: readonly string[]): Promise<UncheckedFiles[]> {
    if (skipped.length === 0) return [];
    const probe = new ESLint({
      cwd: this.root,
      ...(this.configFile === undefined ? { overrideConfigFile: true } : {}),
      overrideConfig: [{ files: COMPONENT_KINDS.map((kind) => `**/*${kind.extension}`) }],
    });
    const unread: string[] = [];
    for (const file of skipped) if (!(await withConfigErrors(this.configFile, this.root, true, () => probe.isPathIgnored(file)))) unread.push(file);
    return COMPONENT_KINDS.map((kind) => ({ kind, files: unread.filter((file) => file.endsWith(kind.extension)) })).filter(({ files }) => files.length > 0);
  }
}

/**
 * Runs a call of ESLint's API, turning a mistake in the project's own ESLint config into a
 * {@link ConfigError} that says how to fix it. `loading`: the call only loads the config, so any
 * error is the config's. Without a config of the project's, an error is cookie-ledger's own.
 */
async function withConfigErrors<T>(configFile: string | undefined, root: string, loading: boolean, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw (configFile === undefined ? undefined : toConfigError(error, configFile, root, loading)) ?? error;
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
