// docs/getting-started.md is run as a reader would: its files are written into a fresh project
// whose node_modules holds exactly the packages its install lines name (the workspace's copies),
// and its `npx` commands run there in order. Each command's output must be the output the guide
// shows; the CI workflow's steps must pass on the project the guide ends with; the Next.js
// section's writes must be reported where the guide says.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createScratch, root, writeProject } from './helpers/cookieLedger.js';
import { linkPackages } from './helpers/linkPackages.js';
import { type CodeBlock, readCodeBlocks } from './helpers/markdownBlocks.js';

const guide = readFileSync(join(root, 'docs/getting-started.md'), 'utf8');
const blocks = readCodeBlocks(guide);
const NEXT_SECTION = 'Next.js';
const mainBlocks = blocks.filter((block) => block.section !== NEXT_SECTION);
const nextBlocks = blocks.filter((block) => block.section === NEXT_SECTION);
/** Where the guide's outputs say the project is. */
const SHOWN_FOLDER = '/home/you/shop';
const scratch = createScratch('getting-started');

/** The packages each install line names, by package manager: `{ npm: ['@cookie-ledger/core', ...] }`. */
function readInstallLines(): Record<string, string[]> {
  const installs: Record<string, string[]> = {};
  for (const block of mainBlocks.filter((candidate) => candidate.language === 'sh')) {
    for (const line of block.text.split('\n')) {
      const match = /^(npm|pnpm|yarn) (?:install|add)\b(.*)$/.exec(line);
      if (!match) continue;
      const names = match[2]!.split(/\s+/).filter((word) => word !== '' && !word.startsWith('-'));
      (installs[match[1]!] ??= []).push(...names);
    }
  }
  return installs;
}

const installs = readInstallLines();
const installed = [...new Set(Object.values(installs).flat())];

/** The files the blocks show, path to text (a later block of the same path wins). */
function filesOf(shown: readonly CodeBlock[]): Record<string, string> {
  return Object.fromEntries(shown.filter((block) => block.file !== undefined).map((block) => [block.file!, block.text]));
}

/** Build output the ignores must keep out: a write here would be reported if it were linted. */
const BUILD_OUTPUT = {
  'dist/bundle.js': "document.cookie = 'bundled=1';\n",
  '.next/server/chunk.js': "document.cookie = 'built=1';\n",
};

/** A fresh project: the files, and node_modules with the packages the install lines name. */
function createProject(files: Readonly<Record<string, string>>): string {
  const folder = writeProject(scratch, { 'package.json': '{ "name": "shop", "private": true }\n', ...files });
  linkPackages(folder, installed);
  return folder;
}

/** Runs `npx NAME args` as npx would: the bin NAME of a package installed in the project. */
function npx(folder: string, command: string): { status: number | null; output: string } {
  const [, name, ...args] = [...command.matchAll(/"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2]!);
  const bin = findBin(folder, name!);
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: folder, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}`.replaceAll(folder, SHOWN_FOLDER) };
}

function findBin(folder: string, name: string): string {
  for (const pkg of installed) {
    const manifest = JSON.parse(readFileSync(join(folder, 'node_modules', pkg, 'package.json'), 'utf8')) as { bin?: string | Record<string, string> };
    const bin = typeof manifest.bin === 'string' ? { [pkg.replace(/^@[^/]+\//, '')]: manifest.bin } : (manifest.bin ?? {});
    if (bin[name] !== undefined) return join(folder, 'node_modules', pkg, bin[name]);
  }
  throw new Error(`The guide runs \`npx ${name}\`, but none of the packages its install lines name (${installed.join(', ')}) has that command.`);
}

/** The guide's commands, in order, with the output shown after each (if any). */
const commands = mainBlocks
  .filter((block) => block.language === 'sh')
  .flatMap((block) =>
    block.text
      .split('\n')
      .filter((line) => line.startsWith('npx '))
      .map((command) => ({ command, shown: block.next?.language === 'text' ? block.next.text : undefined })),
  );

