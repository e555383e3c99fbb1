import type { CookiePolicy } from '@cookie-ledger/core';
import { AuditError } from './AuditError.js';
import { checkReachable } from './browser/checkReachable.js';
import { findChromium } from './browser/findChromium.js';
import { launchBrowser } from './browser/launchBrowser.js';
import { type ConsentAction, type VisitPlan, visitState } from './browser/visitState.js';
import { holdAgainstPolicy } from './check/holdAgainstPolicy.js';
import { joinStates } from './check/joinStates.js';
import type { StoredItem } from './record/StateRecorder.js';
import { AUDIT_STATES, type AuditReport, type AuditState, type StateSummary } from './types.js';

/** What `auditSite` visits and how. */
export interface AuditOptions {
  /** The pages to start from (http or https); same-origin links found on them are followed. */
  readonly urls: readonly string[];
  /** The policy the stored items are held against. */
  readonly policy: CookiePolicy;
  /** How the visitor accepts: a CSS selector to click, or a consent cookie to preset. Without it, `after-accept` is skipped. */
  readonly accept?: ConsentAction;
  /** How the visitor refuses. Without it, `after-reject` is skipped. */
  readonly reject?: ConsentAction;
  /** Pages visited per state, start URLs included. Default: 20. */
  readonly maxPages?: number;
  /** Pages loaded at once per state, each in its own tab (the first page, where consent is given, always alone). Default: 4. */
  readonly concurrency?: number;
  /** Milliseconds waited after each load for late tags (network-idle never settles on sites with beacons). Default: 500. */
  readonly wait?: number;
  /** Cookies set before the first page in every state (`--cookie name=value`). */
  readonly cookies?: readonly { readonly name: string; readonly value: string }[];
  /** The Chromium binary; default: `findChromium`'s answer (`CHROMIUM_PATH`, else `PATH`). */
  readonly browser?: string;
  /** Called after each page of each state. */
  readonly onPage?: (state: AuditState, visited: number, maxPages: number) => void;
}

/** The default of {@link AuditOptions.maxPages}. */
export const DEFAULT_MAX_PAGES = 20;
/** The default of {@link AuditOptions.concurrency}: the fixed waits for late tags overlap. */
export const DEFAULT_CONCURRENCY = 4;
/** The default of {@link AuditOptions.wait}. */
export const DEFAULT_WAIT_MS = 500;

/**
 * Loads the site in headless Chromium in three states (before consent, after accepting, after
 * refusing), each in a fresh browser context, records every cookie (HttpOnly ones too), Web
 * Storage key and IndexedDB database, with the script or response that wrote it, and holds
 * them against the policy. One browser serves the three states.
 *
 * @throws {AuditError} no Chromium, a start URL that does not load, a consent control that is not there.
 */
export async function auditSite(options: AuditOptions): Promise<AuditReport> {
  if (options.urls.length === 0) throw new AuditError('No URL to audit: give at least one http(s) URL.');
  const plan: VisitPlan = {
    urls: options.urls,
    maxPages: options.maxPages ?? DEFAULT_MAX_PAGES,
    concurrency: options.concurrency ?? DEFAULT_CONCURRENCY,
    wait: options.wait ?? DEFAULT_WAIT_MS,
    cookies: options.cookies ?? [],
    ...(options.onPage === undefined ? {} : { onPage: options.onPage }),
  };
  const consent: Readonly<Record<AuditState, ConsentAction | undefined | 'none'>> = {
    'before-consent': 'none',
    'after-accept': options.accept,
    'after-reject': options.reject,
  };
  const executable = options.browser ?? findChromium(undefined);
  await checkReachable(options.urls);
  const running = await launchBrowser(executable);
  const byState = new Map<AuditState, readonly StoredItem[]>();
  const states: StateSummary[] = [];
  try {
    for (const state of AUDIT_STATES) {
      const action = consent[state];
      if (action === undefined) {
        states.push({ state, skipped: `no ${state === 'after-accept' ? '--accept' : '--reject'} given`, pages: [] });
        continue;
      }
      const visit = await visitState(running.browser, plan, state, action === 'none' ? undefined : action);
      byState.set(state, visit.items);
      states.push({ state, pages: visit.pages, ...(visit.failed.length === 0 ? {} : { failed: visit.failed }) });
    }
  } finally {
    await running.close();
  }
  return holdAgainstPolicy(options.policy, joinStates(byState), states);
}
