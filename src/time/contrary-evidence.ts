import type { DayRange } from "../graph/time-bounds.js";
import { dayToIso, RELATION_KINDS } from "../model/core.js";
import type { TimedRelation } from "./timed-relation.js";
import type { WorkZone } from "./work-zone.js";
import { limitFrom, limitTo } from "./work-zone.js";

/** A relation taking part in the pairwise rules: its zone, its anchor days, and whether it is firm enough to rule others out. */
export interface PairMember {
  readonly relation: TimedRelation;
  readonly zone: WorkZone;
  readonly anchor: DayRange | null;
  /** Reported (not resting on a claim, not disputed): only such a relation rules another out. */
  readonly firm: boolean;
}

/**
 * The members grouped by the unordered pair of entities they join; only groups of two or more.
 * Keyed by one end, then the other (no text made per relation); groups are independent, so their
 * order does not matter.
 */
export function groupByPair(members: readonly PairMember[]): PairMember[][] {
  const byLow = new Map<string, Map<string, PairMember[]>>();
  const groups: PairMember[][] = [];
  for (const m of members) {
    const { source, target } = m.relation;
    const [low, high] = source < target ? [source, target] : [target, source];
    let byHigh = byLow.get(low);
    if (!byHigh) byLow.set(low, (byHigh = new Map()));
    const group = byHigh.get(high);
    if (group) group.push(m);
    else {
      const created = [m];
      byHigh.set(high, created);
      groups.push(created);
    }
  }
  return groups.filter((g) => g.length > 1);
}

function sameKindSameWay(a: TimedRelation, b: TimedRelation): boolean {
  if (a.kind !== b.kind) return false;
  return RELATION_KINDS[a.kind].direction === "symmetric" || a.source === b.source;
}

/**
 * Cuts a state's extrapolation where other relations between the same pair rule it out: one of
 * the opposite sign evidenced wholly after (before) it, or a stated start (end) of another
 * relation of the same kind between them. Days the state's own evidence covers are never cut.
 */
export function applyContraryEvidence(group: readonly PairMember[]): void {
  for (const r of group) {
    const spec = RELATION_KINDS[r.relation.kind];
    if (spec.temporality !== "state" || !r.anchor) continue;
    for (const c of group) {
      if (c === r || !c.firm || !c.anchor) continue;
      const cSpec = RELATION_KINDS[c.relation.kind];
      if (spec.sign * cSpec.sign === -1) {
        if (c.anchor.lo > r.anchor.hi)
          limitTo(r.zone, c.anchor.lo - 1, {
            kind: "contrary",
            relation: c.relation.id,
            date: dayToIso(c.anchor.lo),
          });
        else if (c.anchor.hi < r.anchor.lo)
          limitFrom(r.zone, c.anchor.hi + 1, {
            kind: "contrary",
            relation: c.relation.id,
            date: dayToIso(c.anchor.hi),
          });
      } else if (cSpec.temporality === "state" && sameKindSameWay(r.relation, c.relation)) {
        const { start, end, startDerived, endDerived } = c.relation.timing;
        if (end && !endDerived && c.anchor.hi < r.anchor.lo)
          limitFrom(r.zone, c.zone.innerHi + 1, { kind: "ended", relation: c.relation.id, date: end.text });
        else if (start && !startDerived && c.anchor.lo > r.anchor.hi)
          limitTo(r.zone, c.zone.innerLo - 1, { kind: "began", relation: c.relation.id, date: start.text });
      }
    }
  }
}
