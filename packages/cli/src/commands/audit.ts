import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import type * as AuditPackage from '@cookie-ledger/audit';
import type { AuditOptions, AuditReport, ConsentAction } from '@cookie-ledger/audit';
import type { LoadedPolicy } from '@cookie-ledger/extract';
import type { CliContext } from '../CliContext.js';
import { ConfigError, UsageError } from '../errors.js';
import { describePolicyOption, loadProjectPolicy } from '../loadProjectPolicy.js';
import { withUsageErrors } from '../withUsageErrors.js';
import { writeOutput } from '../writeOutput.js';
import { Progress } from '../check/Progress.js';
import { CHECK_FORMATS, type CheckFormat, formatFindings } from '../report/formatFindings.js';
import { describeAuditRules, describeStates, fromAuditReport } from '../report/fromAuditReport.js';

export const help = `Usage: cookie-ledger audit URL... [options]
       cookie-ledger audit merge REPORT.json... [--policy FILE] [--format FORMAT] [-o FILE]
Loads the site in headless Chromium and holds everything the browser stores (cookies, HttpOnly
ones too, localStorage and sessionStorage keys, IndexedDB databases, whoever writes them)
against the policy, in three states, each in a fresh browser context: before-consent (no click),
after-accept (--accept clicked) and after-reject (--reject clicked). A state without its
selector is skipped. Each state visits the URLs and the same-origin links found on them.
\`merge\` joins the JSON reports of --shard runs into one report.

Options:
${describePolicyOption(24)}
  --accept SELECTOR     the banner's accept control (CSS or Playwright selector)
  --reject SELECTOR     the banner's refuse control
  --accept-cookie N=V   accept by presetting this consent cookie instead of clicking
  --reject-cookie N=V   refuse by presetting this consent cookie instead of clicking
  --cookie N=V          a cookie set before the first page in every state (repeatable)
  --max-pages N         pages visited per state, start URLs included (default: 20)
  --wait MS             wait after each load for late tags (default: 500)
  --concurrency N       pages loaded at once per state, one tab each (default: 4)
  --browser PATH        the Chromium binary (default: CHROMIUM_PATH, else chromium on PATH)
  --shard I/N           audit only the I-th of N consecutive slices of the URLs
  --format FORMAT       stylish | json | sarif (default: stylish)
  -o, --output FILE     write the report to FILE instead of stdout
  --quiet               no progress on the terminal
  -h, --help            show this help

Exit codes: 0 clean (notes only), 1 findings, 2 usage, browser or network error.
`;

const OPTIONS = {
  policy: { type: 'string' },
  accept: { type: 'string' },
  reject: { type: 'string' },
  'accept-cookie': { type: 'string' },
  'reject-cookie': { type: 'string' },
  cookie: { type: 'string', multiple: true, default: [] as string[] },
  'max-pages': { type: 'string' },
  wait: { type: 'string' },
  concurrency: { type: 'string' },
  browser: { type: 'string' },
  shard: { type: 'string' },
  format: { type: 'string', default: 'stylish' },
  output: { type: 'string', short: 'o' },
  quiet: { type: 'boolean', default: false },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

/** The package that drives the browser, installed apart so that a project that only lints needs no browser driver. */
const AUDIT_PACKAGE = '@cookie-ledger/audit';

type AuditModule = typeof AuditPackage;

/** `cookie-ledger audit`: the site in a real browser, held against the policy; `audit merge`: shard reports joined. */
export default async function audit(args: readonly string[], context: CliContext): Promise<number> {
  const { values, positionals } = withUsageErrors('audit', () => parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true }));
  const format = values.format as CheckFormat;
  if (!CHECK_FORMATS.includes(format)) throw new UsageError(`--format "${values.format}" is not one of: ${CHECK_FORMATS.join(', ')}.`);
  const merging = positionals[0] === 'merge';
  const inputs = merging ? positionals.slice(1) : positionals;
  if (inputs.length === 0) throw new UsageError(merging ? 'audit merge needs the JSON reports to join.' : 'audit needs at least one URL, e.g. cookie-ledger audit http://localhost:3000/.');
  const module = await loadAuditPackage();
  // The command line is checked before the policy is read and the browser started.
  const options = merging ? undefined : await withAuditErrors(module, async () => readRunOptions(module, inputs, values, context));
  const policy = await loadProjectPolicy(context, values.policy);
  const report = await withAuditErrors(module, () => (options === undefined ? merge(module, inputs, policy, context) : run(module, options, policy, context, !values.quiet)));
  writeOutput(context, await formatReport(module, report, format, policy), values.output);
  return report.findings.some((finding) => module.isFailing(finding.code)) ? 1 : 0;
}

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>>['values'];

/** `auditSite`'s options from the command line, all but the policy. */
type RunOptions = Omit<AuditOptions, 'policy'>;

