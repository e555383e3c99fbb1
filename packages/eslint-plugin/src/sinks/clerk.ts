import { importedFrom } from './shapes.js';
import type { ElementSink, SinkFamily } from './types.js';

/** The React SDKs whose `<ClerkProvider>` loads ClerkJS in the browser. */
const PROVIDER = importedFrom(['@clerk/nextjs', '@clerk/clerk-react', '@clerk/react'], 'ClerkProvider');

// ClerkJS writes each session cookie twice: under its name and under `<name>_<suffix>`, the suffix
// being 8 characters of a hash of the publishable key, known only at run time.
const providerWrites = (names: readonly string[], suffixed: readonly string[]): ElementSink[] => [
  ...names.map((name): ElementSink => ({ kind: 'element', component: PROVIDER, defaultName: name })),
  ...suffixed.map((name): ElementSink => ({ kind: 'element', component: PROVIDER, defaultPattern: { prefix: `${name}_`, suffix: '' } })),
];

/**
 * Clerk: `<ClerkProvider>` loads ClerkJS, which sets `__session` and `__session_<suffix>` (the
 * session token), `clerk_active_context` (the active session and organization), and
 * `__client_uat` with `__client_uat_<suffix>` (set by Clerk's Frontend API on the app's domain in
 * production, by ClerkJS in development). `clerkMiddleware()` passes on the session cookies of a
 * handshake (`__session`, `__client_uat`) and counts handshake redirects in `__clerk_redirect_count`.
 * Development instances' `__clerk_db_jwt` is not reported.
 */
export const clerk: SinkFamily = {
  id: 'clerk',
  description: 'Clerk (`<ClerkProvider>`, `clerkMiddleware()`: `__session`, `__client_uat` and their `_<suffix>` copies, `clerk_active_context`)',
  triggers: ['clerk'],
  sinks: [
    ...providerWrites(['__session', '__client_uat', 'clerk_active_context'], ['__session', '__client_uat']),
    { kind: 'fixed', callee: importedFrom('@clerk/nextjs/server', 'clerkMiddleware'), names: ['__session', '__client_uat', '__clerk_redirect_count'] },
  ],
};

/** ClerkJS's localStorage: `<ClerkProvider>` caches the instance's environment under `__clerk_environment`. */
export const clerkClient: SinkFamily = {
  id: 'clerk-client',
  description: "Clerk's `<ClerkProvider>` (localStorage `__clerk_environment`)",
  storage: 'localStorage',
  noun: 'key',
  browser: true,
  triggers: ['clerk'],
  sinks: [{ kind: 'element', component: PROVIDER, defaultName: '__clerk_environment' }],
};
