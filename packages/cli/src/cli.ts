import type { CliContext, CommandModule } from './CliContext.js';
import { UsageError } from './errors.js';

interface CommandEntry {
  /** One line for the tool's help. */
  readonly summary: string;
  /** Loaded only when the command runs, so that `docs` never pays for what `check` imports. */
  readonly load: () => Promise<CommandModule>;
}

/** Every command. Adding one: a module in src/commands/ and one line here. */
export const COMMANDS: Readonly<Record<string, CommandEntry>> = {
  docs: { summary: 'Write the cookie policy page (Markdown, HTML) or an export (JSON, CSV, IAB TCF)', load: () => import('./commands/docs.js') },
  check: { summary: 'Check the whole project: undeclared, unused, orphan and invalid declarations', load: () => import('./commands/check.js') },
  init: { summary: 'Write a first policy declaring every cookie and storage key the code sets', load: () => import('./commands/init.js') },
  add: { summary: 'Declare cookies in the policy file (known ones filled in from the Open Cookie Database)', load: () => import('./commands/add.js') },
  audit: { summary: 'Load the site in Chromium and hold what it stores, before and after consent, against the policy', load: () => import('./commands/audit.js') },
};

const TOOL_HELP = `Usage: cookie-ledger <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, { summary }]) => `  ${name.padEnd(8)}${summary}`)
  .join('\n')}

Run \`cookie-ledger <command> --help\` for a command's options.
Exit codes: 0 success, 1 problems found, 2 usage or configuration error.
`;

/**
 * Runs the command line `args` (without the node and script paths) and returns the exit code.
 * Never exits the process: errors other than usage and configuration errors propagate.
 */
export async function runCli(args: readonly string[], context: CliContext): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? context.stderr : context.stdout)(TOOL_HELP);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    context.stdout(`${await readVersion()}\n`);
    return 0;
  }
  const entry = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!entry) throw new UsageError(`Unknown command "${name}". Expected one of: ${Object.keys(COMMANDS).join(', ')}.\nRun \`cookie-ledger --help\` for usage.`);
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    context.stdout(command.help);
    return 0;
  }
  return command.default(rest, context);
}

async function readVersion(): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  const manifest = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}
