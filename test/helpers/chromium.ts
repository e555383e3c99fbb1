// Drives Debian's Chromium (/usr/bin/chromium, or $CHROMIUM) through the DevTools protocol
// over a pipe (--remote-debugging-pipe: JSON messages ended by NUL on file descriptors 3 and 4),
// so a test can set an exact viewport, run script in the page and take screenshots without a
// browser driver package and without downloading a browser.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';

const executable = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** Flags that work in a container without a display, a sandbox or network. */
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--hide-scrollbars', '--remote-debugging-pipe'];

interface Message {
  id?: number;
  method?: string;
  sessionId?: string;
  params?: Record<string, unknown>;
  result?: Record<string, unknown>;
  error?: { message: string };
}

/** A page viewport: CSS pixels, and whether it is a phone's (mobile emulation honours `<meta name="viewport">`). */
export interface Viewport {
  readonly width: number;
  readonly height: number;
  readonly mobile: boolean;
}

/** One headless Chromium; open pages with {@link Chromium.open}, and {@link Chromium.close} it once. */
export class Chromium {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (result: Record<string, unknown>) => void; reject: (error: Error) => void }>();
  private readonly listeners = new Set<(message: Message) => void>();

  private constructor(
    private readonly child: ChildProcess,
    private readonly profile: string,
  ) {
    let buffer = '';
    (child.stdio[4] as Readable).setEncoding('utf8').on('data', (chunk: string) => {
      buffer += chunk;
      for (let end = buffer.indexOf('\0'); end >= 0; end = buffer.indexOf('\0')) {
        this.dispatch(JSON.parse(buffer.slice(0, end)) as Message);
        buffer = buffer.slice(end + 1);
      }
    });
  }

  /** Starts Chromium with a throw-away profile. */
  static async launch(): Promise<Chromium> {
    const profile = mkdtempSync(join(tmpdir(), 'cookie-ledger-chromium-'));
    const child = spawn(executable, [...FLAGS, `--user-data-dir=${profile}`, 'about:blank'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] });
    await new Promise<void>((resolve, reject) => {
      child.once('spawn', resolve);
      child.once('error', (error) => reject(new Error(`Chromium cannot start from ${executable}: install it (apt-get install -y chromium) or set CHROMIUM.`, { cause: error })));
    });
    return new Chromium(child, profile);
  }

  /** Opens `url` in a new tab with this viewport, and resolves once the page has loaded. */
  async open(url: string, viewport: Viewport): Promise<Page> {
    const { targetId } = await this.send('Target.createTarget', { url: 'about:blank' });
    const { sessionId } = await this.send('Target.attachToTarget', { targetId, flatten: true });
    const page = new Page(this, sessionId as string);
    await page.send('Page.enable');
    await page.send('Emulation.setDeviceMetricsOverride', { width: viewport.width, height: viewport.height, deviceScaleFactor: 1, mobile: viewport.mobile });
    const loaded = this.waitFor('Page.loadEventFired', sessionId as string);
    await page.send('Page.navigate', { url });
    await loaded;
    return page;
  }

  /** Closes the browser and removes its profile. */
  async close(): Promise<void> {
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    await this.send('Browser.close').catch(() => this.child.kill());
    await exited;
    rmSync(this.profile, { recursive: true, force: true });
  }

  /** Sends a protocol command (to a page's session when `sessionId` is given) and resolves with its result. */
  send(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<Record<string, unknown>> {
    const id = this.nextId++;
    (this.child.stdio[3] as Writable).write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
    return new Promise((resolve, reject) => this.pending.set(id, { resolve, reject }));
  }

  private waitFor(method: string, sessionId: string): Promise<void> {
    return new Promise((resolve) => {
      const listener = (message: Message) => {
        if (message.method !== method || message.sessionId !== sessionId) return;
        this.listeners.delete(listener);
        resolve();
      };
      this.listeners.add(listener);
    });
  }

  private dispatch(message: Message): void {
    if (message.id === undefined) {
      for (const listener of [...this.listeners]) listener(message);
      return;
    }
    const waiting = this.pending.get(message.id);
    this.pending.delete(message.id);
    if (message.error) waiting?.reject(new Error(message.error.message));
    else waiting?.resolve(message.result ?? {});
  }
}

/** A loaded tab. */
export class Page {
  constructor(
    private readonly browser: Chromium,
    private readonly sessionId: string,
  ) {}

  send(method: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
    return this.browser.send(method, params, this.sessionId);
  }

  /** Runs a function in the page and returns its (JSON-serialisable) result. */
  async evaluate<T>(pageFunction: () => T): Promise<T> {
    const { result, exceptionDetails } = await this.send('Runtime.evaluate', { expression: `(${pageFunction.toString()})()`, returnByValue: true });
    if (exceptionDetails) throw new Error(`The page function threw: ${JSON.stringify(exceptionDetails)}`);
    return (result as { value: T }).value;
  }

  /** A PNG of the viewport. */
  async screenshot(): Promise<Buffer> {
    const { data } = await this.send('Page.captureScreenshot', { format: 'png' });
    return Buffer.from(data as string, 'base64');
  }

  /** A PNG of the whole page, as tall as its content. */
  async fullPageScreenshot(): Promise<Buffer> {
    const { data } = await this.send('Page.captureScreenshot', { format: 'png', captureBeyondViewport: true });
    return Buffer.from(data as string, 'base64');
  }
}
