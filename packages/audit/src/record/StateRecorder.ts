import type { SameSite, StorageKind } from '@cookie-ledger/core';
import type { SeenItem } from '../types.js';
import type { BrowserContext, CDPSession, Page, Response } from 'playwright-core';
import { parseSetCookie } from './parseSetCookie.js';
import { siteOf } from './siteOf.js';
import { WRITE_BINDING, WRITE_HOOK_SCRIPT, type PageWrite } from './writeHookScript.js';
import { readFrameStorage } from './readFrameStorage.js';

/** One item as one state saw it, before the states are joined: `url` is the page it was first seen on. */
export type StoredItem = Omit<SeenItem, 'states' | 'pages' | 'declaration' | 'declarationIndex'>;

/** A write seen as it happened: the script or response behind it, and the page it happened on. */
interface Write {
  readonly initiator: string;
  readonly page?: string;
}

/**
 * The top-level page a response was loaded for: the response itself when it is a page's
 * document (the tab still shows the page before it), else the tab's page; undefined for a
 * service worker's.
 */
function pageOf(response: Response): string | undefined {
  try {
    const frame = response.frame();
    const page = frame.page();
    return response.request().isNavigationRequest() && frame === page.mainFrame() ? response.url() : page.url();
  } catch {
    return undefined;
  }
}

/** The fields of CDP's `Network.Cookie` the audit reads. */
interface CdpCookie {
  name: string;
  domain: string;
  path: string;
  expires: number;
  session: boolean;
  httpOnly: boolean;
  secure: boolean;
  sameSite?: 'Strict' | 'Lax' | 'None';
  partitionKey?: unknown;
}

/**
 * Records what one browser context stores: every write the pages make (with the script behind
 * it) and every `Set-Cookie` response, as they happen; and, after each page, the cookie jar
 * through the DevTools protocol (HttpOnly cookies too) and each frame's Web Storage and
 * IndexedDB databases.
 */
export class StateRecorder {
  /** Who wrote what: `storage name host` to the first write seen, with the page it was made on. */
  private readonly initiators = new Map<string, Write>();
  private readonly items = new Map<string, StoredItem>();

  private constructor(private readonly context: BrowserContext) {}

  /** Starts recording in `context`, before any page of it loads. */
  static async attach(context: BrowserContext): Promise<StateRecorder> {
    const recorder = new StateRecorder(context);
    await context.exposeBinding(WRITE_BINDING, ({ frame, page }, write: PageWrite) => recorder.noteWrite(write, frame.url(), page.url()));
    await context.addInitScript(WRITE_HOOK_SCRIPT);
    context.on('response', (response) => {
      void response.headersArray().then(
        (headers) => {
          for (const header of headers) {
            if (header.name.toLowerCase() !== 'set-cookie') continue;
            const cookie = parseSetCookie(header.value);
            const host = new URL(response.url()).hostname;
            if (cookie) recorder.noteInitiator('cookie', cookie.name, cookie.domain ?? host, { initiator: response.url(), page: pageOf(response) });
          }
        },
        () => undefined, // the page navigated away before the headers were read
      );
    });
    return recorder;
  }

  /** Reads what the context holds now and keeps what is new, as seen on `page`. */
  async snapshot(page: Page, cdp: CDPSession): Promise<void> {
    const url = page.url();
    const pageSite = siteOf(new URL(url).hostname);
    const { cookies } = (await cdp.send('Network.getAllCookies')) as { cookies: CdpCookie[] };
    const now = Date.now() / 1000;
    for (const cookie of cookies) {
      const persistent = !cookie.session && cookie.expires > 0;
      this.keep(`cookie\0${cookie.name}\0${cookie.domain}\0${cookie.path}`, {
        name: cookie.name,
        storage: 'cookie',
        domain: cookie.domain,
        path: cookie.path,
        httpOnly: cookie.httpOnly,
        secure: cookie.secure,
        ...(cookie.sameSite === undefined ? {} : { sameSite: cookie.sameSite.toLowerCase() as SameSite }),
        partitioned: cookie.partitionKey !== undefined,
        expires: persistent ? Math.round(cookie.expires) : null,
        lifetime: persistent ? Math.max(0, Math.round(cookie.expires - now)) : null,
        thirdParty: siteOf(cookie.domain) !== pageSite,
        ...this.initiatorOf('cookie', cookie.name, cookie.domain, url),
      });
    }
    for (const frame of page.frames()) {
      const stored = await readFrameStorage(frame);
      if (!stored) continue;
      for (const { storage, name } of stored.items) {
        this.keep(`${storage}\0${name}\0${stored.host}`, {
          name,
          storage,
          domain: stored.host,
          thirdParty: siteOf(stored.host) !== pageSite,
          ...this.initiatorOf(storage, name, stored.host, url),
        });
      }
    }
  }

  /** Everything recorded, in the order first seen. */
  list(): StoredItem[] {
    return [...this.items.values()];
  }

  /** Closes the context; the recorder keeps what it saw. */
  async close(): Promise<void> {
    await this.context.close();
  }

  private noteWrite(write: PageWrite, frameUrl: string, pageUrl: string): void {
    const host = URL.canParse(frameUrl) ? new URL(frameUrl).hostname : '';
    this.noteInitiator(write.storage, write.name, host, { initiator: write.initiator, page: pageUrl });
  }

  private noteInitiator(storage: StorageKind, name: string, host: string, write: Write): void {
    const key = `${storage}\0${name}\0${host.replace(/^\./, '')}`;
    if (!this.initiators.has(key)) this.initiators.set(key, write);
  }

  /**
   * The initiator of an item (a write from its own host, else from a host the cookie's domain
   * covers) and the page it was written on, which is where it was first seen even when another
   * tab read the stores first; else the page being read.
   */
  private initiatorOf(storage: StorageKind, name: string, domain: string, readOn: string): { initiator?: string; url: string } {
    const write = this.findWrite(storage, name, domain);
    if (write === undefined) return { url: readOn };
    return { initiator: write.initiator, url: write.page ?? readOn };
  }

  private findWrite(storage: StorageKind, name: string, domain: string): Write | undefined {
    const bare = domain.replace(/^\./, '');
    const exact = this.initiators.get(`${storage}\0${name}\0${bare}`);
    if (exact !== undefined || storage !== 'cookie' || !domain.startsWith('.')) return exact;
    for (const [key, write] of this.initiators) {
      const [keyStorage, keyName, host = ''] = key.split('\0');
      if (keyStorage === storage && keyName === name && (host === bare || host.endsWith(`.${bare}`))) return write;
    }
    return undefined;
  }

  private keep(key: string, item: StoredItem): void {
    const known = this.items.get(key);
    // An initiator can arrive after the first snapshot (a late response's headers).
    if (!known) this.items.set(key, item);
    else if (known.initiator === undefined && item.initiator !== undefined) this.items.set(key, { ...known, initiator: item.initiator });
  }
}
