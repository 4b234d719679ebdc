import type { DatedRelation, Entity, Source } from "../model/core.js";
import { edtf, RELATION_KINDS } from "../model/core.js";
import type { Validity } from "../model/validity.js";
import { anchorOf } from "./anchor.js";
import { baseZone } from "./base-zone.js";
import { applyCaptures } from "./capture-limits.js";
import type { PairMember } from "./contrary-evidence.js";
import { applyContraryEvidence, groupByPair } from "./contrary-evidence.js";
import { clipToLifetimes } from "./lifetime.js";
import type { TimedRelation } from "./timed-relation.js";

/** True when a relation rests on a party's claim or on sources that disagree: it is never certain. */
export function restsOnDoubt(relation: TimedRelation): boolean {
  return (
    relation.status !== "reported" ||
    (relation.evidence.length > 0 && relation.evidence.every((e) => e.claimedBy !== undefined))
  );
}

/** The distinct claimants of a relation's evidence, in evidence order. */
export function claimantsOf(relation: TimedRelation): string[] {
  return [...new Set(relation.evidence.map((e) => e.claimedBy).filter((c): c is string => c !== undefined))];
}

/** The publication dates (EDTF) of a relation's earliest and latest evidence; null when none is dated. */
export function reportSpan(
  relation: TimedRelation,
  sources: ReadonlyMap<string, Source>,
): { first: string | null; last: string | null } {
  let first: string | null = null;
  let last: string | null = null;
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of relation.evidence) {
    const published = sources.get(e.source)?.published;
    if (published === undefined) continue;
    const date = edtf(published);
    if (date.lo < lo) [lo, first] = [date.lo, published];
    if (date.hi > hi) [hi, last] = [date.hi, published];
  }
  return { first, last };
}

/**
 * The open-world validity of every relation of a dataset: its own dates, kept within the
 * lifetimes of the entities it joins, cut where contrary evidence or a capture rules it out.
 * Each relation given gets its validity in place and is returned as a DatedRelation.
 */
export function assessValidity(
  relations: readonly TimedRelation[],
  entities: ReadonlyMap<string, Entity>,
  sources: ReadonlyMap<string, Source>,
): DatedRelation[] {
  const bases: (readonly [number, number])[] = [];
  const members: PairMember[] = relations.map((relation) => {
    const temporality = RELATION_KINDS[relation.kind].temporality;
    const zone = baseZone(relation.timing, temporality);
    bases.push([zone.innerLo, zone.innerHi]);
    if (temporality === "state")
      clipToLifetimes(zone, [entities.get(relation.source), entities.get(relation.target)]);
    return {
      relation,
      zone,
      anchor: temporality === "static" ? null : anchorOf(zone, temporality === "event"),
      firm: !restsOnDoubt(relation),
    };
  });
  for (const group of groupByPair(members)) applyContraryEvidence(group);
  applyCaptures(members);
  return members.map(({ relation, zone }, i): DatedRelation => {
    const { timing } = relation;
    const temporality = RELATION_KINDS[relation.kind].temporality;
    const reports = reportSpan(relation, sources);
    const validity: Validity = {
      temporality,
      outerLo: zone.outerLo,
      outerHi: zone.outerHi,
      innerLo: zone.innerLo,
      innerHi: zone.innerHi,
      baseInnerLo: bases[i]![0],
      baseInnerHi: bases[i]![1],
      startStated: temporality !== "state" || !timing.startDerived,
      endStated: temporality !== "state" || !timing.endDerived,
      firstReport: reports.first,
      lastReport: reports.last,
      lowerLimit: zone.lowerLimit,
      upperLimit: zone.upperLimit,
      neverCertain: restsOnDoubt(relation),
      status: relation.status === "reported" && restsOnDoubt(relation) ? "claimed" : relation.status,
      claimedBy: claimantsOf(relation),
    };
    // The relations are this stage's own copies (datedRelations made them): completed in place,
    // rather than copied once more (a million relations made a million more objects to collect).
    const dated = relation as TimedRelation & { validity?: Validity };
    dated.validity = validity;
    return dated as DatedRelation;
  });
}
