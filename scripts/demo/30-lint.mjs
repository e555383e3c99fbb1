// ESLint with @cookie-ledger/eslint-plugin on the example app (its own eslint.config.js), then
// on a file the app might gain, which sets cookies that src/cookies.ts does not declare.
import { createRequire } from 'node:module';
import { join } from 'node:path';

const UNDECLARED_WRITES = `import express from 'express';
import Cookies from 'js-cookie';
import session from 'express-session';
import { csrf } from '../cookies.js';

export const app = express();
app.use(session({ secret: 'change me' }));
app.get('/experiment', (_request, response) => {
  response.cookie('ab_test', 'b', { maxAge: 30 * 24 * 60 * 60 * 1000 });
  response.cookie(csrf.name, 'token');
  response.send('ok');
});
Cookies.set(\`_ga_\${'G-123'.slice(2)}\`, '1');
`;

export default async function lintStep({ example, heading }) {
  const { ESLint } = createRequire(join(example, 'package.json'))('eslint');
  const eslint = new ESLint({ cwd: example });
  const formatter = await eslint.loadFormatter('stylish');

  heading('eslint on the example app (cookie-ledger/no-undeclared-cookie)');
  const results = await eslint.lintFiles(['.']);
  const problems = results.reduce((sum, result) => sum + result.messages.length, 0);
  console.log(`${results.length} files linted, ${problems} problems: every cookie the app sets is declared.`);

  heading('eslint on a new file that sets undeclared cookies (src/server/experiment.ts, not written to disk)');
  console.log(UNDECLARED_WRITES);
  const experiment = await eslint.lintText(UNDECLARED_WRITES, { filePath: join(example, 'src/server/experiment.ts') });
  console.log(await formatter.format(experiment));
}
