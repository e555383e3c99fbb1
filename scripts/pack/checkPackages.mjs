// Checks the packed tarballs as the registry would serve them: publint (package.json fields,
// exports, files) and Are the Types Wrong (types for each entry point under each module
// resolution). Run by `pnpm test` after the build; offline once the tools are installed.
import { execFile } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import { packPackages, root } from './packPackages.mjs';

const bin = (name) => join(root, 'node_modules/.bin', name);

const CHECKS = [
  { tool: 'publint', args: (tarball) => [bin('publint'), 'run', tarball, '--strict'] },
  // ESM only: Node 20.19+ lets CommonJS `require` these packages, so attw's CommonJS and node10
  // resolutions are left out (its `esm-only` profile).
  { tool: 'attw', args: (tarball) => [bin('attw'), tarball, '--profile', 'esm-only', '--format', 'ascii', '--no-emoji'] },
];

// Each attw run loads TypeScript (about 3 s): the runs share the machine's cores.
const jobs = Object.values(packPackages()).flatMap((tarball) => CHECKS.map((check) => ({ tarball, ...check })));
const failures = [];
async function work() {
  for (let job = jobs.shift(); job; job = jobs.shift()) {
    const [command, ...rest] = job.args(job.tarball);
    const { tool, tarball } = job;
    await new Promise((done) => {
      execFile(command, rest, { encoding: 'utf8' }, (error, stdout, stderr) => {
        if (error) failures.push(`${tool} found problems in ${basename(tarball)}:\n${stdout}${stderr}`);
        done();
      });
    });
  }
}
const total = jobs.length;
await Promise.all(Array.from({ length: availableParallelism() }, work));
for (const failure of failures) console.error(failure);
console.log(failures.length === 0 ? `publint and attw: all ${total} checks of the packed packages passed.` : `publint and attw: ${failures.length} of ${total} checks failed.`);
process.exitCode = failures.length === 0 ? 0 : 1;
