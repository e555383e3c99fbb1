import { WEB_STORAGE_CHOICES, anyOf, importedFrom } from './shapes.js';
import type { SinkFamily } from './types.js';

/**
 * zustand's `persist(creator, { name, storage? })` middleware: the store is saved under `name`, in
 * localStorage unless `storage: createJSONStorage(() => sessionStorage)`.
 */
export const zustandPersist: SinkFamily = {
  id: 'zustand-persist',
  description: "zustand's `persist(creator, { name })` (localStorage by default)",
  storage: 'localStorage',
  noun: 'key',
  triggers: ['zustand'],
  sinks: [
    {
      kind: 'config',
      callee: importedFrom('zustand/middleware', 'persist'),
      argument: 1,
      nameKeys: ['name'],
      storage: { optionKey: 'storage', choices: WEB_STORAGE_CHOICES, factory: importedFrom('zustand/middleware', 'createJSONStorage') },
    },
  ],
};

/** redux-persist: `persistReducer({ key, storage }, reducer)` saves the state under `persist:<key>`. */
export const reduxPersist: SinkFamily = {
  id: 'redux-persist',
  description: 'redux-persist (`persistReducer({ key })`, stored as `persist:<key>`, taken as localStorage)',
  storage: 'localStorage',
  noun: 'key',
  triggers: ['redux-persist'],
  sinks: [
    {
      kind: 'config',
      callee: anyOf([importedFrom('redux-persist', 'persistReducer'), importedFrom('redux-persist', 'persistCombineReducers')]),
      argument: 0,
      nameKeys: ['key'],
      namePrefix: 'persist:',
    },
  ],
};

/**
 * redux-localstorage-simple: the `save(config)` middleware stores each of `states` under
 * `<namespace><namespaceSeparator><state>` (defaults `redux_localstorage_simple` and `_`), or the
 * whole state under `<namespace>` without `states`.
 */
export const reduxLocalstorageSimple: SinkFamily = {
  id: 'redux-localstorage-simple',
  description: 'redux-localstorage-simple (`save({ states, namespace })`, default namespace `redux_localstorage_simple`)',
  storage: 'localStorage',
  noun: 'key',
  browser: true,
  triggers: ['redux-localstorage-simple'],
  sinks: [
    {
      kind: 'config',
      callee: importedFrom('redux-localstorage-simple', 'save'),
      argument: 0,
      nameKeys: ['namespace'],
      defaultName: 'redux_localstorage_simple',
      perElement: { key: 'states', separatorKey: 'namespaceSeparator', defaultSeparator: '_' },
    },
  ],
};

/**
 * react-hook-form-persist: `useFormPersist(name, { watch, setValue, storage })` keeps a form's
 * values under `name`, in sessionStorage unless `storage` says otherwise.
 */
export const reactHookFormPersist: SinkFamily = {
  id: 'react-hook-form-persist',
  description: 'react-hook-form-persist (`useFormPersist(name, { storage })`, sessionStorage by default)',
  storage: 'sessionStorage',
  noun: 'key',
  browser: true,
  triggers: ['react-hook-form-persist'],
  sinks: [
    {
      kind: 'call',
      callee: importedFrom('react-hook-form-persist', 'default'),
      name: { argument: 0 },
      storage: { argument: 1, optionKey: 'storage', choices: WEB_STORAGE_CHOICES, default: 'sessionStorage' },
    },
  ],
};
