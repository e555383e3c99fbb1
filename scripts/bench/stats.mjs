// Shared helpers for the benchmarks: timing runs and summarising them. Every figure is printed
// beside its baseline (the run it is measured against) with the ratio of the two medians.

/** The median of a list of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Milliseconds, with two decimals. */
export const ms = (value) => `${value.toFixed(2)} ms`;

/** Seconds, with two decimals. */
export const seconds = (value) => `${value.toFixed(2)} s`;

/**
 * A Markdown table of figures against their baselines: one row per `[label, samples, baselineLabel,
 * baselineSamples]`, each with both medians, the ratio and the runs. `unit` formats a number.
 */
export function compareTable(rows, unit = ms) {
  const lines = ['| figure | median | baseline | baseline median | ratio | runs (figure; baseline) |', '| --- | --- | --- | --- | --- | --- |'];
  for (const [label, samples, baselineLabel, baseline] of rows) {
    const [figure, base] = [median(samples), median(baseline)];
    lines.push(`| ${label} | ${unit(figure)} | ${baselineLabel} | ${unit(base)} | x${(figure / base).toFixed(3)} | ${samples.map(unit).join(', ')}; ${baseline.map(unit).join(', ')} |`);
  }
  return lines.join('\n');
}

/** The CPU time (user + system) `work` (sync or async) takes in this process, and its wall time, in milliseconds. */
export async function timeWork(work) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  await work();
  const wall = performance.now() - start;
  const { user, system } = process.cpuUsage(cpu);
  return { wall, cpu: (user + system) / 1000 };
}
