import { anyOf, importedFrom, memberOf, typedAs } from './shapes.js';
import type { SinkFamily, StorageChoice } from './types.js';

// The instance as imported (default or named `posthog`), or a variable typed `PostHog` that holds it
// (big-AGI keeps the dynamically imported instance in `let _posthog: PostHog | null`).
const INSTANCE = anyOf([importedFrom('posthog-js', 'default'), importedFrom('posthog-js', 'posthog'), typedAs('posthog-js', 'PostHog')]);

// The `persistence` texts both SDKs read; `'memory'` keeps nothing.
const PERSISTENCE: readonly StorageChoice[] = [
  { text: 'cookie', storage: 'cookie' },
  { text: 'localStorage', storage: 'localStorage' },
  { text: 'sessionStorage', storage: 'sessionStorage' },
];

/**
 * posthog-js: `posthog.init(token, { persistence })` keeps its state under `ph_<token>_posthog`,
 * in a cookie by default (`'localStorage+cookie'` writes both; the cookie is what is reported),
 * or in `'localStorage'` / `'sessionStorage'` when `persistence` says so; `'memory'` keeps nothing. React's
 * `<PostHogProvider apiKey>` initialises it the same way (its `options.persistence` is not read:
 * the cookie is assumed); given an initialised `client` instead, it writes nothing of its own.
 */
export const posthog: SinkFamily = {
  id: 'posthog-js',
  description: "posthog-js (`posthog.init(token)`, `<PostHogProvider apiKey>`; posthog-js-lite's `new PostHog(token)`: `ph_<token>_posthog`)",
  triggers: ['posthog'],
  browser: true,
  sinks: [
    {
      kind: 'call',
      callee: memberOf(INSTANCE, 'init'),
      name: { argument: 0, around: { prefix: 'ph_', suffix: '_posthog' } },
      storage: {
        argument: 1,
        optionKey: 'persistence',
        choices: [...PERSISTENCE, { text: 'localStorage+cookie', storage: 'cookie' }],
        default: 'cookie',
        none: ['memory'],
      },
    },
    // posthog-js-lite (checked in 4.1.0): `new PostHog(apiKey, { persistence })` keeps the same
    // `ph_<apiKey>_posthog`, in localStorage unless `persistence` says otherwise.
    {
      kind: 'call',
      constructs: true,
      callee: importedFrom('posthog-js-lite', 'PostHog'),
      name: { argument: 0, around: { prefix: 'ph_', suffix: '_posthog' } },
      storage: {
        argument: 1,
        optionKey: 'persistence',
        choices: PERSISTENCE,
        default: 'localStorage',
        none: ['memory'],
      },
    },
    {
      kind: 'element',
      component: importedFrom(['posthog-js/react', '@posthog/react'], 'PostHogProvider'),
      nameProp: 'apiKey',
      nameAround: { prefix: 'ph_', suffix: '_posthog' },
      unlessProp: 'client',
    },
  ],
};
