// The banner configs `cookie-ledger docs --format <consent manager>` generates, loaded into the
// real consent managers from npm: vanilla-cookieconsent, Klaro and tarteaucitron in Chromium,
// c15t (headless) in Node. Each must accept its config, show every declared item it can, and
// clear what needs consent when the visitor refuses; the runtime's bridges follow their events.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { allConsentNames, clearConsentRuntimeCache, getOrCreateConsentRuntime, type AllConsentNames } from 'c15t';
import { afterEach, describe, expect, it } from 'vitest';
import { consentPolicy } from '../packages/docgen/src/consent/consent.fixture.js';
import { renderConsentConfig } from '../packages/docgen/src/consent/renderConsentConfig.js';
import type { ConsentTarget } from '../packages/docgen/src/consent/types.js';
import { bundleForBrowser, pageWithScripts, useBrowser } from './helpers/chromiumPage.js';
import { createScratch, root } from './helpers/cookieLedger.js';

const fixture = useBrowser();
const scratch = createScratch('consent-configs');
const modules = join(root, 'node_modules');
const fixtureFile = join(root, 'packages/docgen/src/consent/consent.fixture.ts');
let context: BrowserContext | undefined;

afterEach(async () => {
  await context?.close();
});

/** Writes the generated config of `target` as a module file and returns its path. */
function writeConfig(target: ConsentTarget, output: 'json' | 'module'): string {
  const file = join(scratch, `${target}.${output === 'json' ? 'json' : 'mjs'}`);
  mkdirSync(scratch, { recursive: true });
  writeFileSync(file, renderConsentConfig(consentPolicy, { target, output }).text);
  return file;
}

/** Serves a page running `app` (bundled with the jar, its bridges and the consent managers) after `scripts`, and opens it. */
async function openPage(app: string, extra: Record<string, string> = {}, before: string[] = []): Promise<Page> {
  const bundle = await bundleForBrowser(app, join(root, 'packages/runtime/src'), [modules]);
  fixture.serve({ '/index.html': pageWithScripts(...before, '/app.js'), '/app.js': bundle, ...extra });
  context = await fixture.browser().newContext();
  const page = await context.newPage();
  await page.goto(fixture.origin());
  return page;
}

async function cookieNames(): Promise<string[]> {
  return (await context!.cookies()).map((cookie) => cookie.name).sort();
}

/** Cookies that every gated cookie declaration of the fixture covers (`ad.seen` lives under /shop, out of this page's reach). */
const GATED_COOKIES = ['_ga=1', '_ga_ABC=1', 'search_hist=1', '_pk_id.1.ab=1'];

describe('vanilla-cookieconsent 3 with the generated config (module)', () => {
  it('accepts it, lists every declared item in its cookie tables, clears the gated cookies on refusal; the bridge writes the jar’s queued cookie on acceptance', async () => {
    const config = writeConfig('vanilla-cookieconsent', 'module');
    const page = await openPage(
      `import * as CookieConsent from 'vanilla-cookieconsent';
       import config from ${JSON.stringify(config)};
       import { createCookieJar } from '@cookie-ledger/runtime';
       import { connectVanillaCookieConsent } from '@cookie-ledger/runtime/vanilla-cookieconsent';
       import { consentPolicy } from ${JSON.stringify(fixtureFile)};
       window.jar = createCookieJar(consentPolicy, { withoutConsent: 'queue' });
       window.disconnect = connectVanillaCookieConsent(window.jar, CookieConsent);
       window.CookieConsent = CookieConsent;
       // A driven browser says it is a bot (navigator.webdriver), which the banner hides from by default.
       window.ready = CookieConsent.run({ ...config, hideFromBots: false });`,
    );
    await page.evaluate('window.ready');
    expect(await page.locator('#cc-main .cm__title').textContent()).toBe('We use cookies');

    expect(await page.evaluate(`window.jar.set('_ga', 'queued')`)).toBe(false);
    await page.locator('#cc-main .cm__btn[data-role="all"]').click();
    expect((await context!.cookies()).find((cookie) => cookie.name === '_ga')?.value).toBe('queued');

    await page.evaluate(`window.CookieConsent.showPreferences()`);
    const names = await page.locator('#cc-main .pm__table-body .pm__table-tr .pm__table-td:first-child').allTextContents();
    expect(names).toHaveLength(consentPolicy.cookies.length);
    expect(names).toEqual(expect.arrayContaining(['sessionid', 'cc_cookie', '_ga', 'any cookie starting with _ga_', 'any local storage key starting with draft:', 'tour-step', 'layout']));

    await page.evaluate(GATED_COOKIES.map((cookie) => `document.cookie = '${cookie}; path=/'`).join(';') + `; document.cookie = 'layout=grid; path=/'`);
    // The bridge is off, so what goes is what vanilla-cookieconsent's autoClear removes by itself.
    await page.evaluate('window.disconnect()');
    await page.locator('#cc-main .pm__btn[data-role="necessary"]').click();
    expect(await cookieNames()).toEqual(['cc_cookie', 'layout']);
  });
});

