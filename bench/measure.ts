import { performance } from "node:perf_hooks";

/** Timing of repeated runs of one operation, in milliseconds. */
export interface Measurement {
  readonly label: string;
  readonly runs: number;
  readonly medianMs: number;
  readonly minMs: number;
}

/** Runs `fn` `runs` times (after `warmup` untimed runs) and returns the median and fastest time. */
export function measure(label: string, fn: (i: number) => unknown, runs = 50, warmup = 5): Measurement {
  for (let i = 0; i < warmup; i++) fn(i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn(i);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { label, runs, medianMs: times[Math.floor(times.length / 2)]!, minMs: times[0]! };
}

/** Times one run of `fn` and returns its result and the time taken. */
export function timeOnce<T>(fn: () => T): { result: T; ms: number } {
  const t0 = performance.now();
  const result = fn();
  return { result, ms: performance.now() - t0 };
}

/** Formats a duration in ms with a sensible unit. */
export function formatMs(ms: number): string {
  if (ms < 1) return `${(ms * 1000).toFixed(1)} µs`;
  if (ms < 1000) return `${ms.toFixed(2)} ms`;
  return `${(ms / 1000).toFixed(2)} s`;
}

/** Prints a table of measurements with each one's ratio to the baseline (the first row unless named). */
export function printMeasurements(title: string, rows: readonly Measurement[], baseline = rows[0]): void {
  console.log(`\n## ${title}`);
  const width = Math.max(...rows.map((r) => r.label.length));
  for (const r of rows) {
    const ratio =
      baseline && r !== baseline
        ? `  ${(baseline.medianMs / r.medianMs).toFixed(1)}× faster than ${baseline.label}`
        : "  (baseline)";
    console.log(
      `  ${r.label.padEnd(width)}  median ${formatMs(r.medianMs).padStart(10)}  min ${formatMs(r.minMs).padStart(10)}  (${r.runs} runs)${ratio}`,
    );
  }
}
