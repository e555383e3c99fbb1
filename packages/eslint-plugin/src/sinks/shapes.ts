import type { StorageKind } from '@cookie-ledger/core';
import type { StorageChoice, StorageSwitch, ValueSpec } from './types.js';

// Small constructors that keep the family files readable as data.

/** A DOM global, also reached through `window.`, `globalThis.` or `self.`. */
export const globalValue = (name: string): ValueSpec => ({ kind: 'global', name });

/** A binding imported from one of `modules` (`'default'`, `'*'` or a named export). */
export const importedFrom = (modules: string | readonly string[], exportName: string): ValueSpec => {
  const list = typeof modules === 'string' ? [modules] : modules;
  const specs = list.map((module): ValueSpec => ({ kind: 'import', module, export: exportName }));
  return specs.length === 1 ? specs[0]! : { kind: 'anyOf', options: specs };
};

/** The result of calling `callee` (with or without `new` or `await`). */
export const callOf = (callee: ValueSpec): ValueSpec => ({ kind: 'call', callee });

/** The result of calling `callee` with one argument that is `argument`. */
export const callWith = (callee: ValueSpec, argument: ValueSpec): ValueSpec => ({ kind: 'call', callee, withArgument: argument });

/** `object.property` (or `'*'` for any property). */
export const memberOf = (object: ValueSpec, property: string): ValueSpec => ({ kind: 'member', object, property });

/** Each of `properties` of `object`. */
export const membersOf = (object: ValueSpec, properties: readonly string[]): ValueSpec =>
  anyOf(properties.map((property) => memberOf(object, property)));

/** An element of an array value. */
export const elementOf = (of: ValueSpec, index: number): ValueSpec => ({ kind: 'element', of, index });

/** A parameter of a handler passed to a call of `callee`. */
export const paramOf = (callee: ValueSpec, index: number, indexByArity?: Readonly<Record<number, number>>): ValueSpec =>
  indexByArity ? { kind: 'param', callee, index, indexByArity } : { kind: 'param', callee, index };

/** A parameter of an exported route function in files matching `file`. */
export const routeParam = (file: RegExp, exports: readonly string[], index = 0): ValueSpec => ({ kind: 'routeParam', file, exports, index });

/** A value annotated with a type imported from `module`. */
export const typedAs = (module: string, ...names: string[]): ValueSpec => ({ kind: 'typed', module, names });

/** A function `framework` makes available without an import (Nuxt's auto-imports), matched only in that framework's projects. */
export const autoImported = (name: string, framework: string): ValueSpec => ({ kind: 'autoImport', name, framework });

/** An AngularJS service injected as `name`, in a project that depends on the AngularJS module `module`. */
export const injected = (name: string, module: string): ValueSpec => ({ kind: 'injected', name, module });

/** Any of these. */
export const anyOf = (options: readonly ValueSpec[]): ValueSpec => (options.length === 1 ? options[0]! : { kind: 'anyOf', options });

/** Any value. */
export const anyValue: ValueSpec = { kind: 'any' };

/** The HTTP method names route registrars are called with (`app.get`, `router.post`, ...). */
export const ROUTE_METHODS = ['all', 'get', 'post', 'put', 'patch', 'delete', 'del', 'head', 'options', 'use', 'on', 'route'] as const;

/** The lifetime units of the `cookie` package and everything built on it (Next, SvelteKit, Astro, h3, Hono, ...). */
export const COOKIE_PACKAGE_UNITS = { maxAge: 'seconds', expires: 'date' } as const;

/** The Web Storage globals as storage choices: `sessionStorage` passed as a storage means sessionStorage. */
export const WEB_STORAGE_CHOICES: readonly StorageChoice[] = [
  { value: globalValue('localStorage'), storage: 'localStorage' },
  { value: globalValue('sessionStorage'), storage: 'sessionStorage' },
];

/** A sink that always writes to `storage`, in a family whose other sinks write elsewhere (`useSessionStorage` beside `useLocalStorage`). */
export const alwaysIn = (storage: StorageKind): StorageSwitch => ({ choices: [], default: storage });
