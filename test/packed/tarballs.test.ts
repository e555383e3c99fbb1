// What each packed tarball holds, as the registry will serve it: a licence, the links a registry
// page needs, source maps whose sources ship, and dependency ranges that share the user's copies.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createScratch, root } from '../helpers/cookieLedger.js';
import { getTarballs } from './packedProject.js';

const scratch = createScratch('packed-contents');
const REPOSITORY = 'https://github.com/cookie-ledger/cookie-ledger';

interface Manifest {
  name: string;
  repository?: { url?: string; directory?: string };
  homepage?: string;
  bugs?: { url?: string };
  keywords?: string[];
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

/** Each package's unpacked tarball folder, by package name. */
const unpacked = new Map<string, string>();

function listFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

function readManifest(folder: string): Manifest {
  return JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as Manifest;
}

beforeAll(() => {
  for (const [name, tarball] of Object.entries(getTarballs())) {
    const folder = join(scratch, name.replace('/', '+'));
    mkdirSync(folder, { recursive: true });
    execFileSync('tar', ['xzf', tarball, '-C', folder, '--strip-components=1']);
    unpacked.set(name, folder);
  }
});

describe('every packed package', () => {
  it('ships the repository licence', () => {
    const licence = readFileSync(join(root, 'LICENSE'), 'utf8');
    for (const [name, folder] of unpacked) expect(readFileSync(join(folder, 'LICENSE'), 'utf8'), name).toBe(licence);
  });

  it('names its repository folder, home page, issue tracker and keywords', () => {
    for (const [name, folder] of unpacked) {
      const manifest = readManifest(folder);
      const directory = manifest.repository?.directory ?? '';
      expect(manifest.repository?.url, name).toBe(`git+${REPOSITORY}.git`);
      expect(existsSync(join(root, directory, 'package.json')) && readManifest(join(root, directory)).name, name).toBe(name);
      expect(manifest.homepage, name).toBe(`${REPOSITORY}/tree/main/${directory}#readme`);
      expect(manifest.bugs?.url, name).toBe(`${REPOSITORY}/issues`);
      expect(manifest.keywords?.length, name).toBeGreaterThan(0);
    }
  });

  it('has README links that work on the registry: absolute, to a file that exists in the repository', () => {
    for (const [name, folder] of unpacked) {
      const readme = readFileSync(join(folder, 'README.md'), 'utf8');
      for (const [, target] of readme.matchAll(/\]\(([^)\s]+)\)/g)) {
        expect(target, `${name} README`).toMatch(/^https:\/\//);
        if (target!.startsWith(`${REPOSITORY}/blob/main/`)) {
          expect(existsSync(join(root, target!.slice(`${REPOSITORY}/blob/main/`.length).replace(/#.*$/, ''))), `${name} README links ${target}`).toBe(true);
        }
      }
    }
  });

  it('ships the sources its source maps and declaration maps point at', () => {
    for (const [name, folder] of unpacked) {
      const maps = listFiles(folder).filter((file) => file.endsWith('.map'));
      for (const map of maps) {
        const { sources } = JSON.parse(readFileSync(map, 'utf8')) as { sources: string[] };
        for (const source of sources) expect(existsSync(resolve(dirname(map), source)), `${name}: ${relative(folder, map)} -> ${source}`).toBe(true);
      }
    }
  });

  it('ships no tests', () => {
    for (const [name, folder] of unpacked) expect(listFiles(folder).filter((file) => /\.test(-d)?\.[jt]s$/.test(file)), name).toEqual([]);
  });

  it("asks for typescript-eslint's packages with a caret from the workspace's version, so the user's copy serves them", () => {
    const catalogVersion = /'@typescript-eslint\/utils': (\S+)/.exec(readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8'))![1];
    for (const [name, folder] of unpacked) {
      for (const [dependency, range] of Object.entries(readManifest(folder).dependencies ?? {})) {
        if (dependency.startsWith('@typescript-eslint/')) expect(range, `${name} -> ${dependency}`).toBe(`^${catalogVersion}`);
      }
    }
  });

  it('declares typescript as a peer where typescript-eslint packages need it', () => {
    for (const [name, folder] of unpacked) {
      const manifest = readManifest(folder);
      const needsTypescript = Object.keys(manifest.dependencies ?? {}).some((dependency) => dependency.startsWith('@typescript-eslint/'));
      expect(manifest.peerDependencies?.typescript !== undefined, name).toBe(needsTypescript);
    }
  });
});
