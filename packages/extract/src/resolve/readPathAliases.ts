import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { FileLook } from './FileLook.js';
import { readJsonc } from './readJsonc.js';

/** One `compilerOptions.paths` entry: `'@app/*': ['src/*']`, with absolute targets. */
export interface PathAlias {
  readonly prefix: string;
  readonly suffix: string;
  /** Whether the key has a `*` (otherwise it matches the specifier exactly). */
  readonly wildcard: boolean;
  /** Absolute target paths, each with at most one `*`. */
  readonly targets: readonly string[];
}

/** What a tsconfig says about resolving non-relative imports. */
export interface PathAliases {
  readonly aliases: readonly PathAlias[];
  /** The absolute `baseUrl`, when one is set. */
  readonly baseUrl: string | undefined;
}

interface RawOptions {
  paths?: { value: Record<string, string[]>; dir: string };
  baseUrl?: string;
}

/**
 * Reads `paths` and `baseUrl` of a tsconfig file, following `extends`. Targets are relative to
 * `baseUrl` when set, else to the file that declares `paths`, as TypeScript does.
 */
export function readPathAliases(configPath: string, log: FileLook): PathAliases {
  const options = readOptions(configPath, log, new Set());
  const baseDir = options.baseUrl ?? options.paths?.dir ?? dirname(configPath);
  const aliases = Object.entries(options.paths?.value ?? {}).map(([key, targets]): PathAlias => {
    const star = key.indexOf('*');
    return {
      prefix: star === -1 ? key : key.slice(0, star),
      suffix: star === -1 ? '' : key.slice(star + 1),
      wildcard: star !== -1,
      targets: targets.map((target) => resolve(baseDir, target)),
    };
  });
  return { aliases, baseUrl: options.baseUrl };
}

function readOptions(configPath: string, log: FileLook, visiting: Set<string>): RawOptions {
  if (visiting.has(configPath) || log.look(configPath) === null) return {};
  visiting.add(configPath);
  const config = readJsonc(configPath) as TsconfigJson | undefined;
  const dir = dirname(configPath);
  const inherited: RawOptions = {};
  const parents = config?.extends === undefined ? [] : Array.isArray(config.extends) ? config.extends : [config.extends];
  for (const parent of parents) {
    const parentPath = findExtendedConfig(parent, dir, log);
    if (parentPath) Object.assign(inherited, readOptions(parentPath, log, visiting));
  }
  const own = config?.compilerOptions ?? {};
  return {
    paths: own.paths ? { value: own.paths, dir } : inherited.paths,
    baseUrl: typeof own.baseUrl === 'string' ? resolve(dir, own.baseUrl) : inherited.baseUrl,
  };
}

interface TsconfigJson {
  extends?: string | string[];
  compilerOptions?: { paths?: Record<string, string[]>; baseUrl?: string };
}

/** The file an `extends` entry names: a path, or a package's tsconfig in node_modules. */
function findExtendedConfig(name: string, fromDir: string, log: FileLook): string | undefined {
  const withJson = (path: string) => (path.endsWith('.json') ? [path] : [`${path}.json`, join(path, 'tsconfig.json')]);
  if (name.startsWith('.') || isAbsolute(name)) {
    return withJson(resolve(fromDir, name)).find((path) => log.look(path) !== null);
  }
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const found = withJson(join(dir, 'node_modules', name)).find((path) => log.look(path) !== null);
    if (found || dirname(dir) === dir) return found;
  }
}
