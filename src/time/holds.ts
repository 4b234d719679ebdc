import type { Certainty, DayRange } from "../graph/time-bounds.js";
import type { Basis, Validity } from "../model/validity.js";

/** That a relation holds on (or during) a date, how sure that is, and why. */
export interface Holding {
  readonly certainty: Certainty;
  readonly basis: Basis;
}

const STATED: Basis = { kind: "stated" };

/** Why a state holds on days within its certain zone: stated on both sides, or evidenced. */
function coveredBasis(v: Validity): Basis {
  return v.startStated && v.endStated
    ? STATED
    : { kind: "evidenced", firstReport: v.firstReport, lastReport: v.lastReport };
}

/** Why a state may hold on a day before its certain zone. */
function beforeBasis(v: Validity, day: number): Basis {
  if (day >= v.baseInnerLo && v.lowerLimit) return { kind: "bounded", limit: v.lowerLimit };
  if (v.startStated) return STATED;
  return { kind: "extrapolated-before", firstReport: v.firstReport, limit: v.lowerLimit };
}

/** Why a state may hold on a day after its certain zone. */
function afterBasis(v: Validity, day: number): Basis {
  if (day <= v.baseInnerHi && v.upperLimit) return { kind: "bounded", limit: v.upperLimit };
  if (v.endStated) return STATED;
  return { kind: "extrapolated-after", lastReport: v.lastReport, limit: v.upperLimit };
}

/** Why a state that may hold on the query date holds (its certainty aside); for events and static facts, stated. */
export function basisOn(v: Validity, q: DayRange): Basis {
  if (v.temporality !== "state") return STATED;
  if (v.innerLo <= q.lo && v.innerHi >= q.hi) return coveredBasis(v);
  return q.lo < v.innerLo
    ? beforeBasis(v, Math.max(q.lo, v.outerLo))
    : afterBasis(v, Math.min(q.hi, v.outerHi));
}

/**
 * Does a relation hold on the query date? A state holds certainly when its certain days cover the
 * whole date and it rests on no claim, possibly when some day of the date lies where nothing rules
 * it out; an event must fall inside the date. Null when it cannot hold.
 */
export function holdsOn(v: Validity, q: DayRange): Holding | null {
  if (v.outerHi < q.lo || v.outerLo > q.hi) return null;
  if (v.temporality === "static")
    return { certainty: v.neverCertain ? "possible" : "certain", basis: STATED };
  if (v.temporality !== "state") {
    const inside = v.outerLo >= q.lo && v.outerHi <= q.hi;
    return { certainty: inside && !v.neverCertain ? "certain" : "possible", basis: STATED };
  }
  const covered = v.innerLo <= q.lo && v.innerHi >= q.hi;
  if (covered) return { certainty: v.neverCertain ? "possible" : "certain", basis: coveredBasis(v) };
  return {
    certainty: "possible",
    basis:
      q.lo < v.innerLo ? beforeBasis(v, Math.max(q.lo, v.outerLo)) : afterBasis(v, Math.min(q.hi, v.outerHi)),
  };
}

/**
 * Does a relation hold at some time within the query range? Certain when a state surely holds on
 * some day of it (or an event surely falls inside it) and it rests on no claim. Null when it cannot.
 */
export function holdsDuring(v: Validity, q: DayRange): Holding | null {
  if (v.outerHi < q.lo || v.outerLo > q.hi) return null;
  if (v.temporality !== "state") return holdsOn(v, q);
  if (Math.max(v.innerLo, q.lo) <= Math.min(v.innerHi, q.hi))
    return { certainty: v.neverCertain ? "possible" : "certain", basis: coveredBasis(v) };
  return {
    certainty: "possible",
    basis:
      q.hi < v.innerLo ? beforeBasis(v, Math.min(q.hi, v.outerHi)) : afterBasis(v, Math.max(q.lo, v.outerLo)),
  };
}
