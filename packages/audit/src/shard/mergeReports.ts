import type { CookiePolicy } from '@cookie-ledger/core';
import { holdAgainstPolicy } from '../check/holdAgainstPolicy.js';
import { itemKey, withState } from '../check/joinStates.js';
import { AUDIT_STATES, type AuditReport, type SeenItem, type StateSummary } from '../types.js';

/**
 * Joins the reports of shards into one, as if one run had visited every page: each item once
 * with the states of every shard, each state with every shard's pages, then the findings held
 * against `policy` again (a declaration one shard did not see but another did is seen).
 */
export function mergeReports(reports: readonly AuditReport[], policy: CookiePolicy): AuditReport {
  const seen = new Map<string, SeenItem>();
  for (const report of reports) {
    for (const item of report.seen) {
      const key = itemKey(item);
      const known = seen.get(key);
      if (!known) {
        seen.set(key, item);
        continue;
      }
      let joined = known;
      for (const state of item.states) joined = withState(joined, state, item.pages[state] ?? item.url, item.initiator);
      seen.set(key, joined);
    }
  }
  return holdAgainstPolicy(policy, [...seen.values()], AUDIT_STATES.map((state) => mergeState(state, reports)));
}

function mergeState(state: StateSummary['state'], reports: readonly AuditReport[]): StateSummary {
  const summaries = reports.map((report) => report.states.find((summary) => summary.state === state)).filter((summary) => summary !== undefined);
  const run = summaries.filter((summary) => summary.skipped === undefined);
  if (run.length === 0) return { state, skipped: summaries[0]?.skipped ?? 'in no report', pages: [] };
  const pages = [...new Set(run.flatMap((summary) => summary.pages))];
  const failed = run.flatMap((summary) => summary.failed ?? []);
  return { state, pages, ...(failed.length === 0 ? {} : { failed }) };
}
