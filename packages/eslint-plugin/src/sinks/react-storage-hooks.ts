import { alwaysIn, importedFrom } from './shapes.js';
import type { NameSpec, Sink, SinkFamily } from './types.js';

/** A family of one hooks library: `useLocalStorage` writes localStorage, `useSessionStorage` sessionStorage, the key at `name`. */
function storageHooks(id: string, description: string, packageName: string, name: NameSpec, extraSinks: readonly Sink[] = []): SinkFamily {
  return {
    id,
    description,
    storage: 'localStorage',
    noun: 'key',
    browser: true,
    triggers: ['useLocalStorage', 'useSessionStorage'],
    sinks: [
      { kind: 'call', callee: importedFrom(packageName, 'useLocalStorage'), name },
      { kind: 'call', callee: importedFrom(packageName, 'useSessionStorage'), name, storage: alwaysIn('sessionStorage') },
      ...extraSinks,
    ],
  };
}

/** usehooks-ts: `useLocalStorage(key, initial, options?)`, `useSessionStorage(key, initial)`. */
export const usehooksTs = storageHooks('usehooks-ts', 'usehooks-ts (`useLocalStorage(key)`, `useSessionStorage(key)`)', 'usehooks-ts', { argument: 0 });

/** @uidotdev/usehooks: `useLocalStorage(key, initial)`, `useSessionStorage(key, initial)`. */
export const uidotdevUsehooks = storageHooks('@uidotdev/usehooks', '@uidotdev/usehooks (`useLocalStorage(key)`, `useSessionStorage(key)`)', '@uidotdev/usehooks', {
  argument: 0,
});

/** @mantine/hooks: `useLocalStorage({ key, defaultValue })`, `useSessionStorage({ key })`. */
export const mantineHooks = storageHooks('@mantine/hooks', '@mantine/hooks (`useLocalStorage({ key })`, `useSessionStorage({ key })`)', '@mantine/hooks', {
  argument: 0,
  objectKey: 'key',
});

// react-use also ships each hook as the default export of its own file.
const REACT_USE_FILES = (hook: string): string[] => [`react-use/lib/${hook}`, `react-use/esm/${hook}`];

/** react-use: `useLocalStorage(key, initial, options?)`, `useSessionStorage(key, initial, raw?)`, also imported from their own files. */
export const reactUse = storageHooks('react-use', 'react-use (`useLocalStorage(key)`, `useSessionStorage(key)`)', 'react-use', { argument: 0 }, [
  { kind: 'call', callee: importedFrom(REACT_USE_FILES('useLocalStorage'), 'default'), name: { argument: 0 } },
  { kind: 'call', callee: importedFrom(REACT_USE_FILES('useSessionStorage'), 'default'), name: { argument: 0 }, storage: alwaysIn('sessionStorage') },
]);