describe('docs/getting-started.md', () => {
  it('installs the same packages with npm, pnpm and yarn', () => {
    expect(Object.keys(installs).sort()).toEqual(['npm', 'pnpm', 'yarn']);
    expect(installs.pnpm).toEqual(installs.npm);
    expect(installs.yarn).toEqual(installs.npm);
    expect(installed).toEqual(expect.arrayContaining(['@cookie-ledger/core', '@cookie-ledger/eslint-plugin', '@cookie-ledger/cli', 'eslint']));
  });

  it('links only to pages and folders that exist', () => {
    const targets = [...guide.matchAll(/\]\(([^)#]+)(?:#[^)]*)?\)/g)].map((match) => match[1]!).filter((target) => !/^https?:/.test(target));
    expect(targets.filter((target) => !existsSync(join(root, 'docs', target)))).toEqual([]);
  });

  describe('run on a fresh project', () => {
    let folder = '';
    beforeAll(() => {
      folder = createProject(filesOf(mainBlocks));
    });

    it('shows eslint failing, check failing then passing, and docs', () => {
      expect(commands.map(({ command }) => command.split(' ').slice(0, 3).join(' '))).toEqual([
        'npx eslint .',
        'npx cookie-ledger check',
        'npx cookie-ledger add',
        'npx cookie-ledger check',
        'npx cookie-ledger docs',
        'npx cookie-ledger docs',
      ]);
    });

    // In order: `add` changes the policy the later commands read. A shown output with problems
    // in it means exit code 1; no shown output means a silent success.
    it.each(commands)('$command', ({ command, shown }) => {
      const { status, output } = npx(folder, command);
      if (shown === undefined) {
        expect(output).toBe('');
      } else {
        expect(output.trim()).toBe(shown.trim());
      }
      expect(status).toBe(shown !== undefined && /\b[1-9]\d* problems?\b/.test(shown) ? 1 : 0);
      const written = /-o (\S+)/.exec(command)?.[1];
      if (written !== undefined) {
        const page = readFileSync(join(folder, written), 'utf8');
        for (const name of ['sessionid', 'cart_id']) expect(page).toContain(name);
      }
    });

    it('passes the CI workflow it shows, once the cookie is declared', () => {
      const workflow = mainBlocks.find((block) => block.file?.startsWith('.github/workflows/'));
      const steps = [...(workflow?.text ?? '').matchAll(/^\s*- run: (.+)$/gm)].map((match) => match[1]!);
      expect(steps).toContain('npx cookie-ledger check');
      for (const step of steps.filter((candidate) => candidate.startsWith('npx '))) {
        expect(npx(folder, step)).toMatchObject({ status: 0 });
      }
    });

    it('keeps build output out, as its ignores say', () => {
      for (const [path, text] of Object.entries(BUILD_OUTPUT)) writeFile(join(folder, path), text);
      expect(npx(folder, 'npx eslint .')).toEqual({ status: 0, output: '' });
      expect(npx(folder, 'npx cookie-ledger check --quiet')).toEqual({ status: 0, output: '' });
    });
  });

  describe('the Next.js section', () => {
    // The places the guide names: "`NEXT_LOCALE` at `src/app/actions.ts:5:25`".
    const claimed = [...guide.slice(guide.indexOf(`## ${NEXT_SECTION}`)).matchAll(/`(\w+)` at `([\w./-]+:\d+:\d+)`/g)].map(
      (match) => `${match[2]} cookie-ledger/no-undeclared-cookie ${match[1]}`,
    );
    const nextFiles = nextBlocks.filter((block) => block.file !== undefined && block.file !== 'eslint.config.mjs').map((block) => block.file!);
    let folder = '';

    beforeAll(() => {
      folder = createProject({ ...filesOf(mainBlocks), ...filesOf(nextBlocks), ...BUILD_OUTPUT });
      // eslint-config-next is not a dependency of this repository (it brings React's plugins and
      // their peers). This stand-in does what the guide relies on: it parses TypeScript.
      writeStub(folder, 'eslint-config-next', {
        'core-web-vitals.js': "import parser from '@typescript-eslint/parser';\nexport default [{ files: ['**/*.{js,mjs,jsx,ts,tsx}'], languageOptions: { parser } }];\n",
        'typescript.js': 'export default [];\n',
      });
    });

    it('names where each write is reported', () => {
      expect(claimed).toHaveLength(2);
      expect(nextFiles.sort()).toEqual(['src/app/actions.ts', 'src/middleware.ts']);
    });

    it('eslint reports the writes of server actions and middleware where the guide says, and not .next/', () => {
      const { output } = npx(folder, 'npx eslint . --format json');
      expect(findingsIn(folder, output, nextFiles)).toEqual(claimed);
      expect(output).not.toContain('.next/');
    });

    it('check reports them too', () => {
      const { output } = npx(folder, 'npx cookie-ledger check --format json --quiet');
      expect(findingsIn(folder, output, nextFiles)).toEqual(claimed);
    });
  });
});

/** `file:line:column ruleId name` of each message on the files, from ESLint's JSON format. */
function findingsIn(folder: string, json: string, files: readonly string[]): string[] {
  const results = JSON.parse(json.replaceAll(SHOWN_FOLDER, folder)) as { filePath: string; messages: { ruleId: string | null; line: number; column: number; message: string }[] }[];
  return results
    .map((result) => ({ ...result, file: result.filePath.slice(folder.length + 1) }))
    .filter((result) => files.includes(result.file))
    .flatMap((result) => result.messages.map((message) => `${result.file}:${message.line}:${message.column} ${message.ruleId} ${/`([^`]+)`/.exec(message.message)?.[1]}`));
}

/** A package of ES modules in the project's node_modules, exporting each file by its name. */
function writeStub(folder: string, name: string, files: Readonly<Record<string, string>>): void {
  const directory = join(folder, 'node_modules', name);
  const exports = Object.fromEntries(Object.keys(files).map((file) => [`./${file.replace(/\.js$/, '')}`, `./${file}`]));
  for (const [file, text] of Object.entries({ ...files, 'package.json': JSON.stringify({ name, type: 'module', exports }) })) writeFile(join(directory, file), text);
}

function writeFile(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}
