import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { FileLook } from './FileLook.js';
import { readPathAliases, type PathAliases } from './readPathAliases.js';
import { getCandidates } from './getCandidates.js';
import { resolveSubpathImport } from './resolveSubpathImport.js';
import { resolveWorkspacePackage } from './resolveWorkspacePackage.js';

/** The module the policy's DSL comes from; its functions and constants are known, not read. */
export const DSL_MODULE = '@cookie-ledger/core';

/** Where an import specifier leads. */
export type ModuleResolution =
  | { readonly kind: 'dsl' }
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'package' }
  | { readonly kind: 'missing'; readonly tried: readonly string[] };

/**
 * Resolves import specifiers to files as TypeScript does for a project: relative paths (with the
 * `.js`-for-`.ts` convention, extensionless paths and `index` files), then the `paths` aliases
 * and `baseUrl` of the importing file's nearest tsconfig.json (or jsconfig.json), subpath imports (`#/...`, the
 * `imports` of the nearest package.json), then the project's own workspace packages (their
 * source, not their build). Every file looked at goes through `log`.
 */
export class ModuleResolver {
  private readonly aliasesByDir = new Map<string, PathAliases | undefined>();
  private readonly resolutions = new Map<string, ModuleResolution>();

  constructor(private readonly log: FileLook) {}

  resolve(specifier: string, fromFile: string): ModuleResolution {
    const key = `${dirname(fromFile)}\0${specifier}`;
    let resolution = this.resolutions.get(key);
    if (!resolution) {
      resolution = this.resolveUncached(specifier, fromFile);
      this.resolutions.set(key, resolution);
    }
    return resolution;
  }

  private resolveUncached(specifier: string, fromFile: string): ModuleResolution {
    if (specifier === DSL_MODULE) return { kind: 'dsl' };
    if (specifier.startsWith('.') || isAbsolute(specifier)) return this.findFile([resolve(dirname(fromFile), specifier)]);
    if (specifier.startsWith('#')) {
      const file = resolveSubpathImport(specifier, dirname(fromFile), this.log);
      if (file !== undefined) return { kind: 'file', path: file };
    }

    const aliases = this.getAliases(dirname(fromFile));
    const bases = aliases ? getAliasedPaths(specifier, aliases) : [];
    const found = bases.length === 0 ? undefined : this.findFile(bases);
    // A bare specifier that only `baseUrl` could map, and that maps to nothing, is a package.
    const onlyBaseUrl = aliases !== undefined && !aliases.aliases.some((alias) => matchAlias(alias, specifier) !== undefined);
    if (found?.kind === 'file') return found;
    // As in TypeScript, a `paths` alias that leads nowhere lets the package lookup go on: hanko's
    // `"*": ["./*"]` matches every import, its own SDK package too.
    const workspaceFile = resolveWorkspacePackage(specifier, dirname(fromFile), this.log);
    if (workspaceFile !== undefined) return { kind: 'file', path: workspaceFile };
    return found && !onlyBaseUrl ? found : { kind: 'package' };
  }

  private findFile(bases: readonly string[]): ModuleResolution {
    const tried = bases.flatMap(getCandidates);
    const path = tried.find((candidate) => this.log.look(candidate) !== null);
    return path === undefined ? { kind: 'missing', tried } : { kind: 'file', path };
  }

  /**
   * The aliases of the nearest tsconfig.json above a directory, read once per load. As in
   * TypeScript, a folder without a tsconfig.json may have a jsconfig.json (a JavaScript project).
   */
  private getAliases(dir: string): PathAliases | undefined {
    if (this.aliasesByDir.has(dir)) return this.aliasesByDir.get(dir);
    const configPath = CONFIG_NAMES.map((name) => join(dir, name)).find((path) => this.log.look(path) !== null);
    const parent = dirname(dir);
    const aliases = configPath !== undefined ? readPathAliases(configPath, this.log) : parent === dir ? undefined : this.getAliases(parent);
    this.aliasesByDir.set(dir, aliases);
    return aliases;
  }
}

const CONFIG_NAMES = ['tsconfig.json', 'jsconfig.json'];

/** The paths a bare specifier may stand for: the most specific matching alias first, then `baseUrl`. */
function getAliasedPaths(specifier: string, { aliases, baseUrl }: PathAliases): string[] {
  const matches = aliases
    .map((alias) => ({ alias, star: matchAlias(alias, specifier) }))
    .filter((match): match is { alias: (typeof aliases)[number]; star: string } => match.star !== undefined)
    .sort((a, b) => b.alias.prefix.length - a.alias.prefix.length);
  const paths = matches.flatMap(({ alias, star }) => alias.targets.map((target) => target.replace('*', star)));
  if (baseUrl !== undefined) paths.push(resolve(baseUrl, specifier));
  return paths;
}

/** The part of the specifier the alias's `*` stands for ('' for an exact alias), or undefined. */
function matchAlias(alias: PathAliases['aliases'][number], specifier: string): string | undefined {
  if (!alias.wildcard) return specifier === alias.prefix ? '' : undefined;
  const fits = specifier.length >= alias.prefix.length + alias.suffix.length;
  if (!fits || !specifier.startsWith(alias.prefix) || !specifier.endsWith(alias.suffix)) return undefined;
  return specifier.slice(alias.prefix.length, specifier.length - alias.suffix.length);
}
