import { dayToIsoOrNull } from "../model/core.js";
import type { Limit, Validity } from "../model/validity.js";
import type { LabelOf } from "./basis-text.js";
import { limitText } from "./basis-text.js";

/** A relation's validity as plain data: ISO days (null when open), what limits it, whether a claim keeps it uncertain. */
export interface ValiditySpan {
  /** First and last day it may hold; null when nothing rules it out that way. */
  readonly possibleFrom: string | null;
  readonly possibleTo: string | null;
  /** First and last day its dates make certain; both null when no day is. */
  readonly certainFrom: string | null;
  readonly certainTo: string | null;
  readonly lowerLimit: Limit | null;
  readonly upperLimit: Limit | null;
  readonly firstReport: string | null;
  readonly lastReport: string | null;
  /** Resting on a claim or disputed: never certain, whatever the dates. */
  readonly neverCertain: boolean;
}

/** The validity of a relation as plain data, for JSON answers. */
export function validitySpan(v: Validity): ValiditySpan {
  const hasCertain = v.innerLo <= v.innerHi;
  return {
    possibleFrom: dayToIsoOrNull(v.outerLo),
    possibleTo: dayToIsoOrNull(v.outerHi),
    certainFrom: hasCertain ? dayToIsoOrNull(v.innerLo) : null,
    certainTo: hasCertain ? dayToIsoOrNull(v.innerHi) : null,
    lowerLimit: v.lowerLimit,
    upperLimit: v.upperLimit,
    firstReport: v.firstReport,
    lastReport: v.lastReport,
    neverCertain: v.neverCertain,
  };
}

/**
 * A state's validity in words: "certain 2017-09-19 to 2024-12-01; possible from 2017-01-01 (HTS
 * founded 2017-01), open after". Events and static facts say when they happen or "always".
 */
export function validityText(v: Validity, labelOf: LabelOf): string {
  if (v.temporality === "static") return "always";
  const s = validitySpan(v);
  const day = (iso: string | null, open: string) => iso ?? open;
  const certain =
    s.certainFrom === null && s.certainTo === null
      ? "no day certain"
      : `certain ${day(s.certainFrom, "always")} to ${day(s.certainTo, "open")}`;
  const claim = v.neverCertain ? " by its dates, but it rests on a claim" : "";
  const from = s.possibleFrom
    ? `possible from ${s.possibleFrom}${s.lowerLimit ? ` (${limitText(s.lowerLimit, labelOf)})` : ""}`
    : "possible before, nothing rules it out";
  const to = s.possibleTo
    ? `until ${s.possibleTo}${s.upperLimit ? ` (${limitText(s.upperLimit, labelOf)})` : ""}`
    : "open after, nothing rules it out";
  return `${certain}${claim}; ${from}; ${to}`;
}
