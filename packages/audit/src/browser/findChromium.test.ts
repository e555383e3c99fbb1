import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findChromium } from './findChromium.js';

const folder = mkdtempSync(join(tmpdir(), 'cookie-ledger-find-chromium-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const binary = join(folder, 'chromium-browser');
writeFileSync(binary, '#!/bin/sh\n');
chmodSync(binary, 0o755);

describe('findChromium', () => {
  it('finds chromium-browser on PATH', () => {
    expect(findChromium(undefined, { PATH: `/nonexistent:${folder}` })).toBe(binary);
  });

  it('prefers --browser, then CHROMIUM_PATH, resolved against the working directory', () => {
    expect(findChromium('chromium-browser', { CHROMIUM_PATH: '/nonexistent' }, folder)).toBe(binary);
    expect(findChromium(undefined, { CHROMIUM_PATH: binary, PATH: '' })).toBe(binary);
  });

  it('says how to install or point at one when there is none', () => {
    expect(() => findChromium(undefined, { PATH: '/nonexistent' })).toThrow(
      'No Chromium found on PATH (looked for chromium, chromium-browser, google-chrome-stable, google-chrome). Install it (Debian: apt-get install chromium), or give its path with --browser PATH or CHROMIUM_PATH.',
    );
    expect(() => findChromium(undefined, { CHROMIUM_PATH: join(folder, 'nope') })).toThrow(/^CHROMIUM_PATH is .*nope, which is not an executable file/);
  });
});
