/**
 * The candidate closest to `word` by edit distance (case-insensitive), when it is close enough
 * to be a likely typo: at most a third of the word's length, and never more than `maxDistance`.
 * Ties go to the earlier candidate.
 *
 * @example findClosest('polcy', ['policy', 'sinks']) // 'policy'
 */
export function findClosest(word: string, candidates: readonly string[], maxDistance = 3): string | undefined {
  const limit = Math.min(maxDistance, Math.max(1, Math.floor(word.length / 3)));
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = getEditDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance <= limit && (best === undefined || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}

/** Levenshtein distance: the fewest insertions, deletions and substitutions turning `a` into `b`. */
export function getEditDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
