import { buildKnowledgeGraph } from "../src/graph/knowledge-graph.js";
import { SpanIndex } from "../src/graph/span-index.js";
import type { TimedHit } from "../src/graph/time-hits.js";
import type { DatedRelation } from "../src/model/core.js";
import { dayNumber } from "../src/model/core.js";
import { snapshotAt } from "../src/query/snapshot.js";
import { holdsOn } from "../src/time/holds.js";
import { GradedSnapshot } from "./graded-snapshot.js";
import type { Measurement } from "./measure.js";
import { formatMs, printMeasurements, timeOnce } from "./measure.js";
import { seededDays, syntheticDataset } from "./synthetic-dataset.js";

/**
 * Runs each operation once per round, round after round, so that a busy machine slows them all
 * alike; returns each one's median and fastest time.
 */
function measureInterleaved(
  ops: readonly { label: string; fn: (i: number) => unknown }[],
  runs = 50,
  warmup = 5,
): Measurement[] {
  const times = ops.map(() => [] as number[]);
  for (let i = 0; i < warmup + runs; i++) {
    ops.forEach((op, k) => {
      const t0 = performance.now();
      op.fn(i);
      if (i >= warmup) times[k]!.push(performance.now() - t0);
    });
  }
  return ops.map((op, k) => {
    const sorted = times[k]!.sort((a, b) => a - b);
    return { label: op.label, runs, medianMs: sorted[Math.floor(runs / 2)]!, minMs: sorted[0]! };
  });
}

/** "3.2×" the baseline's median time (above 1: slower than the baseline). */
function timesBaseline(m: Measurement, baseline: Measurement): string {
  return `${(m.medianMs / baseline.medianMs).toFixed(2)}×`;
}

/**
 * Snapshot query at 10^6 relations: the open-world snapshot through the time index (as the CLI and
 * the page take it: counted, then every answer or the certain ones visited in data order; and
 * every answer listed as objects, for library callers that want an array), against the
 * closed-world graded snapshot Faultline used before (the baseline) and a plain scan of the same data.
 */
