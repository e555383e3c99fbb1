// The example's generated HTML page, opened in headless Chromium (Debian's /usr/bin/chromium;
// .ci/run installs it) at a phone's and a desktop's size: nothing is wider than the viewport,
// every cell's text is visible, and screenshots are kept in test-artifacts/docgen/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chromium, type Viewport } from './helpers/chromium.js';
import { cookieLedger, createScratch, example, root } from './helpers/cookieLedger.js';

const generated = join(example, 'generated');
const artifacts = join(root, 'test-artifacts/docgen');

const PHONE: Viewport = { width: 390, height: 844, mobile: true };
const DESKTOP: Viewport = { width: 1280, height: 900, mobile: false };

let chromium: Chromium;
beforeAll(async () => {
  chromium = await Chromium.launch();
});
afterAll(async () => {
  await chromium?.close();
});

/** What the page looks like to its reader, measured in the browser. */
interface Layout {
  viewportWidth: number;
  scrollWidth: number;
  /** Elements that stick out of the viewport on either side. */
  overflowing: string[];
  headers: { text: string; shown: boolean }[];
  cells: { column: string; text: string; label: string; shown: boolean; inViewport: boolean; clipped: boolean }[];
}

function measure(): Layout {
  const viewportWidth = document.documentElement.clientWidth;
  const describe = (element: Element) => `${element.tagName.toLowerCase()}.${element.className}`;
  const isShown = (element: Element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';
  const overflowing = [...document.querySelectorAll('body *')]
    .filter((element) => isShown(element))
    .filter((element) => {
      const box = element.getBoundingClientRect();
      return box.right > viewportWidth + 0.5 || box.left < -0.5;
    })
    .map(describe);
  return {
    viewportWidth,
    scrollWidth: document.documentElement.scrollWidth,
    overflowing,
    headers: [...document.querySelectorAll('th')].map((th) => ({ text: th.textContent ?? '', shown: isShown(th) })),
    cells: [...document.querySelectorAll('td')].map((td) => {
      const box = td.getBoundingClientRect();
      return {
        column: td.className.replace('cookie-policy__', ''),
        text: td.textContent ?? '',
        label: getComputedStyle(td, '::before').content,
        shown: isShown(td),
        inViewport: box.left >= -0.5 && box.right <= viewportWidth + 0.5,
        // Text cut off inside its cell: wider or taller content than the cell shows.
        clipped: td.scrollWidth > td.clientWidth + 1 || td.scrollHeight > td.clientHeight + 1,
      };
    }),
  };
}

describe.each(['en', 'fr'])('the generated HTML page (%s) in Chromium', (locale) => {
  const page = pathToFileURL(join(generated, `cookies-policy.${locale}.html`)).href;

  it('lists every item, with its name, in the document language', async () => {
    const tab = await chromium.open(page, DESKTOP);
    const { lang, names } = await tab.evaluate(() => ({
      lang: document.documentElement.lang,
      names: [...document.querySelectorAll('td.cookie-policy__names')].map((td) => td.textContent),
    }));
    expect(lang).toBe(locale);
    expect(names).toEqual(['sessionid', 'django_language', 'csrftoken', 'cookies_preferences', 'ods-catalog-view']);
  });

  it.each([
    ['a phone', PHONE],
    ['a desktop', DESKTOP],
  ])('reads on %s without sideways scrolling, every cell visible', async (_device, viewport) => {
    const tab = await chromium.open(page, viewport);
    const layout = await tab.evaluate(measure);
    expect(layout.viewportWidth).toBe(viewport.width);
    expect(layout.overflowing).toEqual([]);
    expect(layout.scrollWidth).toBeLessThanOrEqual(viewport.width);
    const filled = layout.cells.filter((cell) => cell.text !== '');
    expect(filled.length).toBeGreaterThanOrEqual(5 * 6);
    expect(filled.filter((cell) => !cell.shown || !cell.inViewport || cell.clipped)).toEqual([]);
    if (viewport === PHONE) {
      // One labelled block per item: the header row is gone, each cell says which column it is.
      expect(layout.headers.filter((header) => header.shown)).toEqual([]);
      expect(filled.filter((cell) => cell.label === 'none' || cell.label === 'normal')).toEqual([]);
    } else {
      expect(layout.headers.every((header) => header.shown)).toBe(true);
      expect(filled.every((cell) => cell.label === 'none' || cell.label === 'normal')).toBe(true);
    }
    mkdirSync(artifacts, { recursive: true });
    await tab.evaluate(() => document.getElementById('cookies-used')?.scrollIntoView());
    writeFileSync(join(artifacts, `cookies-policy.${locale}.${viewport.width}x${viewport.height}.png`), await tab.screenshot());
  });
});

describe('the HTML fragment in a page of its own', () => {
  const scratch = createScratch('fragment');

  it("styles the policy and nothing of the host page, and links to a group's heading", async () => {
    const { stdout: fragment } = cookieLedger(['docs', '--format', 'html', '--fragment', '--no-introduction'], example);
    const host = join(scratch, 'host.html');
    writeFileSync(
      host,
      `<!doctype html><html><head><meta charset="utf-8"></head><body><h1>Legal</h1><table><tr><td id="host-cell">host</td></tr></table>${fragment}</body></html>`,
    );
    const tab = await chromium.open(`${pathToFileURL(host).href}#cookies-necessary`, DESKTOP);
    const styles = await tab.evaluate(() => {
      const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
      return {
        hostCell: { padding: style('#host-cell').padding, border: style('#host-cell').borderTopStyle },
        policyCell: { padding: style('.cookie-policy td').padding, border: style('.cookie-policy td').borderTopStyle },
        hostHeading: style('h1').fontSize,
        target: document.querySelector(':target')?.textContent,
      };
    });
    expect(styles.hostCell).toEqual({ padding: '1px', border: 'none' });
    expect(styles.policyCell).toEqual({ padding: '9.6px 12px', border: 'solid' });
    expect(styles.hostHeading).toBe('32px');
    expect(styles.target).toBe('Cookies necessary for the website to function properly');
  });
});
