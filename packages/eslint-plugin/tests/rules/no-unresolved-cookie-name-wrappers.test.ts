// Inside the app's own helpers, a name taken from a parameter is its callers' to give: the rule
// warns at a call whose argument is unknown, not at the helper. Inline callbacks have no callers.
import rule from '../../src/rules/no-unresolved-cookie-name.js';
import { createRuleTester } from '../RuleTester.js';

const ruleTester = createRuleTester();
const unresolved = (line: number, column: number) => ({ messageId: 'unresolvedName' as const, line, column });

ruleTester.run('no-unresolved-cookie-name (wrappers)', rule, {
  valid: [
    "export function writePref(key: string, v: unknown) { localStorage.setItem(key, JSON.stringify(v)); }",
    "export const remember = (key: string) => localStorage.setItem(key, '1');",
    // @supabase/ssr writes its own cookies through the set callback it is handed: neither inside it nor at the helper's callers is a name to read
    "import { createServerClient } from '@supabase/ssr';\nimport { cookies } from 'next/headers';\nexport const createClient = (store: ReturnType<typeof cookies>) => createServerClient(url, key, { cookies: { set(name: string, value: string) { store.set({ name, value }); } } });\nexport async function signIn() { return createClient(cookies()); }",
    "export class Store { static save(key: string) { localStorage.setItem(key, '1'); } constructor(name: string) { indexedDB.open(name); } }",
    "export function useStored(key: string, v: unknown) { useEffect(() => { localStorage.setItem(key, String(v)); }, [v]); }",
    "export const Prefs = { save({ key }: { key: string }) { sessionStorage.setItem(key, '1'); } };",
    "import Cookies from 'js-cookie'; export default function setCookie(name: string) { Cookies.set(name, '1'); }",
    // a helper calling a helper with its own parameter
    "import { writePref } from './wrappers/prefs'; export function useTheme(key: string) { writePref(key, 'dark'); }",
    "import { writePref } from './wrappers/prefs'; writePref('prefs', 1);",
    // helpers that call each other in a cycle (big-AGI's write scheduler): the key is still their callers'
    "import { set } from 'idb-keyval';\nexport class Scheduler {\n  setItem(key: string) { this.#schedule(key); }\n  #schedule(key: string) { setTimeout(() => void this.#perform(key), 10); }\n  async #perform(key: string) { await set(key, 'x'); this.#schedule(key); }\n}",
    // a hook that writes only `if (cacheKey)`, called with options that leave the key out (fider's useAttachments)
    "export function useAttachments(options: { cacheKey?: string; max: number }) {\n  const { cacheKey } = options;\n  if (cacheKey) sessionStorage.setItem(cacheKey, '[]');\n  if (options.cacheKey) localStorage.setItem(options.cacheKey, '[]');\n}\nuseAttachments({ max: 3 });",
    // a hook that stores only when given a key, its options read as `props ?? {}` (komodo's useDebouncedTermSearch)
    "import { useState } from 'react';\nimport { useLocalStorage } from '@mantine/hooks';\nexport function useTerm(props?: { debounce?: number; localStorageKey?: string }) {\n  const { localStorageKey } = props ?? {};\n  const [search] = localStorageKey ? useLocalStorage({ key: localStorageKey, defaultValue: '' }) : useState('');\n  return search;\n}\nuseTerm({ debounce: 3 });\nuseTerm();",
    // an object of storage methods handed to a helper is a storage the helper writes through, not a callback with names of its own (karakeep's useSearchHistory)
    "export const h = useHistory({\n  getItem: (k: string) => localStorage.getItem(k),\n  setItem: (k: string, v: string) => localStorage.setItem(k, v),\n});\nexport const g = useHistory({ setItem: (k: string, v: string) => localStorage.setItem(k, v) });",
    // a callback that a project helper calls with the name it was given: the helper's callers give it
    "function persist(key: string, write: (k: string) => void) { write(key); }\npersist('prefs', (k) => localStorage.setItem(k, '1'));",
  ],
  invalid: [
    // a name read from a configuration object the helper is handed (`config.get('cookieName')`) is no name its callers give:
    // it is reported in the helper; a string method of a parameter (`url.split('/')[2]`) makes a name its callers give
    {
      code: "function makeApp(config: Config) { localStorage.setItem(config.get('cookieName'), '1'); }\nmakeApp(loadConfig());\nconst saveHost = (url: string) => localStorage.setItem(url.split('/')[2], '1');\nsaveHost(location.href);",
      errors: [unresolved(1, 57), unresolved(4, 10)],
    },
    // an inline callback is no helper: nobody calls it with a name
    { code: "keys.forEach((k) => localStorage.setItem(k, '1'));", errors: [unresolved(1, 42)] },
    // nor is one a project helper calls with something else than a name it was given
    { code: "function each(write: (k: string) => void) { write(String(Math.random())); }\neach((k) => localStorage.setItem(k, '1'));", errors: [unresolved(2, 34)] },
    { code: 'export function saveAll(keys: string[]) { keys.forEach((k) => localStorage.setItem(k, "1")); }', errors: [unresolved(1, 84)] },
    // an argument known only at run time is reported at the call
    { code: "import { writePref } from './wrappers/prefs';\nwritePref(readKey(), 1);", errors: [unresolved(2, 11)] },
    { code: "function put(key: string) { localStorage.setItem(key, '1'); }\nexport function load(key: string) { put(key); }\nput(location.hash);", errors: [unresolved(3, 5)] },
    // a parameter destructured with a fallback (`repository ?? {}`) is still the caller's, and an
    // empty string kept in a property is a placeholder filled at run time, not a name
    {
      code: "const placeholder = { databaseName: '' };\nexport const repository = { ...placeholder };\nfunction open(repo?: { databaseName: string }) { const { databaseName } = repo ?? {}; indexedDB.open(databaseName, 1); }\nopen(repository);",
      errors: [unresolved(4, 6)],
    },
  ],
});
