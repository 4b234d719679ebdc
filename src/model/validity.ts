import type { Status } from "./schemas/relation.js";
import type { Temporality } from "./vocabulary.js";

/**
 * What rules a relation out beyond a day: a date a source states, an entity's founding or
 * dissolution, a later (or earlier) relation of the opposite sign between the same pair, a stated
 * start or end of another relation of the same kind between them, or a capture of the place.
 */
export type Limit =
  | { readonly kind: "stated-start" | "stated-end"; readonly date: string }
  | { readonly kind: "founded" | "dissolved"; readonly entity: string; readonly date: string }
  | { readonly kind: "contrary" | "began" | "ended"; readonly relation: string; readonly date: string }
  | { readonly kind: "captured"; readonly relation: string; readonly by: string; readonly date: string };

/**
 * When a relation may and must hold, worked out over the whole dataset (the open-world model):
 * day numbers, ±Infinity when nothing bounds them. Outside [outerLo, outerHi] something rules it
 * out; inside [innerLo, innerHi] the dates make it certain (empty when innerLo > innerHi).
 */
export interface Validity {
  readonly temporality: Temporality;
  readonly outerLo: number;
  readonly outerHi: number;
  readonly innerLo: number;
  readonly innerHi: number;
  /** The certain days the relation's own dates give, before lifetimes and captures cut them. */
  readonly baseInnerLo: number;
  readonly baseInnerHi: number;
  /** The start (end) is a date or an open bound the data states, not the span of the evidence. */
  readonly startStated: boolean;
  readonly endStated: boolean;
  /** Publication dates (EDTF) of the earliest and latest evidence; null when none is dated. */
  readonly firstReport: string | null;
  readonly lastReport: string | null;
  /** What rules the relation out before outerLo and after outerHi; null when nothing does. */
  readonly lowerLimit: Limit | null;
  readonly upperLimit: Limit | null;
  /** The relation rests on a party's claim, or sources disagree: never certain. */
  readonly neverCertain: boolean;
  readonly status: Status;
  /** Parties whose claims the evidence records, in evidence order. */
  readonly claimedBy: readonly string[];
}

/**
 * Why a relation holds on a date: a stated date or interval; the span of its evidence (with the
 * last confirmation); an extrapolation before the first or after the last report, up to what
 * limits it; or, near a lifetime or capture, only as far as that limit's date allows.
 */
export type Basis =
  | { readonly kind: "stated" }
  | { readonly kind: "evidenced"; readonly firstReport: string | null; readonly lastReport: string | null }
  | {
      readonly kind: "extrapolated-before";
      readonly firstReport: string | null;
      readonly limit: Limit | null;
    }
  | { readonly kind: "extrapolated-after"; readonly lastReport: string | null; readonly limit: Limit | null }
  | { readonly kind: "bounded"; readonly limit: Limit };
