import type { EdtfDate } from "./edtf.js";
import { edtf } from "./edtf.js";
import type { Relation } from "./schemas/relation.js";
import type { Source } from "./schemas/source.js";
import { RELATION_KINDS } from "./vocabulary.js";

/** When a relation holds: null bounds are open (−∞ / +∞); `derived` marks bounds taken from the evidence. */
export interface Timing {
  readonly start: EdtfDate | null;
  readonly end: EdtfDate | null;
  readonly startDerived: boolean;
  readonly endDerived: boolean;
}

/**
 * The validity of a relation: an event on its date, a static fact always, a state over its given
 * interval, each missing bound falling back to the span of its evidence's publication dates.
 */
export function relationTiming(relation: Relation, sources: ReadonlyMap<string, Source>): Timing {
  const temporality = RELATION_KINDS[relation.kind].temporality;
  if (temporality === "static") return { start: null, end: null, startDerived: false, endDerived: false };
  if (temporality === "event") {
    const date = relation.date === undefined ? null : edtf(relation.date);
    return { start: date, end: date, startDerived: false, endDerived: false };
  }
  const published = relation.evidence
    .map((e) => sources.get(e.source)?.published)
    .filter((p): p is string => p !== undefined)
    .map(edtf);
  const earliest = published.reduce<EdtfDate | null>((a, d) => (a === null || d.lo < a.lo ? d : a), null);
  const latest = published.reduce<EdtfDate | null>((a, d) => (a === null || d.hi > a.hi ? d : a), null);
  const start =
    relation.start === undefined ? earliest : relation.start === null ? null : edtf(relation.start);
  const end = relation.end === undefined ? latest : relation.end === null ? null : edtf(relation.end);
  return { start, end, startDerived: relation.start === undefined, endDerived: relation.end === undefined };
}
