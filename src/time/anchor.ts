import type { DayRange } from "../graph/time-bounds.js";
import type { WorkZone } from "./work-zone.js";

/**
 * The days a relation's own evidence puts it on, for comparing it with other relations: a state's
 * certain days (or, when its dates are too coarse to make any day certain, the days between them),
 * an event's date.
 */
export function anchorOf(zone: WorkZone, event: boolean): DayRange | null {
  if (event)
    return Number.isFinite(zone.outerLo) || Number.isFinite(zone.outerHi)
      ? { lo: zone.outerLo, hi: zone.outerHi }
      : null;
  if (zone.innerLo <= zone.innerHi) return { lo: zone.innerLo, hi: zone.innerHi };
  return { lo: zone.innerHi, hi: zone.innerLo };
}