function readRunOptions(module: AuditModule, inputs: readonly string[], values: Values, context: CliContext): RunOptions {
  const urls = inputs.map(parseUrl);
  const accept = readConsent(values.accept, values['accept-cookie'], 'accept');
  const reject = readConsent(values.reject, values['reject-cookie'], 'reject');
  return {
    urls: values.shard === undefined ? urls : module.selectShard(urls, module.parseShard(values.shard)),
    ...(accept === undefined ? {} : { accept }),
    ...(reject === undefined ? {} : { reject }),
    ...(values['max-pages'] === undefined ? {} : { maxPages: readCount(values['max-pages'], '--max-pages', 1) }),
    ...(values.wait === undefined ? {} : { wait: readCount(values.wait, '--wait', 0) }),
    ...(values.concurrency === undefined ? {} : { concurrency: readCount(values.concurrency, '--concurrency', 1) }),
    cookies: values.cookie.map((text) => readCookie(text, '--cookie')),
    browser: module.findChromium(values.browser, process.env, context.cwd),
  };
}

async function run(module: AuditModule, options: RunOptions, policy: LoadedPolicy, context: CliContext, showProgress: boolean): Promise<AuditReport> {
  // A shard with no URL (more shards than URLs) has nothing to visit: an empty report, not an error.
  if (options.urls.length === 0) return module.holdAgainstPolicy(policy.policy, [], []);
  const progress = new Progress(context, context.interactive === true && showProgress);
  try {
    return await module.auditSite({
      ...options,
      policy: policy.policy,
      onPage: (state, visited, maxPages) => progress.update(`cookie-ledger audit: ${state}, ${visited}/${maxPages} pages...`),
    });
  } finally {
    progress.clear();
  }
}

async function merge(module: AuditModule, files: readonly string[], policy: LoadedPolicy, context: CliContext): Promise<AuditReport> {
  const reports = files.map((file) => {
    const path = resolve(context.cwd, file);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      throw new UsageError(`Cannot read the report ${path}: ${(error as Error).message}.`, { cause: error });
    }
    return module.readReport(text, path);
  });
  return module.mergeReports(reports, policy.policy);
}

async function formatReport(module: AuditModule, report: AuditReport, format: CheckFormat, policy: LoadedPolicy): Promise<string> {
  if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
  const findings = fromAuditReport(report, policy, module.FINDING_CODES);
  const text = await formatFindings(findings, format, { root: resolve(policy.file, '..'), version: readVersion(), rules: describeAuditRules(module.FINDING_CODES) });
  return format === 'stylish' ? `${text}${text === '' ? '' : '\n'}${describeStates(report)}\n` : text;
}

/** The audit package, loaded only when the command runs; not installed is a {@link ConfigError} naming it. */
export async function loadAuditPackage(load: (specifier: string) => Promise<unknown> = (specifier) => import(specifier)): Promise<AuditModule> {
  try {
    return (await load(AUDIT_PACKAGE)) as AuditModule;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if ((code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') && String((error as Error).message).includes(AUDIT_PACKAGE)) {
      throw new ConfigError(`audit needs the package ${AUDIT_PACKAGE}, which drives the browser and is installed apart. Add it: npm install --save-dev ${AUDIT_PACKAGE} (or pnpm add -D ${AUDIT_PACKAGE}).`, { cause: error });
    }
    throw error;
  }
}

/** Runs the audit, turning its errors (no browser, an unreachable URL, a bad report) into exit-2 messages. */
async function withAuditErrors<T>(module: AuditModule, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof module.AuditError) throw new ConfigError(error.message, { cause: error });
    throw error;
  }
}

function parseUrl(text: string): string {
  if (!URL.canParse(text) || !/^https?:$/.test(new URL(text).protocol)) throw new UsageError(`"${text}" is not an http(s) URL. Give full addresses, e.g. http://localhost:3000/.`);
  return new URL(text).href;
}

function readConsent(selector: string | undefined, cookie: string | undefined, what: 'accept' | 'reject'): ConsentAction | undefined {
  if (selector !== undefined && cookie !== undefined) throw new UsageError(`Give either --${what} or --${what}-cookie, not both.`);
  if (selector !== undefined) return { click: selector };
  return cookie === undefined ? undefined : { cookie: readCookie(cookie, `--${what}-cookie`) };
}

function readCookie(text: string, option: string): { name: string; value: string } {
  const equals = text.indexOf('=');
  if (equals <= 0) throw new UsageError(`${option} "${text}" is not NAME=VALUE, e.g. ${option} consent=all.`);
  return { name: text.slice(0, equals), value: text.slice(equals + 1) };
}

function readCount(text: string, option: string, minimum: number): number {
  const count = Number(text);
  if (!Number.isInteger(count) || count < minimum) throw new UsageError(`${option} "${text}" is not a whole number of at least ${minimum}.`);
  return count;
}

function readVersion(): string {
  return (createRequire(import.meta.url)('../../package.json') as { version: string }).version;
}
