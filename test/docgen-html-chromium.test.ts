// The example's generated HTML page, opened in headless Chromium (Debian's /usr/bin/chromium;
// .ci/run installs it): the browser sees the table, and a screenshot is kept in test-artifacts/.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const generated = join(root, 'docs/examples/opendatasoft-portal/generated');
const artifacts = join(root, 'test-artifacts/docgen');
const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** Runs headless Chromium with a throw-away profile; flags that work in a container without a display or network. */
async function runChromium(args: readonly string[]): Promise<string> {
  const profile = mkdtempSync(join(tmpdir(), 'cookie-ledger-chromium-'));
  try {
    const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`];
    const { stdout } = await promisify(execFile)(chromium, [...flags, ...args], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`Chromium not found at ${chromium}: install it (apt-get install -y chromium) or set CHROMIUM.`, { cause: error });
    throw error;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The width and height recorded in a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const png = readFileSync(file);
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe.each(['en', 'fr'])('the generated HTML page (%s) in Chromium', (locale) => {
  const page = pathToFileURL(join(generated, `cookies-policy.${locale}.html`)).href;

  it("shows the seed's four cookies, then the preference item, each group in a table with the seed columns", async () => {
    const dom = await runChromium(['--dump-dom', page]);
    const headers = [...dom.matchAll(/<th scope="col">([^<]*)<\/th>/g)].map((match) => match[1]);
    const seedColumns =
      locale === 'en'
        ? ['Service provider\'s name', 'Function and location', 'Cookie name(s)', 'Purposes']
        : ['Nom du fournisseur de service', 'Fonction et emplacement', 'Nom(s) du cookie', 'Finalités'];
    expect(headers).toEqual([...seedColumns, ...seedColumns]);
    const names = [...dom.matchAll(/<td class="cookie-policy__names">([^<]*)<\/td>/g)].map((match) => match[1]);
    expect(names).toEqual(['sessionid', 'django_language', 'csrftoken', 'cookies_preferences', 'ods-catalog-view']);
    expect(dom).toContain(`<html lang="${locale}">`);
  });

  it('renders to a screenshot (test-artifacts/docgen)', async () => {
    mkdirSync(artifacts, { recursive: true });
    const screenshot = join(artifacts, `cookies-policy.${locale}.png`);
    rmSync(screenshot, { force: true });
    await runChromium([`--screenshot=${screenshot}`, '--window-size=1200,1500', page]);
    expect(pngSize(screenshot)).toEqual({ width: 1200, height: 1500 });
  });
});