export function benchTimeIndex(relationCount = 1_000_000): void {
  const built = timeOnce(() => syntheticDataset(10_000, relationCount));
  const kg = timeOnce(() => {
    const g = buildKnowledgeGraph(built.result);
    void g.time; // the time index is built on first use: build it here, outside the queries
    return g;
  });
  console.log(
    `\n# Time index: ${relationCount.toLocaleString("en")} synthetic relations between 10,000 entities`,
  );
  console.log(`  dataset generated in ${formatMs(built.ms)}; time index built in ${formatMs(kg.ms)}`);
  const relations = built.result.relations;
  const graded = timeOnce(() => new GradedSnapshot(relations));
  console.log(`  closed-world graded index (baseline) built in ${formatMs(graded.ms)}`);
  const days = seededDays(dayNumber(2012, 1, 1), dayNumber(2024, 12, 1), 200);
  const dayRange = (i: number) => ({ lo: days[i % days.length]!, hi: days[i % days.length]! });
  const last = { graded: 0, all: 0, certain: 0, visited: 0, visitedCertain: 0, listed: 0, scanned: 0 };
  const [before, counted, visited, visitedCertain, listed, scan] = measureInterleaved([
    {
      label: "closed-world graded snapshot, answers listed (before; baseline)",
      fn: (i) => (last.graded = graded.result.at(dayRange(i)).length),
    },
    {
      label: "open-world snapshotAt: answer + counts (all, certain)",
      fn: (i) => {
        const { hits } = snapshotAt(kg.result, dayRange(i));
        last.all = hits.count;
        last.certain = hits.certainCount;
      },
    },
    {
      label: "open-world snapshotAt: every answer visited (snapshot, the page)",
      fn: (i) => {
        let n = 0;
        // As the baseline lists its answers without reading them, the visitor only counts.
        snapshotAt(kg.result, dayRange(i)).hits.forEach(() => n++);
        last.visited = n;
      },
    },
    {
      label: "open-world snapshotAt: certain answers visited (snapshot --certain)",
      fn: (i) => {
        let n = 0;
        snapshotAt(kg.result, dayRange(i)).hits.forEach(() => n++, true);
        last.visitedCertain = n;
      },
    },
    {
      label: "open-world snapshotAt: every answer listed as objects (.relations)",
      fn: (i) => (last.listed = snapshotAt(kg.result, dayRange(i)).relations.length),
    },
    {
      // The same answer, found by testing every relation.
      label: "open-world plain scan with holdsOn, every answer listed",
      fn: (i) => {
        const q = dayRange(i);
        const hits: TimedHit<DatedRelation>[] = [];
        for (let j = 0; j < relations.length; j++) {
          const relation = relations[j]!;
          const holding = holdsOn(relation.validity, q);
          if (holding) hits.push({ relation, certainty: holding.certainty, basis: holding.basis });
        }
        last.scanned = hits.length;
      },
    },
  ]);
  printMeasurements("Snapshot on one day (states valid + events that day), graded certain/possible", [
    before!,
    counted!,
    visited!,
    visitedCertain!,
    listed!,
    scan!,
  ]);
  console.log(
    `  last query: ${last.graded.toLocaleString("en")} answers closed-world; open-world ${last.all.toLocaleString("en")} (${last.certain.toLocaleString("en")} certain, the rest possible: extrapolated beyond the reports)`,
  );
  console.log(
    `  open-world time over the closed-world baseline's, in total (median): answer + counts ${timesBaseline(counted!, before!)}, every answer visited ${timesBaseline(visited!, before!)}, certain answers visited ${timesBaseline(visitedCertain!, before!)}, every answer listed as objects ${timesBaseline(listed!, before!)}`,
  );
  const perAnswer = (m: Measurement, hits: number) => (m.medianMs * 1000) / Math.max(1, hits);
  console.log(
    `  per answer (median): closed-world listed ${perAnswer(before!, last.graded).toFixed(3)} µs; open-world visited ${perAnswer(visited!, last.visited).toFixed(3)} µs, listed ${perAnswer(listed!, last.listed).toFixed(3)} µs`,
  );
  if (
    last.listed !== last.scanned ||
    last.listed !== last.all ||
    last.visited !== last.all ||
    last.visitedCertain !== last.certain
  )
    throw new Error("the time index and the scan disagree");

  // The lookup alone, on typed arrays: which relations' outer bounds overlap the day.
  const lo = Float64Array.from(relations, (r) => r.validity.outerLo);
  const hi = Float64Array.from(relations, (r) => r.validity.outerHi);
  const flags = new Uint8Array(relations.length);
  const spanIndex = timeOnce(() =>
    SpanIndex.build({ outerLo: lo, outerHi: hi, innerLo: lo, innerHi: hi, flags }),
  );
  let scanIds = 0;
  let indexIds = 0;
  const [scanLookup, indexLookup] = measureInterleaved([
    {
      label: "plain scan of typed arrays, ids listed",
      fn: (i) => {
        const d = days[i % days.length]!;
        const out: number[] = [];
        for (let j = 0; j < lo.length; j++) if (lo[j]! <= d && hi[j]! >= d) out.push(j);
        scanIds = out.length;
      },
    },
    {
      label: "SpanIndex.overlapping (runs of slots + single slots)",
      fn: (i) =>
        (indexIds = spanIndex.result.overlapping(days[i % days.length]!, days[i % days.length]!).count),
    },
  ]);
  printMeasurements(`Lookup only: relations overlapping one day (index built in ${formatMs(spanIndex.ms)})`, [
    scanLookup!,
    indexLookup!,
  ]);
  if (scanIds !== indexIds) throw new Error("the span index and the scan disagree");
}
