import { IntervalIndex } from "../src/graph/interval-index.js";
import { buildKnowledgeGraph } from "../src/graph/knowledge-graph.js";
import type { TimedHit } from "../src/graph/relation-time-index.js";
import type { DatedRelation } from "../src/model/index.js";
import { dayNumber } from "../src/model/index.js";
import { snapshotAt } from "../src/query/snapshot.js";
import { holdsOn } from "../src/time/holds.js";
import { GradedSnapshot } from "./graded-snapshot.js";
import { formatMs, measure, printMeasurements, timeOnce } from "./measure.js";
import { seededDays, syntheticDataset } from "./synthetic-dataset.js";

/**
 * Snapshot query at 10^6 relations: the open-world snapshot through the time index, against the
 * closed-world graded snapshot Faultline used before (the baseline) and a plain scan of the same data.
 */
export function benchTimeIndex(relationCount = 1_000_000): void {
  const built = timeOnce(() => syntheticDataset(10_000, relationCount));
  const kg = timeOnce(() => buildKnowledgeGraph(built.result));
  console.log(
    `\n# Time index: ${relationCount.toLocaleString("en")} synthetic relations between 10,000 entities`,
  );
  console.log(`  dataset generated in ${formatMs(built.ms)}; graph + time index built in ${formatMs(kg.ms)}`);
  const relations = built.result.relations;
  const graded = timeOnce(() => new GradedSnapshot(relations));
  console.log(`  closed-world graded index (baseline) built in ${formatMs(graded.ms)}`);
  const days = seededDays(dayNumber(2012, 1, 1), dayNumber(2024, 12, 1), 200);
  let scanned = 0;
  let indexed = 0;
  let gradedHits = 0;
  const before = measure("closed-world graded snapshot (before, baseline)", (i) => {
    const q = { lo: days[i % days.length]!, hi: days[i % days.length]! };
    gradedHits = graded.result.at(q).length;
  });
  const index = measure("open-world snapshot (snapshotAt, with basis)", (i) => {
    const q = { lo: days[i % days.length]!, hi: days[i % days.length]! };
    indexed = snapshotAt(kg.result, q).relations.length;
  });
  // The same answer as snapshotAt (states valid on the day, events on it), found by testing every relation.
  const scan = measure("open-world plain scan", (i) => {
    const q = { lo: days[i % days.length]!, hi: days[i % days.length]! };
    const hits: TimedHit<DatedRelation>[] = [];
    for (let j = 0; j < relations.length; j++) {
      const relation = relations[j]!;
      const holding = holdsOn(relation.validity, q);
      if (holding) hits.push({ relation, certainty: holding.certainty, basis: holding.basis });
    }
    scanned = hits.length;
  });
  printMeasurements("Snapshot on one day (states valid + events that day), graded certain/possible", [
    before,
    index,
    scan,
  ]);
  console.log(
    `  last query: ${gradedHits.toLocaleString("en")} relations closed-world, ${indexed.toLocaleString("en")} open-world (extrapolations included)`,
  );
  // The open world answers more (states possible beyond their reports), so compare per answer too.
  const perAnswer = (m: typeof before, hits: number) => (m.medianMs * 1000) / Math.max(1, hits);
  const ratio = perAnswer(index, indexed) / perAnswer(before, gradedHits);
  console.log(
    `  per answer (median): closed-world ${perAnswer(before, gradedHits).toFixed(3)} µs, open-world ${perAnswer(index, indexed).toFixed(3)} µs (${ratio.toFixed(1)}×)`,
  );

  // The lookup alone, on typed arrays: which relations' outer bounds overlap the day.
  const lo = Float64Array.from(relations, (r) => r.validity.outerLo);
  const hi = Float64Array.from(relations, (r) => r.validity.outerHi);
  const intervalIndex = timeOnce(() => IntervalIndex.build(lo, hi));
  let scanIds = 0;
  let indexIds = 0;
  const scanLookup = measure("plain scan of typed arrays", (i) => {
    const d = days[i % days.length]!;
    const out: number[] = [];
    for (let j = 0; j < lo.length; j++) if (lo[j]! <= d && hi[j]! >= d) out.push(j);
    scanIds = out.length;
  });
  const indexLookup = measure("IntervalIndex.overlapping", (i) => {
    const d = days[i % days.length]!;
    indexIds = intervalIndex.result.overlapping(d, d).length;
  });
  printMeasurements(`Lookup only: ids overlapping one day (index built in ${formatMs(intervalIndex.ms)})`, [
    scanLookup,
    indexLookup,
  ]);
  if (scanIds !== indexIds) throw new Error("the interval index and the scan disagree");
  console.log(
    `  last query: ${indexed.toLocaleString("en")} relations from the index, ${scanned.toLocaleString("en")} from the scan`,
  );
  if (indexed !== scanned) throw new Error("the index and the scan disagree");
}
