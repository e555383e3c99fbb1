// The real `cookie-ledger audit` on the example app served locally (http://localhost), with its
// analytics tag served by a second site (127.0.0.1, a third party to the browser): the three
// consent states in Chromium, held against the example's policy.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** A Matomo-like tag: it writes its visitor cookie as soon as it loads, whatever the visitor chose. */
const TAG = `document.cookie = '_pk_id.1.1fff=' + Math.random().toString(16).slice(2) + '; path=/; max-age=' + 13 * 30 * 86400;`;

const listen = (server, host) => new Promise((resolve) => server.listen(0, host, () => resolve(server.address().port)));

export default async function auditStep({ example, root, heading }) {
  const tagServer = createServer((_request, response) => response.writeHead(200, { 'content-type': 'text/javascript' }).end(TAG));
  process.env.ANALYTICS_URL = `http://127.0.0.1:${await listen(tagServer, '127.0.0.1')}`;
  const { app } = await import(pathToFileURL(join(example, 'dist/server/app.js')).href);
  const portal = app.listen(0);
  await new Promise((resolve) => portal.once('listening', resolve));
  const url = `http://localhost:${portal.address().port}/`;
  const args = ['audit', url, '--accept', '[data-accept]', '--reject', '[data-refuse]', '--max-pages', '1', '--wait', '300'];
  try {
    heading('cookie-ledger audit on the example app in Chromium: before consent, after accepting, after refusing');
    console.log(`$ cookie-ledger ${args.join(' ')}`);
    // Not spawnSync: this process serves the site the browser loads.
    const status = await new Promise((resolve) => {
      const child = spawn(join(root, 'node_modules/.bin/cookie-ledger'), args, { cwd: example, stdio: ['ignore', 'inherit', 'inherit'] });
      child.on('close', resolve);
    });
    console.log(`(exit ${status})`);
  } finally {
    portal.close();
    tagServer.close();
    portal.closeAllConnections();
    delete process.env.ANALYTICS_URL;
  }
}
