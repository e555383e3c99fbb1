import { anyOf, importedFrom } from './shapes.js';
import type { ConfigSink, SinkFamily } from './types.js';

const MODULE = 'emoji-picker-element';

// `new Picker({ locale })` from the package or from its `picker.js` entry (a default export); the same for `Database`.
const constructorSink = (name: 'Picker' | 'Database'): ConfigSink => ({
  kind: 'config',
  callee: anyOf([importedFrom(MODULE, name), importedFrom(`${MODULE}/${name.toLowerCase()}.js`, 'default'), importedFrom(`${MODULE}/${name.toLowerCase()}`, 'default')]),
  constructs: true,
  argument: 0,
  nameKeys: ['locale'],
  namePrefix: `${MODULE}-`,
  defaultName: 'en',
});

/**
 * emoji-picker-element: `new Picker({ locale })` and `new Database({ locale })` keep the emoji
 * data in the IndexedDB database `emoji-picker-element-<locale>` (locale `en` by default).
 * The `<emoji-picker>` custom element written in markup is not read.
 */
export const emojiPickerElement: SinkFamily = {
  id: MODULE,
  description: 'emoji-picker-element (`new Picker({ locale })`, `new Database({ locale })`: IndexedDB `emoji-picker-element-<locale>`, default `en`)',
  storage: 'indexedDB',
  noun: 'database name',
  browser: true,
  triggers: [MODULE],
  sinks: [constructorSink('Picker'), constructorSink('Database')],
};
