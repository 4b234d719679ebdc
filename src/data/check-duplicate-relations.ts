import { RELATION_KINDS } from "../model/index.js";
import type { Problem } from "./problem.js";
import { jsonPath } from "./problem.js";
import type { RawData } from "./raw-data.js";

/**
 * Reports two relations stating the same fact (same kind, ends and dates; either order for a
 * symmetric kind): they should be one relation with several pieces of evidence. Relations
 * imported from an event dataset (with `event` details) are distinct events when their records differ.
 */
export function checkDuplicateRelations(data: RawData): Problem[] {
  const seen = new Map<string, string>();
  const problems: Problem[] = [];
  for (const r of data.relations) {
    const { kind, source, target, date, start, end } = r.value;
    const ends = RELATION_KINDS[kind].direction === "symmetric" ? [source, target].sort() : [source, target];
    const record = r.value.event === undefined ? null : r.value.evidence.map((e) => e.record ?? "").join(" ");
    const key = JSON.stringify([kind, ...ends, date ?? null, start ?? null, end ?? null, record]);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.push({
        file: r.file,
        path: jsonPath(r.path),
        message: `states the same fact as relation "${earlier}": merge their evidence into one relation`,
      });
    } else seen.set(key, r.value.id);
  }
  return problems;
}
