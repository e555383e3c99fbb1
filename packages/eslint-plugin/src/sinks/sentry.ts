import { importedFrom } from './shapes.js';
import type { SinkFamily } from './types.js';

/** The Sentry SDKs that export the browser integrations and transports. */
const SENTRY_BROWSER_SDKS = [
  '@sentry/browser',
  '@sentry/react',
  '@sentry/nextjs',
  '@sentry/vue',
  '@sentry/nuxt',
  '@sentry/svelte',
  '@sentry/sveltekit',
  '@sentry/angular',
  '@sentry/remix',
  '@sentry/react-router',
  '@sentry/astro',
  '@sentry/solid',
  '@sentry/solidstart',
  '@sentry/ember',
  '@sentry/gatsby',
  '@sentry/tanstackstart-react',
];

/**
 * Sentry Session Replay: `replayIntegration()` (SDK 8 and later), and `new Replay()` of SDK 7
 * (also from `@sentry/replay`), keep the replay session in sessionStorage under
 * `sentryReplaySession` (its `stickySession` option, on by default, is not read).
 */
export const sentryReplay: SinkFamily = {
  id: 'sentry-replay',
  description: "Sentry Session Replay (`replayIntegration()`, SDK 7's `new Replay()`: sessionStorage `sentryReplaySession`)",
  storage: 'sessionStorage',
  noun: 'key',
  browser: true,
  // `replay` also finds `replayIntegration`.
  triggers: ['replay'],
  sinks: [
    { kind: 'fixed', callee: importedFrom(SENTRY_BROWSER_SDKS, 'replayIntegration'), names: ['sentryReplaySession'] },
    { kind: 'fixed', constructs: true, callee: importedFrom([...SENTRY_BROWSER_SDKS, '@sentry/replay'], 'Replay'), names: ['sentryReplaySession'] },
  ],
};

/**
 * Sentry's offline transport: `makeBrowserOfflineTransport(transport)` queues unsent events in the
 * IndexedDB database `sentry-offline` (its `transportOptions.dbName`, given to `init`, is not read).
 */
export const sentryOffline: SinkFamily = {
  id: 'sentry-offline',
  description: "Sentry's offline transport (`makeBrowserOfflineTransport(transport)`, IndexedDB `sentry-offline`)",
  storage: 'indexedDB',
  noun: 'database name',
  browser: true,
  triggers: ['makeBrowserOfflineTransport'],
  sinks: [{ kind: 'fixed', callee: importedFrom(SENTRY_BROWSER_SDKS, 'makeBrowserOfflineTransport'), names: ['sentry-offline'] }],
};
