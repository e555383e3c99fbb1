// Shared helpers for the benchmarks: timing runs and summarising them.

/** The median of a list of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Milliseconds, with two decimals. */
export const ms = (value) => `${value.toFixed(2)} ms`;
