// One headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core) per test file,
// and a local HTTP server for the pages it opens: cookies need an http(s) origin, not file://.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** What a page server answers: a path (`/app.js`) to a body; `/` gets `/index.html`. */
export type PageFiles = Readonly<Record<string, string>>;

/** The browser and the page server of one test file, started before its tests and stopped after them. */
export interface BrowserFixture {
  readonly browser: () => Browser;
  /** The server's origin, `http://localhost:PORT` (a secure context, so `Secure` cookies are kept). */
  readonly origin: () => string;
  /** Replaces what the server answers. */
  serve(files: PageFiles): void;
}

/** Starts Chromium and a page server in `beforeAll`, stops both in `afterAll`. */
export function useBrowser(): BrowserFixture {
  let browser: Browser | undefined;
  let server: Server | undefined;
  let files: PageFiles = {};
  beforeAll(async () => {
    server = createServer((request, response) => {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      const body = files[path === '/' ? '/index.html' : path];
      if (body === undefined) {
        response.writeHead(404).end();
        return;
      }
      const type = path.endsWith('.js') ? 'text/javascript' : path.endsWith('.css') ? 'text/css' : 'text/html';
      response.writeHead(200, { 'content-type': `${type}; charset=utf-8` }).end(body);
    });
    await new Promise<void>((resolve) => server!.listen(0, 'localhost', resolve));
    try {
      browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
    } catch (error) {
      throw new Error(`Chromium could not be started from ${executablePath}: install it (apt-get install -y chromium) or set CHROMIUM.`, { cause: error });
    }
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });
  return {
    browser: () => browser!,
    origin: () => `http://localhost:${(server!.address() as AddressInfo).port}`,
    serve(next) {
      files = next;
    },
  };
}

/**
 * Bundles `source` (an ES module importing workspace packages or files under `resolveDir`) for
 * the browser, as an app would; `nodePaths` are searched for packages `resolveDir` does not see.
 */
export async function bundleForBrowser(source: string, resolveDir: string, nodePaths: readonly string[] = []): Promise<string> {
  const result = await build({ stdin: { contents: source, resolveDir, loader: 'ts' }, bundle: true, format: 'iife', platform: 'browser', write: false, logLevel: 'silent', nodePaths: [...nodePaths] });
  return result.outputFiles[0]!.text;
}

/** A page that loads `scripts` in order. */
export function pageWithScripts(...scripts: string[]): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>test</title></head><body>${scripts.map((src) => `<script src="${src}"></script>`).join('')}</body></html>`;
}
