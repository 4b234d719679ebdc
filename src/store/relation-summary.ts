import type { DatedRelation } from "../model/core.js";

/**
 * What `stats` reports of a dataset's relations, worked out in one pass: counts of those the files
 * hold (by kind and status, with their pieces of evidence), of those derived from captures, and
 * the first and last dates the files give. The store keeps it, so stats decodes no relation.
 */
export interface RelationSummary {
  /** Relations entered in the files. */
  readonly inFiles: number;
  /** Relations the time model derived (marked `derivedFrom`). */
  readonly derived: number;
  /** Pieces of evidence of the relations in the files. */
  readonly evidence: number;
  /** Relations in the files by kind and by status, keys in localeCompare order. */
  readonly byKind: Readonly<Record<string, number>>;
  readonly byStatus: Readonly<Record<string, number>>;
  /** The earliest start or end date in the files (lowest first day), and the latest (highest last day), as written. */
  readonly span: { readonly from: string | null; readonly to: string | null };
}

function sortedCounts(counts: ReadonlyMap<string, number>): Record<string, number> {
  return Object.fromEntries([...counts].sort(([a], [b]) => a.localeCompare(b)));
}

/** Summarizes relations for `stats`: derived ones are counted apart and left out of the rest. */
export function relationSummaryOf(relations: readonly DatedRelation[]): RelationSummary {
  const byKind = new Map<string, number>();
  const byStatus = new Map<string, number>();
  let derived = 0;
  let evidence = 0;
  let first: { lo: number; text: string } | null = null;
  let last: { hi: number; text: string } | null = null;
  for (const r of relations) {
    if (r.derivedFrom !== undefined) {
      derived++;
      continue;
    }
    byKind.set(r.kind, (byKind.get(r.kind) ?? 0) + 1);
    byStatus.set(r.status, (byStatus.get(r.status) ?? 0) + 1);
    evidence += r.evidence.length;
    for (const d of [r.timing.start, r.timing.end]) {
      if (d === null) continue;
      // The first date wins a tie, as the days are met in data order.
      if (!first || d.lo < first.lo) first = d;
      if (!last || d.hi > last.hi) last = d;
    }
  }
  return {
    inFiles: relations.length - derived,
    derived,
    evidence,
    byKind: sortedCounts(byKind),
    byStatus: sortedCounts(byStatus),
    span: { from: first?.text ?? null, to: last?.text ?? null },
  };
}

/** "208 relations (+15 derived from captures)", or "208 relations" when none is derived. */
export function relationCountText(summary: Pick<RelationSummary, "inFiles" | "derived">): string {
  const derived = summary.derived > 0 ? ` (+${summary.derived} derived from captures)` : "";
  return `${summary.inFiles} relations${derived}`;
}
