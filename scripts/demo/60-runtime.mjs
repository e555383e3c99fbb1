// @cookie-ledger/runtime in Chromium: the example portal's own browser code writes through its
// jar (declared storage, lifetime and attributes applied), then a gated write: the portal with
// Matomo statistics switched on (an Opendatasoft back-office option), whose visitor cookie needs
// consent. The page is bundled with esbuild as an app would be; what the browser keeps is read
// back from the browser. Ends with the banner config generated for vanilla-cookieconsent.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const PAGE = `import { createCookieJar } from '@cookie-ledger/runtime';
import { defineCookie, defineCookiePolicy } from '@cookie-ledger/core';
import portal from './src/cookies.ts';
import { saveCatalogView } from './src/browser/catalog-view.ts';
import { saveChoices } from './src/browser/consent-banner.ts';

// The portal as declared, plus Matomo's visitor cookie: statistics, so it needs consent.
const matomo = defineCookie({ name: '_pk_id.*', provider: 'Matomo', category: 'statistics', purpose: 'Distinguishes visitors for audience statistics', duration: { months: 13 } });
const withStatistics = defineCookiePolicy({ owner: portal.owner, site: portal.site, locales: portal.locales, cookies: [...portal.cookies, matomo] });
window.demo = { saveCatalogView, saveChoices, jar: createCookieJar(withStatistics) };
`;

export default async function runtimeStep({ example, root, heading }) {
  heading("@cookie-ledger/runtime: the portal's writes through its jar, and a gated write, in Chromium");
  const bundle = await build({ stdin: { contents: PAGE, resolveDir: example, loader: 'ts' }, bundle: true, format: 'iife', write: false, logLevel: 'silent' });
  const files = { '/': '<!doctype html><meta charset="utf-8"><title>portal</title><script src="/app.js"></script>', '/app.js': bundle.outputFiles[0].text };
  const server = createServer((request, response) => {
    const body = files[request.url ?? '/'];
    response.writeHead(body === undefined ? 404 : 200, { 'content-type': request.url === '/app.js' ? 'text/javascript' : 'text/html' }).end(body);
  });
  await new Promise((resolve) => server.listen(0, 'localhost', resolve));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.goto(`http://localhost:${server.address().port}/`);
    const run = (code) => page.evaluate(`(() => { const { jar, saveCatalogView, saveChoices } = window.demo; return ${code}; })()`);
    const cookies = async () => {
      const now = Date.now() / 1000;
      const list = await page.context().cookies();
      return list.map((c) => `${c.name}${c.expires > 0 ? ` (expires in ${Math.round((c.expires - now) / 86_400)} days` : ' (session'}${c.secure ? ', Secure' : ''}${c.sameSite ? `, SameSite=${c.sameSite}` : ''}, Path=${c.path})`).join('; ') || 'none';
    };

    console.log("The portal's browser code (src/browser/), writing through src/browser/jar.ts:");
    await run(`saveCatalogView('table')`);
    console.log(`  saveCatalogView('table')           -> localStorage ods-catalog-view = ${JSON.stringify(await run(`localStorage.getItem('ods-catalog-view')`))}`);
    await run(`saveChoices({ statistics: false })`);
    console.log(`  saveChoices({ statistics: false }) -> cookies: ${await cookies()}`);

    console.log('\nA gated write: the portal with Matomo on, `_pk_id.*` declared in "statistics" for 13 months:');
    console.log(`  jar.set('_pk_id.1.a1b2', 'visitor') before consent -> ${await run(`jar.set('_pk_id.1.a1b2', 'visitor')`)}; cookies: ${await cookies()}`);
    await run(`jar.consent.update({ statistics: true })`);
    console.log(`  after jar.consent.update({ statistics: true })      -> ${await run(`jar.set('_pk_id.1.a1b2', 'visitor')`)}; cookies: ${await cookies()}`);
    await run(`jar.consent.update({ statistics: false })`);
    console.log(`  after jar.consent.update({ statistics: false })     -> withdrawn, removed; cookies: ${await cookies()}`);
  } finally {
    await browser.close();
    server.close();
  }

  heading('cookie-ledger docs --format vanilla-cookieconsent (the banner config), its categories');
  const config = JSON.parse(execFileSync(join(root, 'node_modules/.bin/cookie-ledger'), ['docs', '--format', 'vanilla-cookieconsent'], { cwd: example, encoding: 'utf8' }));
  console.log(JSON.stringify(config.categories, null, 2));
  const section = config.language.translations.en.preferencesModal.sections[0];
  console.log(`"${section.title}" cookie table: ${section.cookieTable.body.map((row) => row.names).join(', ')}`);
}
