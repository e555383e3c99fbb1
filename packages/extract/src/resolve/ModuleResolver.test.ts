import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getFileSignature } from '../project/ReadLog.js';
import { ModuleResolver } from './ModuleResolver.js';

/** A monorepo on disk: `files` by relative path, and workspace packages linked into the app's node_modules. */
function writeMonorepo(files: Record<string, string>, links: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'resolver-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  for (const [link, target] of Object.entries(links)) {
    mkdirSync(dirname(join(root, link)), { recursive: true });
    symlinkSync(join(root, target), join(root, link), 'dir');
  }
  return root;
}

const resolver = () => new ModuleResolver({ look: getFileSignature });

describe('ModuleResolver', () => {
  it('follows a workspace package to its source, from `exports` through its build folder', () => {
    const root = writeMonorepo(
      {
        'apps/web/src/app.ts': '',
        'packages/keys/package.json': JSON.stringify({ name: '@acme/keys', exports: { '.': { types: './dist/index.d.ts', import: './dist/index.js' }, './storage': './dist/storage.js' } }),
        'packages/keys/src/index.ts': '',
        'packages/keys/src/storage.ts': '',
      },
      { 'apps/web/node_modules/@acme/keys': 'packages/keys' },
    );
    const from = join(root, 'apps/web/src/app.ts');
    expect(resolver().resolve('@acme/keys', from)).toEqual({ kind: 'file', path: join(root, 'packages/keys/src/index.ts') });
    expect(resolver().resolve('@acme/keys/storage', from)).toEqual({ kind: 'file', path: join(root, 'packages/keys/src/storage.ts') });
  });

  it('follows a Svelte library package from its build folder to `src/lib`, where svelte-package reads it', () => {
    const root = writeMonorepo(
      {
        'apps/desktop/src/app.ts': '',
        'packages/shared/package.json': JSON.stringify({ name: '@acme/shared', exports: { './*.svelte': { svelte: './dist/*.svelte' }, './*': { import: './dist/*.js', types: './dist/*.d.ts' } } }),
        'packages/shared/src/lib/persisted.ts': '',
        'packages/shared/src/lib/Toggle.svelte': '',
      },
      { 'apps/desktop/node_modules/@acme/shared': 'packages/shared' },
    );
    const from = join(root, 'apps/desktop/src/app.ts');
    expect(resolver().resolve('@acme/shared/persisted', from)).toEqual({ kind: 'file', path: join(root, 'packages/shared/src/lib/persisted.ts') });
    expect(resolver().resolve('@acme/shared/Toggle.svelte', from)).toEqual({ kind: 'file', path: join(root, 'packages/shared/src/lib/Toggle.svelte') });
  });

  it('goes on to the workspace packages when a `paths` alias that matches every import finds no file', () => {
    const root = writeMonorepo({
      'package.json': JSON.stringify({ name: 'root', private: true, workspaces: ['sdk', 'elements'] }),
      'elements/tsconfig.json': JSON.stringify({ compilerOptions: { baseUrl: './src', paths: { '*': ['./*'] } } }),
      'elements/src/app.ts': '',
      'elements/src/utils.ts': '',
      'sdk/package.json': JSON.stringify({ name: '@acme/sdk', exports: { '.': { types: './dist/index.d.ts', default: './dist/sdk.js' } } }),
      'sdk/src/index.ts': '',
    });
    const from = join(root, 'elements/src/app.ts');
    expect(resolver().resolve('@acme/sdk', from)).toEqual({ kind: 'file', path: join(root, 'sdk/src/index.ts') });
    expect(resolver().resolve('utils', from)).toEqual({ kind: 'file', path: join(root, 'elements/src/utils.ts') });
    // a name neither the alias nor the workspace has stays a missing file, with what was tried
    expect(resolver().resolve('utilz', from)).toMatchObject({ kind: 'missing' });
  });

  it('finds a workspace package nothing links (Yarn Plug\'n\'Play, a checkout not installed) from the workspace declaration', () => {
    const npm = writeMonorepo({
      'package.json': JSON.stringify({ name: 'root', private: true, workspaces: ['apps/*', 'packages/*'] }),
      'apps/web/src/app.ts': '',
      'packages/lib/package.json': JSON.stringify({ name: '@acme/lib', main: './index.ts' }),
      'packages/lib/index.ts': '',
      'packages/lib/hooks/use-session-storage.ts': '',
    });
    const from = join(npm, 'apps/web/src/app.ts');
    expect(resolver().resolve('@acme/lib', from)).toEqual({ kind: 'file', path: join(npm, 'packages/lib/index.ts') });
    expect(resolver().resolve('@acme/lib/hooks/use-session-storage', from)).toEqual({ kind: 'file', path: join(npm, 'packages/lib/hooks/use-session-storage.ts') });
    const pnpm = writeMonorepo({
      'pnpm-workspace.yaml': "packages:\n  - 'apps/*'\n  - \"shared/**\"\n  - '!**/test/**'\ncatalog:\n  react: ^19\n",
      'apps/web/src/app.ts': '',
      'shared/ui/storage/package.json': JSON.stringify({ name: 'storage', exports: { '.': './src/index.ts' } }),
      'shared/ui/storage/src/index.ts': '',
    });
    expect(resolver().resolve('storage', join(pnpm, 'apps/web/src/app.ts'))).toEqual({ kind: 'file', path: join(pnpm, 'shared/ui/storage/src/index.ts') });
    // a package the workspace does not list stays a package
    expect(resolver().resolve('react', join(pnpm, 'apps/web/src/app.ts'))).toEqual({ kind: 'package' });
    // `**` followed by `*` (openstatus's `packages/**/*`), and a wildcard subpath of `exports`
    const globstar = writeMonorepo({
      'pnpm-workspace.yaml': 'packages:\n  - apps/*\n  - packages/**/*\n',
      'apps/web/src/app.ts': '',
      'packages/ui/package.json': JSON.stringify({ name: '@acme/ui', exports: { './components/ui/*': { types: './src/components/ui/*.tsx', default: './src/components/ui/*.tsx' } } }),
      'packages/ui/src/components/ui/sidebar.tsx': '',
      'packages/config/tsconfig/package.json': JSON.stringify({ name: '@acme/tsconfig', main: './index.ts' }),
      'packages/config/tsconfig/index.ts': '',
    });
    const fromWeb = join(globstar, 'apps/web/src/app.ts');
    expect(resolver().resolve('@acme/ui/components/ui/sidebar', fromWeb)).toEqual({ kind: 'file', path: join(globstar, 'packages/ui/src/components/ui/sidebar.tsx') });
    expect(resolver().resolve('@acme/tsconfig', fromWeb)).toEqual({ kind: 'file', path: join(globstar, 'packages/config/tsconfig/index.ts') });
    // list items level with `packages:` (plane's pnpm-workspace.yaml), and `exports` pointing at a build not made
    const level = writeMonorepo({
      'pnpm-workspace.yaml': 'packages:\n- apps/*\n- packages/*\n- "!apps/api"\n\ncatalog:\n  react: ^18\n',
      'apps/web/app.tsx': '',
      'packages/hooks/package.json': JSON.stringify({ name: '@plane/hooks', exports: { '.': './dist/index.js' } }),
      'packages/hooks/src/index.ts': '',
    });
    expect(resolver().resolve('@plane/hooks', join(level, 'apps/web/app.tsx'))).toEqual({ kind: 'file', path: join(level, 'packages/hooks/src/index.ts') });
  });

  it("follows subpath imports (`#/...`) through the nearest package.json's `imports`", () => {
    const root = writeMonorepo({
      'package.json': JSON.stringify({ name: 'app', imports: { '#/package.json': './package.json', '#/*': './src/*', '#keys': { types: './dist/keys.d.ts', default: './dist/keys.js' } } }),
      'src/store/base-state.ts': '',
      'src/keys.ts': '',
      'src/app.ts': '',
    });
    const from = join(root, 'src/app.ts');
    expect(resolver().resolve('#/store/base-state.ts', from)).toEqual({ kind: 'file', path: join(root, 'src/store/base-state.ts') });
    expect(resolver().resolve('#keys', from)).toEqual({ kind: 'file', path: join(root, 'src/keys.ts') });
    expect(resolver().resolve('#/missing.ts', from).kind).not.toBe('file');
  });

  it('takes `main` when there are no `exports`, and a JavaScript package as it is', () => {
    const root = writeMonorepo(
      { 'app/index.js': '', 'libs/util/package.json': JSON.stringify({ name: 'util', main: 'lib/main.js' }), 'libs/util/lib/main.js': '' },
      { 'app/node_modules/util': 'libs/util' },
    );
    expect(resolver().resolve('util', join(root, 'app/index.js'))).toEqual({ kind: 'file', path: join(root, 'libs/util/lib/main.js') });
  });

  it('leaves installed packages alone: their code is not the project\'s', () => {
    const root = writeMonorepo({ 'app/index.ts': '', 'app/node_modules/js-cookie/package.json': '{"main":"index.js"}', 'app/node_modules/js-cookie/index.js': '' });
    expect(resolver().resolve('js-cookie', join(root, 'app/index.ts'))).toEqual({ kind: 'package' });
    expect(resolver().resolve('not-installed', join(root, 'app/index.ts'))).toEqual({ kind: 'package' });
  });

  it('reads tsconfig paths written with comments and trailing commas', () => {
    const root = writeMonorepo({
      'tsconfig.json': '{\n  // Next.js\n  "compilerOptions": { "paths": { "@/*": ["./src/*",], }, },\n}',
      'src/lib/keys.ts': '',
      'src/app.ts': '',
    });
    expect(resolver().resolve('@/lib/keys', join(root, 'src/app.ts'))).toEqual({ kind: 'file', path: join(root, 'src/lib/keys.ts') });
  });

  it("reads a JavaScript project's jsconfig.json paths, and a tsconfig.json beside it first", () => {
    const root = writeMonorepo({
      'js/jsconfig.json': '{ "compilerOptions": { "paths": { "$lib/*": ["./src/lib/*"] } } }',
      'js/src/lib/keys.js': '',
      'js/src/app.js': '',
      'both/tsconfig.json': '{ "compilerOptions": { "paths": { "$lib/*": ["./ts/*"] } } }',
      'both/jsconfig.json': '{ "compilerOptions": { "paths": { "$lib/*": ["./js/*"] } } }',
      'both/ts/keys.ts': '',
      'both/js/keys.js': '',
      'both/app.ts': '',
    });
    expect(resolver().resolve('$lib/keys', join(root, 'js/src/app.js'))).toEqual({ kind: 'file', path: join(root, 'js/src/lib/keys.js') });
    expect(resolver().resolve('$lib/keys', join(root, 'both/app.ts'))).toEqual({ kind: 'file', path: join(root, 'both/ts/keys.ts') });
  });
});
