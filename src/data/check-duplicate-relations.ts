import { RELATION_KINDS } from "../model/core.js";
import type { Problem } from "./problem.js";
import { jsonPath } from "./problem.js";
import type { RawData } from "./raw-data.js";

/** A date bound as compared here: EDTF text without its qualifier, null for an open bound, "" when absent. */
type Bound = string | null;

/** The same date at every coarser precision it implies: "2020-03-05" → ["2020-03", "2020"]. */
function coarser(bound: Bound): Bound[] {
  if (bound === null || bound === "") return [];
  const parts = bound.split("-");
  return parts.length === 3
    ? [parts.slice(0, 2).join("-"), parts[0]!]
    : parts.length === 2
      ? [parts[0]!]
      : [];
}

/** Every combination of each bound kept or made coarser, but not all kept. */
function coarserSignatures(bounds: readonly Bound[]): Bound[][] {
  let all: Bound[][] = [[]];
  for (const b of bounds) all = all.flatMap((prefix) => [b, ...coarser(b)].map((c) => [...prefix, c]));
  return all.slice(1);
}

/**
 * Reports two relations stating the same fact (same kind, ends and dates; either order for a
 * symmetric kind): they should be one relation with several pieces of evidence. Also the same
 * fact entered twice at two precisions ("2020" and "2020-03-05": the finer date falls inside the
 * coarser one at every bound). Relations imported from an event dataset (with `event` details) are
 * distinct events when their records differ.
 */
export function checkDuplicateRelations(data: RawData): Problem[] {
  const seen = new Map<string, string>();
  const problems: Problem[] = [];
  const fact = new Map<string, { id: string; bounds: Bound[] }>();
  const finer: { r: (typeof data.relations)[number]; bounds: Bound[]; head: string }[] = [];
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
      continue;
    }
    seen.set(key, r.value.id);
    if (record !== null) continue;
    const plain = (b: string | null | undefined): Bound =>
      b === undefined ? "" : b === null ? null : b.replace(/[~?%]$/, "");
    const bounds = [plain(date), plain(start), plain(end)];
    const head = JSON.stringify([kind, ...ends]);
    const exact = JSON.stringify([head, ...bounds]);
    if (!fact.has(exact)) fact.set(exact, { id: r.value.id, bounds });
    if (bounds.some((b) => b !== null && b !== "" && b.length > 4)) finer.push({ r, bounds, head });
  }
  for (const { r, bounds, head } of finer) {
    for (const signature of coarserSignatures(bounds)) {
      const other = fact.get(JSON.stringify([head, ...signature]));
      if (other === undefined || other.id === r.value.id) continue;
      const shown = (bs: readonly Bound[]) =>
        bs
          .filter((b) => b !== "")
          .map((b) => b ?? "open")
          .join("/");
      problems.push({
        file: r.file,
        path: jsonPath(r.path),
        message: `states the same fact as relation "${other.id}" at a finer precision (${shown(bounds)} within ${shown(other.bounds)}): keep one relation with the finer date and merge their evidence`,
      });
      break;
    }
  }
  return problems;
}
