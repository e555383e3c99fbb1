import { globalValue, memberOf } from './shapes.js';
import type { SinkFamily } from './types.js';

const webStorage = (name: 'localStorage' | 'sessionStorage'): SinkFamily => ({
  id: name,
  description: `\`${name}\` (\`setItem\`, \`${name}.key = v\`, \`${name}[key] = v\`; also through \`window\`, \`globalThis\`, \`self\` and variables)`,
  storage: name,
  // `setItem` too: a storage returned by a helper is written in files that never name it.
  triggers: [name],
  sinks: [
    { kind: 'call', callee: memberOf(globalValue(name), 'setItem'), name: { argument: 0 }, copiesRead: 1 },
    { kind: 'keyAssignment', object: globalValue(name) },
  ],
});

/** Web Storage: `localStorage.setItem(key, value)` and property or index assignment. */
export const localStorageFamily = webStorage('localStorage');

/** Web Storage: `sessionStorage.setItem(key, value)` and property or index assignment. */
export const sessionStorageFamily = webStorage('sessionStorage');
