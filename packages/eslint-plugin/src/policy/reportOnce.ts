/**
 * Problems of the whole configuration (an unreadable policy, bad settings) are reported on the
 * first file that meets them and then never again in this process (or worker thread), so
 * `eslint .` shows one clear error instead of one per file. A changed problem is new again.
 */
const reported = new Set<string>();

/** True the first time this problem text is seen in the process. */
export function isFirstReport(problem: string): boolean {
  if (reported.has(problem)) return false;
  reported.add(problem);
  return true;
}
