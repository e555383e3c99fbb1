// audit: the three consent states in Chromium over a 50-page local site (node:http on 127.0.0.1,
// a third-party tag on `localhost`), with the default wait; pages per second, and peak memory of
// this process and of Chromium's whole process tree (sampled from `ps` every 250 ms). One run:
// a browser audit is too slow to repeat for a median.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { defineCookie, defineCookiePolicy } from '@cookie-ledger/core';

const PAGES = 50;
const root = resolve(import.meta.dirname, '../..');
// The root does not depend on the audit package; the bench reads its build like docgen.bench.mjs does.
const { auditSite, DEFAULT_WAIT_MS } = await import(pathToFileURL(resolve(root, 'packages/audit/dist/index.js')).href);

const listen = (server, host) => new Promise((done) => server.listen(0, host, () => done(server.address().port)));

const tag = createServer((_request, response) => response.writeHead(200, { 'content-type': 'text/javascript' }).end(`document.cookie = '_tag_id=' + Math.random() + '; path=/; max-age=3600';`));
const tagOrigin = `http://localhost:${await listen(tag, undefined)}`;

/** Page `n`: a server cookie, a script cookie, storage, the tag, a banner, and links to the next three pages. */
function page(n) {
  const links = [1, 2, 3].map((step) => `<a href="/p/${(n + step) % PAGES}">page ${(n + step) % PAGES}</a>`).join(' ');
  return `<!doctype html><title>Page ${n}</title>
<script>document.cookie = 'visited_${n % 5}=1; path=/; max-age=86400'; localStorage.setItem('last_page', '${n}'); sessionStorage.setItem('tab', '1');</script>
<script src="${tagOrigin}/tag.js"></script>
<button id="accept" onclick="document.cookie='consent=all; path=/'">Accept</button><button id="reject" onclick="document.cookie='consent=none; path=/'">Refuse</button>
<main>${'<p>Lorem ipsum dolor sit amet.</p>'.repeat(20)}</main>${links}`;
}
const site = createServer((request, response) => {
  const n = Number(/^\/p\/(\d+)$/.exec(request.url ?? '')?.[1] ?? 0);
  response.setHeader('Set-Cookie', [`sid=s; HttpOnly; Path=/; SameSite=Lax`]);
  response.writeHead(200, { 'content-type': 'text/html' }).end(page(n));
});
const home = `http://127.0.0.1:${await listen(site, '127.0.0.1')}/p/0`;

const policy = defineCookiePolicy({
  owner: 'Acme',
  cookies: [
    defineCookie({ name: 'sid', category: 'necessary', purpose: 'Session', duration: 'session', attributes: { httpOnly: true } }),
    defineCookie({ name: 'visited_*', category: 'necessary', purpose: 'Visits', duration: { days: 1 } }),
    defineCookie({ name: 'consent', category: 'necessary', purpose: 'Choice', duration: 'session' }),
    defineCookie({ name: '_tag_id', category: 'marketing', provider: 'Tags Inc', purpose: 'Ads', duration: { hours: 1 } }),
    defineCookie({ name: 'last_page', storage: 'localStorage', category: 'necessary', purpose: 'Resume' }),
    defineCookie({ name: 'tab', storage: 'sessionStorage', category: 'necessary', purpose: 'Tab' }),
  ],
});

/** The resident memory (kB) of this process's descendants: Chromium and its helpers. */
function descendantsRss() {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,rss='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number));
  const tree = new Set([process.pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, ppid] of rows) if (tree.has(ppid) && !tree.has(pid)) grew = tree.add(pid) !== undefined;
  }
  return rows.filter(([pid]) => pid !== process.pid && tree.has(pid)).reduce((sum, [, , rss]) => sum + rss, 0);
}

let peakBrowser = 0;
const sampler = setInterval(() => (peakBrowser = Math.max(peakBrowser, descendantsRss())), 250);
const firstPage = {};
const lastPage = {};
const start = performance.now();
const report = await auditSite({
  urls: [home],
  policy,
  maxPages: PAGES,
  accept: { click: '#accept' },
  reject: { click: '#reject' },
  onPage: (state) => {
    const now = performance.now();
    firstPage[state] ??= now;
    lastPage[state] = now;
  },
});
const total = (performance.now() - start) / 1000;
clearInterval(sampler);
site.close();
tag.close();

const visited = report.states.reduce((sum, state) => sum + state.pages.length, 0);
console.log(`${report.states.map((state) => `${state.state} ${state.pages.length}`).join(', ')} pages; ${report.seen.length} items seen, ${report.findings.length} findings (wait ${DEFAULT_WAIT_MS} ms per page)`);
console.log(`whole audit (browser start, 3 contexts, ${visited} pages): ${total.toFixed(1)} s, ${(visited / total).toFixed(2)} pages/s`);
for (const state of Object.keys(firstPage)) {
  const pages = report.states.find((summary) => summary.state === state).pages.length;
  const seconds = (lastPage[state] - firstPage[state]) / 1000;
  console.log(`  ${state}: pages 2 to ${pages} in ${seconds.toFixed(1)} s, ${((pages - 1) / seconds).toFixed(2)} pages/s`);
}
console.log(`peak memory: Chromium's processes ${(peakBrowser / 1024).toFixed(0)} MB (sum of RSS), this process ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
