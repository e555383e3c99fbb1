import type { Page } from 'playwright-core';

/** Runs in the page: the resolved `href` of every link. */
const READ_LINKS = `[...document.querySelectorAll('a[href]')].map((link) => link.href)`;

/**
 * The links on `page` to pages of the audited `origins`, without their `#fragment`, in document
 * order, each once. Downloads and non-http links are left out.
 */
export async function findLinks(page: Page, origins: ReadonlySet<string>): Promise<string[]> {
  const hrefs = (await page.evaluate(READ_LINKS).catch(() => [])) as string[];
  const links = new Set<string>();
  for (const href of hrefs) {
    if (!URL.canParse(href)) continue;
    const url = new URL(href);
    if (!origins.has(url.origin) || /\.(?:pdf|zip|png|jpe?g|gif|svg|csv|xlsx?|docx?)$/i.test(url.pathname)) continue;
    url.hash = '';
    links.add(url.href);
  }
  return [...links];
}
