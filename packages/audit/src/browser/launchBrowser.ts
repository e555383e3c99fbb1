import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { AuditError } from '../AuditError.js';

/** Flags for a headless Chromium in a container or on CI: no sandbox user namespaces, no GPU, no calls home. */
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--no-default-browser-check', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--remote-debugging-port=0'];

/**
 * The profile's settings: third-party cookies allowed, as in Chrome's default settings for most
 * visitors (Chromium's own default blocks them, and the storage of cross-site frames with them,
 * which would hide what third-party widgets store).
 */
const PREFERENCES = { profile: { cookie_controls_mode: 0 } };

/** How long Chromium may take to open its DevTools endpoint. */
const START_TIMEOUT_MS = 60_000;

/** A running Chromium and how to stop it. */
export interface RunningBrowser {
  readonly browser: Browser;
  /** Closes the browser, ends its process and removes its throw-away profile. */
  readonly close: () => Promise<void>;
}

/**
 * Starts headless Chromium from `executablePath` with a throw-away profile and connects
 * playwright-core to it over the DevTools protocol (playwright-core never downloads a browser).
 * Every browser context made from it starts empty and shares the profile's settings.
 */
export async function launchBrowser(executablePath: string): Promise<RunningBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'cookie-ledger-audit-'));
  mkdirSync(join(profile, 'Default'));
  writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify(PREFERENCES));
  const child = spawn(executablePath, [...FLAGS, `--user-data-dir=${profile}`, 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'] });
  const removeProfile = () => {
    try {
      // Chromium's helper processes may still be writing to the profile for a moment after it exits.
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    } catch {
      // A leftover folder in the system's temporary directory is not worth failing the audit for.
    }
  };
  try {
    const endpoint = await new Promise<string>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => reject(new Error(`no DevTools endpoint within ${START_TIMEOUT_MS / 1000} s`)), START_TIMEOUT_MS);
      child.stderr.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /DevTools listening on (ws:\S+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
      child.on('error', (error) => reject(error));
      child.on('exit', (code) => reject(new Error(`it exited with code ${code}: ${output.trim().split('\n').at(-1) ?? ''}`)));
    });
    const browser = await chromium.connectOverCDP(endpoint);
    return {
      browser,
      close: async () => {
        await browser.close().catch(() => undefined);
        child.kill();
        await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve(undefined)));
        removeProfile();
      },
    };
  } catch (error) {
    child.kill();
    removeProfile();
    throw new AuditError(`Chromium at ${executablePath} did not start: ${(error as Error).message}`, { cause: error });
  }
}
