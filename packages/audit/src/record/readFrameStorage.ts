import type { Frame } from 'playwright-core';

/** The Web Storage keys and IndexedDB databases of one frame's origin. */
export interface FrameStorage {
  /** The origin's host. */
  readonly host: string;
  readonly items: readonly { readonly storage: 'localStorage' | 'sessionStorage' | 'indexedDB'; readonly name: string }[];
}

/** Runs in the frame: its host, its storage keys and its databases; storage a frame may not touch reads as empty. */
const READ_STORAGE = `(async () => {
  const keys = (name) => { try { return Object.keys(globalThis[name] || {}); } catch { return []; } };
  let databases = [];
  try { databases = (await indexedDB.databases()).map((database) => database.name).filter(Boolean); } catch { /* no IndexedDB here */ }
  return { host: location.hostname, local: keys('localStorage'), session: keys('sessionStorage'), databases };
})()`;

/** What `frame` stores; undefined for a frame without an http(s) origin or one that went away. */
export async function readFrameStorage(frame: Frame): Promise<FrameStorage | undefined> {
  if (!/^https?:/.test(frame.url())) return undefined;
  try {
    const read = (await frame.evaluate(READ_STORAGE)) as { host: string; local: string[]; session: string[]; databases: string[] };
    return {
      host: read.host,
      items: [
        ...read.local.map((name) => ({ storage: 'localStorage' as const, name })),
        ...read.session.map((name) => ({ storage: 'sessionStorage' as const, name })),
        ...read.databases.map((name) => ({ storage: 'indexedDB' as const, name })),
      ],
    };
  } catch {
    return undefined; // detached or navigating while read
  }
}
