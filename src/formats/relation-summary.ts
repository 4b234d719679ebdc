import type { DatedRelation, Status } from "../model/core.js";

/** Statuses from firmest to weakest: what an edge standing for several relations shows. */
const FIRMNESS: readonly Status[] = ["reported", "disputed", "claimed"];

/** The firmest status among relations: reported, then disputed, then claimed. */
export function firmestStatus(relations: readonly DatedRelation[]): Status {
  return FIRMNESS.find((s) => relations.some((r) => r.status === s)) ?? "claimed";
}

/** The distinct ids of the sources cited by the relations' evidence, in order of first citation. */
export function citedSources(relations: readonly DatedRelation[]): string[] {
  return [...new Set(relations.flatMap((r) => r.evidence.map((e) => e.source)))];
}

/** The distinct parties whose claims the relations' evidence records, in order of first mention. */
export function claimantsOf(relations: readonly DatedRelation[]): string[] {
  return [
    ...new Set(
      relations.flatMap((r) =>
        r.evidence.map((e) => e.claimedBy).filter((c): c is string => c !== undefined),
      ),
    ),
  ];
}

/**
 * A relation's time as one EDTF text: an event's date, a state's `START/END` interval with `..`
 * for an open bound (bounds taken from the evidence included), `../..` for a static fact.
 */
export function edtfInterval(r: DatedRelation): string {
  if (r.date !== undefined) return r.date;
  return `${r.timing.start?.text ?? ".."}/${r.timing.end?.text ?? ".."}`;
}
