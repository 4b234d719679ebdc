import type { DayRange } from "../graph/time-bounds.js";
import { parseEdtf } from "../model/core.js";

/** A date a user asked about: the text and the days it covers. */
export interface QueryDate extends DayRange {
  readonly text: string;
}

/** Parses a user's EDTF date (`2018-09`, `2024-12-01`…) into the day range it covers; throws with the reason. */
export function parseQueryDate(text: string): QueryDate {
  const parsed = parseEdtf(text.trim());
  if (!parsed.ok) throw new RangeError(parsed.reason);
  return { text: parsed.date.text, lo: parsed.date.lo, hi: parsed.date.hi };
}

/** The range from the first day of `from` to the last day of `to`; either may be open. */
export function queryRange(from: QueryDate | null, to: QueryDate | null): DayRange {
  const range = { lo: from ? from.lo : -Infinity, hi: to ? to.hi : Infinity };
  if (range.lo > range.hi)
    throw new RangeError(`the range ends (${to?.text}) before it starts (${from?.text})`);
  return range;
}
