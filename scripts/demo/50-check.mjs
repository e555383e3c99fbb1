// The real `cookie-ledger check` on the example app (clean), then on a copy that drifted: a new
// cookie nobody declared, a declaration nothing sets any more, a declaration in no policy.
// `cookie-ledger add` then declares the new cookie, and `check` is left with the rest.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CART = `import express from 'express';

export const cart = express.Router();
cart.post('/cart', (_request, response) => {
  response.cookie('cart_id', crypto.randomUUID(), { maxAge: 7 * 24 * 60 * 60 * 1000, httpOnly: true });
  response.send('ok');
});
`;

const FORGOTTEN = `import { defineCookie } from '@cookie-ledger/core';

export const promo = defineCookie({ name: 'promo_seen', category: 'preferences', purpose: 'Hide the promotion once seen' });
`;

export default async function checkStep({ example, root, heading }) {
  const bin = join(root, 'node_modules/.bin/cookie-ledger');
  const run = (args, cwd) => {
    console.log(`$ cookie-ledger ${args.join(' ')}`);
    const { status, stdout, stderr } = spawnSync(bin, args, { cwd, encoding: 'utf8' });
    process.stdout.write(stdout + stderr);
    console.log(`(exit ${status})`);
  };

  heading('cookie-ledger check on the example app');
  run(['check'], example);

  const copy = mkdtempSync(join(tmpdir(), 'cookie-ledger-demo-'));
  try {
    cpSync(join(example, 'src'), join(copy, 'src'), { recursive: true });
    writeFileSync(join(copy, 'src/server/cart.ts'), CART);
    writeFileSync(join(copy, 'src/promo.ts'), FORGOTTEN);
    // The language menu is gone: nothing sets django_language any more.
    const app = join(copy, 'src/server/app.ts');
    writeFileSync(app, readFileSync(app, 'utf8').replace(/^.*language\.name.*\n/m, ''));

    heading('cookie-ledger check on a copy that drifted (src/server/cart.ts and src/promo.ts added, the language menu removed)');
    run(['check'], copy);

    heading('cookie-ledger add cart_id, then check again');
    run(['add', 'cart_id', '--category', 'necessary', '--purpose', 'To keep the basket between pages'], copy);
    run(['check'], copy);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}
