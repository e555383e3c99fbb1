import { WEB_STORAGE_CHOICES, importedFrom } from './shapes.js';
import type { SinkFamily } from './types.js';

// Both name the session after the project: `sb-<first label of the project URL's host>-auth-token`.
const SESSION = { prefix: 'sb-', suffix: '-auth-token' } as const;

/**
 * supabase-js: `createClient(url, key, { auth })` keeps the session in localStorage under
 * `sb-<project>-auth-token`, or `auth.storageKey`, in `auth.storage` when it is sessionStorage
 * (another storage object is taken as localStorage); `auth.persistSession: false` keeps nothing.
 */
export const supabase: SinkFamily = {
  id: 'supabase-js',
  description: "supabase-js (`createClient(url, key, { auth: { storageKey } })`: localStorage `sb-<project>-auth-token`)",
  storage: 'localStorage',
  noun: 'key',
  triggers: ['@supabase/supabase-js'],
  sinks: [
    {
      kind: 'config',
      callee: importedFrom('@supabase/supabase-js', 'createClient'),
      argument: 2,
      nestedKey: 'auth',
      nameKeys: ['storageKey'],
      defaultPattern: SESSION,
      offWhen: { key: 'persistSession', value: false },
      storage: { optionKey: 'storage', choices: WEB_STORAGE_CHOICES },
    },
  ],
};

/**
 * @supabase/ssr: `createBrowserClient(url, key, { cookieOptions })` keeps the session in the
 * cookie `sb-<project>-auth-token` (split into `.0`, `.1`, ... when long), or `cookieOptions.name`;
 * `createServerClient(url, key, { cookies, cookieOptions })` sets it through the `set` / `setAll`
 * the app gives it in `cookies` (a client given only `get` / `getAll` sets nothing). The app's
 * callbacks only carry the library's names: what they write is reported at the call.
 */
export const supabaseSsr: SinkFamily = {
  id: '@supabase/ssr',
  description: '@supabase/ssr (`createBrowserClient(url, key, { cookieOptions: { name } })`, `createServerClient(url, key, { cookies })`: `sb-<project>-auth-token`)',
  browser: true,
  triggers: ['@supabase/ssr'],
  sinks: [
    {
      kind: 'config',
      callee: importedFrom('@supabase/ssr', 'createBrowserClient'),
      argument: 2,
      nestedKey: 'cookieOptions',
      nameKeys: ['name'],
      defaultPattern: SESSION,
    },
    {
      kind: 'config',
      callee: importedFrom('@supabase/ssr', 'createServerClient'),
      argument: 2,
      nestedKey: 'cookieOptions',
      nameKeys: ['name'],
      defaultPattern: SESSION,
      callbacks: { key: 'cookies', writers: ['set', 'setAll'] },
    },
  ],
};
