// @cookie-ledger/runtime's jar in real Chromium: the app's bundle (esbuild, as users build it)
// writes through the jar; what the browser keeps is read back from the browser itself.
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bundleForBrowser, pageWithScripts, useBrowser } from './helpers/chromiumPage.js';
import { root } from './helpers/cookieLedger.js';

const fixture = useBrowser();
let context: BrowserContext | undefined;

beforeAll(async () => {
  const app = await bundleForBrowser(
    `import { createCookieJar } from '@cookie-ledger/runtime';
     import { policy } from './policy.fixture.ts';
     const mode = new URLSearchParams(location.search).get('mode') ?? undefined;
     window.jar = createCookieJar(policy, { withoutConsent: mode });`,
    join(root, 'packages/runtime/src'),
  );
  fixture.serve({ '/index.html': pageWithScripts('/app.js'), '/app.js': app });
});

afterEach(async () => {
  await context?.close();
});

/** A fresh profile's page with the app loaded (`mode`: the jar's `withoutConsent`). */
async function openApp(mode?: string): Promise<Page> {
  context = await fixture.browser().newContext();
  const page = await context.newPage();
  await page.goto(`${fixture.origin()}/${mode ? `?mode=${mode}` : ''}`);
  return page;
}

/** Runs `code` in the page, where `jar` is the app's jar. */
function inPage<T>(page: Page, code: string): Promise<T> {
  return page.evaluate(`(() => { const jar = window.jar; return ${code}; })()`) as Promise<T>;
}

async function browserCookie(name: string) {
  return (await context!.cookies()).find((cookie) => cookie.name === name);
}

describe('the jar in Chromium', () => {
  it('does not write a cookie before consent, writes it with the declared Max-Age and attributes after, and removes it on withdrawal', async () => {
    const page = await openApp();
    expect(await inPage(page, `jar.set('catalog-view', 'grid')`)).toBe(false);
    expect(await browserCookie('catalog-view')).toBeUndefined();

    await inPage(page, `jar.consent.update({ preferences: true })`);
    const before = Date.now() / 1000;
    expect(await inPage(page, `jar.set('catalog-view', 'grid')`)).toBe(true);
    const cookie = await browserCookie('catalog-view');
    expect(cookie).toMatchObject({ value: 'grid', path: '/', secure: true, sameSite: 'Strict', httpOnly: false });
    // Declared { days: 30 }: the browser's expiry is 30 days after the write.
    expect(cookie!.expires - before).toBeGreaterThan(30 * 86_400 - 60);
    expect(cookie!.expires - before).toBeLessThan(30 * 86_400 + 60);
    expect(await inPage(page, `jar.get('catalog-view')`)).toBe('grid');

    await inPage(page, `jar.consent.update({ preferences: false })`);
    expect(await browserCookie('catalog-view')).toBeUndefined();
  });

  it('gates localStorage keys the same way, and withdrawal removes every key a pattern covers', async () => {
    const page = await openApp();
    expect(await inPage(page, `jar.set('draft:1', 'hello')`)).toBe(false);
    expect(await inPage(page, `localStorage.getItem('draft:1')`)).toBeNull();

    await inPage(page, `jar.consent.update({ preferences: true })`);
    expect(await inPage(page, `jar.set('draft:1', 'hello')`)).toBe(true);
    await inPage(page, `localStorage.setItem('draft:2', 'written by other code')`);
    await inPage(page, `localStorage.setItem('unrelated', 'kept')`);
    expect(await inPage(page, `jar.get('draft:1')`)).toBe('hello');

    await inPage(page, `jar.consent.update({ preferences: false })`);
    expect(await inPage(page, `[localStorage.getItem('draft:1'), localStorage.getItem('draft:2'), localStorage.getItem('unrelated')]`)).toEqual([null, null, 'kept']);
  });

  it('removes cookies other scripts set under a withdrawn category: prefix patterns and RegExp declarations', async () => {
    const page = await openApp();
    await inPage(page, `jar.consent.update({ statistics: true, marketing: true })`);
    await inPage(page, `(document.cookie = '_ga_ABC=GA1; path=/; max-age=1000', document.cookie = '_fbp=fb.1; path=/; max-age=1000', document.cookie = 'other=1; path=/')`);
    await inPage(page, `jar.consent.update({ statistics: false })`);
    expect((await context!.cookies()).map((cookie) => cookie.name).sort()).toEqual(['_fbp', 'other']);
    await inPage(page, `jar.consent.update({ marketing: false })`);
    expect((await context!.cookies()).map((cookie) => cookie.name)).toEqual(['other']);
  });

  it('writes necessary items without consent, and refuses to set an httpOnly cookie from the page', async () => {
    const page = await openApp();
    expect(await inPage(page, `jar.set('django_language', 'fr')`)).toBe(true);
    expect(await inPage(page, `jar.set('tab-id', '7')`)).toBe(true);
    expect(await inPage(page, `sessionStorage.getItem('tab-id')`)).toBe('7');
    expect((await browserCookie('django_language'))?.value).toBe('fr');
    await expect(inPage(page, `jar.set('sessionid', 'x')`)).rejects.toThrow('"sessionid" is declared httpOnly: a script in the page cannot set it. Set it from the server with serializeCookie.');
  });

  it("queues a gated write until consent arrives with withoutConsent: 'queue'", async () => {
    const page = await openApp('queue');
    expect(await inPage(page, `jar.set('_ga_XYZ', 'first')`)).toBe(false);
    expect(await inPage(page, `jar.set('_ga_XYZ', 'last')`)).toBe(false);
    expect(await browserCookie('_ga_XYZ')).toBeUndefined();
    await inPage(page, `jar.consent.update({ statistics: true })`);
    expect((await browserCookie('_ga_XYZ'))?.value).toBe('last');
  });

  it("throws on a gated write with withoutConsent: 'throw', and on an undeclared name from untyped code", async () => {
    const page = await openApp('throw');
    await expect(inPage(page, `jar.set('catalog-view', 'grid')`)).rejects.toThrow(`"catalog-view" needs the visitor's consent to "preferences", which has not been given`);
    await expect(inPage(page, `jar.set('tracking', '1')`)).rejects.toThrow('"tracking" is not declared in the cookie policy of Acme');
  });

  it('tells subscribers the whole choice after the jar has applied it', async () => {
    const page = await openApp();
    const seen = await inPage(page, `(() => { const seen = []; jar.consent.subscribe((choice) => seen.push({ ...choice })); jar.consent.update({ marketing: true }); return seen; })()`);
    expect(seen).toEqual([{ necessary: true, preferences: false, statistics: false, marketing: true }]);
  });
});
