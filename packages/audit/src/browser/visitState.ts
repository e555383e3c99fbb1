import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AuditError } from '../AuditError.js';
import { type StoredItem, StateRecorder } from '../record/StateRecorder.js';
import type { AuditState } from '../types.js';
import { findLinks } from './findLinks.js';

/** How the visitor gives (or refuses) consent in a state: a click on a control, or a consent cookie set beforehand. */
export type ConsentAction = { readonly click: string } | { readonly cookie: { readonly name: string; readonly value: string } };

/** How one state is visited. */
export interface VisitPlan {
  readonly urls: readonly string[];
  readonly maxPages: number;
  /** Pages loaded at once, each in its own tab of the state's context (the first page always alone). */
  readonly concurrency: number;
  /** Milliseconds to wait after each load (and after the consent click) for late tags. */
  readonly wait: number;
  /** Cookies set in the context before the first page, in every state (a bot-wall pass, a preset choice). */
  readonly cookies: readonly { readonly name: string; readonly value: string }[];
  /** Called after each page with the number of pages visited. */
  readonly onPage?: (state: AuditState, visited: number, maxPages: number) => void;
}

/** What one state saw. */
export interface StateVisit {
  readonly items: readonly StoredItem[];
  readonly pages: readonly string[];
  readonly failed: readonly { readonly url: string; readonly error: string }[];
}

/** How long a page may take to load before it counts as failed. */
const NAVIGATION_TIMEOUT_MS = 30_000;
/** How long the consent control may take to appear. */
const CONSENT_TIMEOUT_MS = 5_000;

/**
 * Visits the plan's URLs, then same-origin links found on them, breadth first, up to
 * `maxPages`, in a fresh context, giving `consent` on the first page, then `concurrency` pages
 * at a time; records what is stored. `pages` lists the pages in the order they were started.
 * A start URL that does not load, or a consent control that never appears, is an {@link AuditError}.
 */
export async function visitState(browser: Browser, plan: VisitPlan, state: AuditState, consent: ConsentAction | undefined): Promise<StateVisit> {
  const context = await browser.newContext();
  const recorder = await StateRecorder.attach(context);
  try {
    const first = plan.urls[0]!;
    const preset = [...plan.cookies, ...(consent && 'cookie' in consent ? [consent.cookie] : [])];
    if (preset.length > 0) await context.addCookies(preset.map(({ name, value }) => ({ name, value, url: first })));
    const tabs: Page[] = [];
    const cdp = await context.newCDPSession(await openTab(context, tabs));
    const origins = new Set(plan.urls.map((url) => new URL(url).origin));
    const queue = [...plan.urls];
    const queued = new Set(queue);
    const pages: string[] = [];
    const failed: { url: string; error: string }[] = [];
    let finished = 0;
    /** Loads one page in `tab`, records it and queues its links; a page that does not load is noted as failed. */
    const visit = async (tab: Page, url: string): Promise<void> => {
      const error = await load(tab, url, plan.wait);
      if (error !== undefined) {
        if (plan.urls.includes(url)) throw new AuditError(`Cannot load ${url}: ${error}`);
        pages.splice(pages.indexOf(url), 1);
        failed.push({ url, error });
        finished += 1;
        return;
      }
      if (url === pages[0] && consent && 'click' in consent) await giveConsent(tab, consent.click, state, plan.wait);
      await recorder.snapshot(tab, cdp);
      finished += 1;
      plan.onPage?.(state, finished - failed.length, plan.maxPages);
      for (const link of await findLinks(tab, origins)) {
        if (!queued.has(link)) {
          queued.add(link);
          queue.push(link);
        }
      }
    };
    // The first page alone (consent is given there), then up to `concurrency` tabs at once.
    const inFlight = new Map<Promise<void>, Page>();
    let fatal: unknown;
    while (fatal === undefined) {
      const width = finished === 0 ? 1 : plan.concurrency;
      if (queue.length > 0 && inFlight.size < width && pages.length < plan.maxPages) {
        const url = queue.shift()!;
        pages.push(url);
        const tab = tabs.find((candidate) => ![...inFlight.values()].includes(candidate)) ?? (await openTab(context, tabs));
        const job: Promise<void> = visit(tab, url).then(
          () => void inFlight.delete(job),
          (error: unknown) => void ((fatal ??= error), inFlight.delete(job)),
        );
        inFlight.set(job, tab);
        continue;
      }
      if (inFlight.size === 0) break;
      await Promise.race(inFlight.keys());
    }
    await Promise.all(inFlight.keys());
    if (fatal !== undefined) throw fatal;
    return { items: recorder.list(), pages, failed };
  } finally {
    await recorder.close();
  }
}

async function openTab(context: BrowserContext, tabs: Page[]): Promise<Page> {
  const tab = await context.newPage();
  tabs.push(tab);
  return tab;
}

/** Loads `url` and waits for late tags; the browser's one-line error when it does not load. */
async function load(page: Page, url: string, wait: number): Promise<string | undefined> {
  try {
    await page.goto(url, { waitUntil: 'load', timeout: NAVIGATION_TIMEOUT_MS });
  } catch (error) {
    return (error as Error).message.split('\n')[0]!.replace(/^page\.goto: /, '');
  }
  await page.waitForTimeout(wait);
  return undefined;
}

async function giveConsent(page: Page, selector: string, state: AuditState, wait: number): Promise<void> {
  const option = state === 'after-accept' ? '--accept' : '--reject';
  try {
    await page.locator(selector).first().click({ timeout: CONSENT_TIMEOUT_MS });
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0];
    throw new AuditError(`${option} "${selector}" could not be clicked on ${page.url()} within ${CONSENT_TIMEOUT_MS / 1000} s (${reason}). Check the selector against the banner's markup.`, { cause: error });
  }
  // The click may navigate (a reload that applies the choice): let it finish, then wait for the tags it allows.
  await page.waitForLoadState('load').catch(() => undefined);
  await page.waitForTimeout(wait);
}
