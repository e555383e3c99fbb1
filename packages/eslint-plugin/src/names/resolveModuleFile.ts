import { getNuxtAliasPath } from './nuxtProject.js';
import { getSvelteKitAliasPath } from './svelteKitProject.js';
import { getViteAliasPath } from './viteProject.js';
import { getWebpackPaths } from './webpackProject.js';
import { getVueCliAliasPath } from './vueCliProject.js';
import { type FileLook, ModuleResolver, getFileSignature } from '@cookie-ledger/extract/resolve';

// Resolutions and tsconfig aliases are kept for a few seconds: a lint run resolves the same
// imports from many files, while an editor's long-lived process still sees a new file, a moved
// module or an edited tsconfig.json soon after (as typescript-eslint's tsconfig cache does).
const LIFETIME_MS = 5000;
let resolver: { readonly instance: ModuleResolver; readonly files: FileLook; readonly created: number } | undefined;

function getResolver(): NonNullable<typeof resolver> {
  const now = Date.now();
  if (!resolver || now - resolver.created > LIFETIME_MS) {
    const files = createCachedLook();
    resolver = { instance: new ModuleResolver(files), files, created: now };
  }
  return resolver;
}

/**
 * A project file's signature (modification time, size, inode), or null when there is none: the
 * look resolution already took, kept as long as resolutions are, so a module's cached verdict is
 * checked without another stat.
 */
export function getModuleSignature(file: string): string | null {
  return getResolver().files.look(file);
}

/**
 * An object that lives exactly as long as the kept resolutions and file looks: what is derived
 * only from them (a folder's import verdicts) can be kept under it and is dropped with them.
 */
export function getResolutionScope(): object {
  return getResolver();
}

/**
 * The project file an import written in `fromFile` points at, resolved as extract resolves the
 * policy's imports: relative paths, tsconfig `paths`/`baseUrl` aliases (with `extends`), Nuxt's `~/` and `@/`, SvelteKit's `$lib` and `kit.alias`, Vite's `resolve.alias`, Vue CLI's `@/`, and the
 * project's own workspace packages, and a webpack config's `resolve.alias` and `resolve.modules`.
 * Undefined for installed packages and missing files.
 */
export function resolveModuleFile(fromFile: string, source: string): string | undefined {
  const { instance } = getResolver();
  const resolution = instance.resolve(source, fromFile);
  if (resolution.kind === 'file') return resolution.path;
  // Aliases a framework declares in a tsconfig it generates, which a fresh checkout lacks.
  const frameworkPath = getNuxtAliasPath(fromFile, source) ?? getSvelteKitAliasPath(fromFile, source) ?? getViteAliasPath(fromFile, source) ?? getVueCliAliasPath(fromFile, source);
  for (const path of frameworkPath === undefined ? getWebpackPaths(fromFile, source) : [frameworkPath]) {
    const aliased = instance.resolve(path, fromFile);
    if (aliased.kind === 'file') return aliased.path;
  }
  return undefined;
}

// Imports from many folders name the same few files: each file is looked at once per lifetime.
function createCachedLook(): FileLook {
  const signatures = new Map<string, ReturnType<typeof getFileSignature>>();
  return {
    look(path) {
      let signature = signatures.get(path);
      if (signature === undefined) signatures.set(path, (signature = getFileSignature(path)));
      return signature;
    },
  };
}
