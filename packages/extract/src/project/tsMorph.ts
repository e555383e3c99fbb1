// ts-morph, with the TypeScript it bundles, takes about a second to load, and the cached reader
// (the ESLint plugin's way in) needs it only when the copy on disk cannot answer. So the reader's
// modules are imported statically and take ts-morph's values from here, loaded on first use.
// ts-morph is CommonJS: `require` loads it synchronously in every package manager, Yarn PnP's zip
// archives included, where requiring one of our own ES modules fails (their imports are resolved
// without PnP's loader).
import { createRequire } from 'node:module';
import type * as TsMorph from 'ts-morph';

let loaded: typeof TsMorph | undefined;

function load(): typeof TsMorph {
  if (loaded === undefined) {
    loaded = createRequire(import.meta.url)('ts-morph') as typeof TsMorph;
    // Live bindings: from now on every importer sees ts-morph's own objects, not the stand-ins.
    ({ Node, Project, SyntaxKind, ts: typescript } = loaded);
  }
  return loaded;
}

/** A stand-in for one of ts-morph's exports that loads ts-morph when it is first used. */
function lazyExport<K extends 'Node' | 'Project' | 'SyntaxKind' | 'ts'>(key: K): (typeof TsMorph)[K] {
  const target = (): object => load()[key];
  const handler: ProxyHandler<() => void> = {
    get: (_, property) => Reflect.get(target(), property),
    has: (_, property) => Reflect.has(target(), property),
    construct: (_, args) => Reflect.construct(target() as new (...args: unknown[]) => object, args),
    getPrototypeOf: () => Reflect.getPrototypeOf(target()),
  };
  // A function target (not an arrow) so that `new Project()` reaches the construct trap.
  return new Proxy(function lazyTarget() {}, handler) as unknown as (typeof TsMorph)[K];
}

/** ts-morph's `Node` (its static `is…` guards), loaded on first use. */
export let Node = lazyExport('Node');
/** ts-morph's `Node` type. */
export type Node<T extends TsMorph.ts.Node = TsMorph.ts.Node> = TsMorph.Node<T>;

/** ts-morph's `Project`, loaded on first use. */
export let Project = lazyExport('Project');
/** ts-morph's `Project` type. */
export type Project = TsMorph.Project;

/** ts-morph's `SyntaxKind`, loaded on first use. */
export let SyntaxKind = lazyExport('SyntaxKind');
/** ts-morph's `SyntaxKind` type. */
export type SyntaxKind = TsMorph.SyntaxKind;

/** The TypeScript compiler API bundled with ts-morph (its `ts`), loaded on first use; its types stay `ts` from `ts-morph`. */
export let typescript = lazyExport('ts');