describe('Klaro 0.7 with the generated config (JSON)', () => {
  it('accepts it, shows every service and purpose, deletes the gated cookies when consent is declined; the bridge follows saved choices', async () => {
    const config = writeConfig('klaro', 'json');
    const page = await openPage(
      `import * as klaro from 'klaro';
       import generated from ${JSON.stringify(config)};
       import { createCookieJar } from '@cookie-ledger/runtime';
       import { connectKlaro } from '@cookie-ledger/runtime/klaro';
       import { consentPolicy } from ${JSON.stringify(fixtureFile)};
       const config = { ...generated, elementID: 'klaro', lang: 'en' };
       window.jar = createCookieJar(consentPolicy);
       window.manager = klaro.getManager(config);
       window.disconnect = connectKlaro(window.jar, window.manager);
       klaro.setup(config);
       window.showModal = () => klaro.show(config, true);`,
    );
    await page.evaluate('window.showModal()');
    // Klaro groups services under their purpose, collapsed: their titles are in the modal, not all shown.
    const modal = (await page.locator('#klaro').textContent()) ?? '';
    for (const title of ['Acme', 'Google', 'Matomo', 'AdCo', 'Necessary', 'Preferences', 'Statistics', 'Marketing']) expect(modal).toContain(title);

    await page.evaluate('window.manager.changeAll(true); window.manager.saveAndApplyConsents()');
    expect(await page.evaluate('window.jar.consent.get()')).toEqual({ necessary: true, preferences: true, statistics: true, marketing: true });

    await page.evaluate(GATED_COOKIES.map((cookie) => `document.cookie = '${cookie}; path=/'`).join(';') + `; document.cookie = 'layout=grid; path=/'`);
    // The bridge is off, so what goes is what Klaro deletes by itself.
    await page.evaluate('window.disconnect(); window.manager.changeAll(false); window.manager.saveAndApplyConsents()');
    expect(await cookieNames()).toEqual(['klaro', 'layout']);
  });
});

describe('tarteaucitron.js with the generated config (module)', () => {
  it('accepts it, lists a line per gated service with its cookie names, and purges them when the visitor denies all', async () => {
    const config = writeConfig('tarteaucitron', 'module');
    const folder = join(modules, 'tarteaucitronjs');
    const served = Object.fromEntries(
      ['tarteaucitron.js', 'tarteaucitron.services.js', 'lang/tarteaucitron.en.js', 'css/tarteaucitron.css'].map((file) => [`/tarteaucitron/${file}`, readFileSync(join(folder, file), 'utf8')]),
    );
    const page = await openPage(
      `import config, { addServices } from ${JSON.stringify(config)};
       window.tarteaucitronForceLanguage = 'en';
       tarteaucitron.init({ privacyUrl: '', hashtag: '#tarteaucitron', cookieName: 'tarteaucitron', orientation: 'middle', highPrivacy: true, AcceptAllCta: true, DenyAllCta: true, handleBrowserDNTRequest: false, mandatory: true, cookieslist: true });
       addServices(tarteaucitron);
       window.config = config;`,
      served,
      ['/tarteaucitron/tarteaucitron.js'],
    );
    await page.waitForSelector('#tarteaucitronRoot #google_statisticsLine', { state: 'attached' });
    for (const key of ['google_statistics', 'acme_preferences', 'matomo_statistics', 'adco_marketing']) {
      expect(await page.locator(`#${key}Line`).count()).toBe(1);
    }
    expect(await page.evaluate('tarteaucitron.services.google_statistics.cookies')).toEqual(['_ga']);
    expect(await page.evaluate('tarteaucitron.services.acme_necessary.cookies')).toEqual(['sessionid', 'cc_cookie']);

    await page.evaluate('tarteaucitron.userInterface.respondAll(true)');
    await page.evaluate(GATED_COOKIES.map((cookie) => `document.cookie = '${cookie}; path=/'`).join(';'));
    expect(await cookieNames()).toContain('_ga');
    await page.evaluate('tarteaucitron.userInterface.respondAll(false)');
    const left = await cookieNames();
    expect(left).not.toContain('_ga');
    // Patterns are left out of tarteaucitron's config (with a warning): they stay.
    expect(left).toEqual(expect.arrayContaining(['_ga_ABC', '_pk_id.1.ab', 'search_hist', 'tarteaucitron']));
  });
});

describe('c15t with the generated config (JSON)', () => {
  it('accepts its categories, and names only optional c15t categories in clearOnRevocation', () => {
    const config = JSON.parse(readFileSync(writeConfig('c15t', 'json'), 'utf8')) as { consentCategories: AllConsentNames[]; clearOnRevocation: Record<string, unknown> };
    clearConsentRuntimeCache();
    const { consentStore } = getOrCreateConsentRuntime({ mode: 'offline', consentCategories: config.consentCategories });
    expect(consentStore.getState().consentCategories).toEqual(['necessary', 'measurement', 'functionality', 'marketing']);
    // c15t 2.2 (the newest on npm) has no clearOnRevocation yet (it is in c15t 3's pre-releases,
    // not published): its keys are checked against c15t's own category list.
    const optional = (allConsentNames as readonly string[]).filter((name) => name !== 'necessary');
    expect(Object.keys(config.clearOnRevocation).every((category) => optional.includes(category))).toBe(true);
    expect(config.clearOnRevocation).toEqual({
      measurement: { cookies: ['_ga', '_ga_*'] },
      functionality: { localStorage: ['draft:*'], sessionStorage: ['tour-step'] },
      marketing: { cookies: [{ name: 'ad.seen', path: '/shop' }] },
    });
  });
});
