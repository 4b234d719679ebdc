import type { PairMember } from "./contrary-evidence.js";
import { limitFrom, limitTo } from "./work-zone.js";

/**
 * A capture ends every other party's control of the place from its day on, and no other party's
 * control evidenced after it can have begun before it. Only firm (reported) captures rule out.
 */
export function applyCaptures(members: readonly PairMember[]): void {
  const capturesOf = new Map<string, PairMember[]>();
  for (const m of members) {
    if (m.relation.kind !== "captured" || !m.firm || !m.anchor) continue;
    const list = capturesOf.get(m.relation.target);
    if (list) list.push(m);
    else capturesOf.set(m.relation.target, [m]);
  }
  if (capturesOf.size === 0) return;
  for (const r of members) {
    if (r.relation.kind !== "controls" || !r.anchor) continue;
    for (const c of capturesOf.get(r.relation.target) ?? []) {
      if (c.relation.source === r.relation.source) continue;
      const day = c.anchor!;
      const limit = {
        kind: "captured" as const,
        relation: c.relation.id,
        by: c.relation.source,
        date: c.relation.date ?? "",
      };
      if (r.anchor.lo < day.lo) {
        limitTo(r.zone, day.hi - 1, limit);
        r.zone.innerHi = Math.min(r.zone.innerHi, day.lo - 1);
      } else if (r.anchor.lo > day.hi) {
        limitFrom(r.zone, day.lo + 1, limit);
        r.zone.innerLo = Math.max(r.zone.innerLo, day.hi + 1);
      }
    }
  }
}
