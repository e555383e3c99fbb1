import { importedFrom } from './shapes.js';
import type { SinkFamily } from './types.js';

// The bundler plugins and the programmatic compiler take the same compiler options.
const COMPILERS = ['paraglideVitePlugin', 'paraglideWebpackPlugin', 'paraglideRollupPlugin', 'paraglideRolldownPlugin', 'paraglideRspackPlugin', 'paraglideEsbuildPlugin', 'compile'];

/**
 * Paraglide JS (v2): the runtime it compiles keeps the locale `setLocale` chooses in the cookie
 * `cookieName` (default `PARAGLIDE_LOCALE`) when `strategy` lists `'cookie'`, as its default
 * does. The runtime is generated code, so the compiler's options are the site: a bundler plugin
 * (`paraglideVitePlugin({ project, outdir, cookieName, strategy })`) or `compile(...)`.
 */
export const paraglideJs: SinkFamily = {
  id: '@inlang/paraglide-js',
  description: "Paraglide JS (`paraglideVitePlugin({ cookieName, strategy })`, `compile(...)`: `PARAGLIDE_LOCALE` while `strategy` lists `'cookie'`)",
  triggers: ['@inlang/paraglide-js'],
  sinks: [
    {
      kind: 'config',
      callee: { kind: 'anyOf', options: COMPILERS.map((name) => importedFrom('@inlang/paraglide-js', name)) },
      argument: 0,
      nameKeys: ['cookieName'],
      defaultName: 'PARAGLIDE_LOCALE',
      offUnlessListed: { key: 'strategy', value: 'cookie' },
    },
  ],
};
