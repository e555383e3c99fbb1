import { alwaysIn, anyOf, importedFrom } from './shapes.js';
import type { SinkFamily } from './types.js';

// The bundler plugins and the programmatic compiler take the same compiler options.
const COMPILERS = ['paraglideVitePlugin', 'paraglideWebpackPlugin', 'paraglideRollupPlugin', 'paraglideRolldownPlugin', 'paraglideRspackPlugin', 'paraglideEsbuildPlugin', 'compile'];
const COMPILER = anyOf(COMPILERS.map((name) => importedFrom('@inlang/paraglide-js', name)));

/**
 * Paraglide JS (v2): the runtime it compiles keeps the locale `setLocale` chooses in the cookie
 * `cookieName` (default `PARAGLIDE_LOCALE`) when `strategy` lists `'cookie'`, as its default
 * does, and in localStorage under `localStorageKey` (default `PARAGLIDE_LOCALE`) when `strategy`
 * lists `'localStorage'` (checked in @inlang/paraglide-js 2.5.0, `runtime/set-locale.js`). The
 * runtime is generated code, so the compiler's options are the site: a bundler plugin
 * (`paraglideVitePlugin({ project, outdir, cookieName, strategy })`) or `compile(...)`.
 */
export const paraglideJs: SinkFamily = {
  id: '@inlang/paraglide-js',
  description: "Paraglide JS (`paraglideVitePlugin({ cookieName, localStorageKey, strategy })`, `compile(...)`: the cookie `PARAGLIDE_LOCALE` while `strategy` lists `'cookie'`, the localStorage key `PARAGLIDE_LOCALE` while it lists `'localStorage'`)",
  triggers: ['@inlang/paraglide-js'],
  sinks: [
    { kind: 'config', callee: COMPILER, argument: 0, nameKeys: ['cookieName'], defaultName: 'PARAGLIDE_LOCALE', offUnlessListed: { key: 'strategy', value: 'cookie' } },
    {
      kind: 'config',
      callee: COMPILER,
      argument: 0,
      nameKeys: ['localStorageKey'],
      defaultName: 'PARAGLIDE_LOCALE',
      onlyWhenListed: { key: 'strategy', value: 'localStorage' },
      storage: alwaysIn('localStorage'),
      noun: 'key',
    },
  ],
};
