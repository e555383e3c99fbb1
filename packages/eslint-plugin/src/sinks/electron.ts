import { anyOf, anyValue, callOf, importedFrom, memberOf } from './shapes.js';
import type { SinkFamily } from './types.js';

const session = importedFrom('electron', 'session');
// The app's sessions: the default one, one of a partition, a window's.
const SESSIONS = anyOf([memberOf(session, 'defaultSession'), callOf(memberOf(session, 'fromPartition')), memberOf(memberOf(anyValue, 'webContents'), 'session')]);

/**
 * Electron's main process: `session.defaultSession.cookies.set({ url, name, value })` (also a
 * partition's session and a window's `webContents.session`) puts a cookie in the cookie store of
 * the app's own pages, as a response would.
 */
export const electron: SinkFamily = {
  id: 'electron',
  description: "Electron (`session.defaultSession.cookies.set({ name })`, a partition's or a window's session)",
  triggers: ['electron'],
  sinks: [{ kind: 'call', callee: memberOf(memberOf(SESSIONS, 'cookies'), 'set'), name: { argument: 0, objectKey: 'name' } }],
};
