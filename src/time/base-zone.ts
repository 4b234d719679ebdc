import { earliestDay, latestDay } from "../graph/time-bounds.js";
import type { Temporality, Timing } from "../model/core.js";
import type { WorkZone } from "./work-zone.js";

/**
 * The zone a relation's own dates give. A state is certain from its stated start (or its earliest
 * report) to its stated end (or its latest report) and, in an open world, possible on either side
 * unless a start or end is stated. An event holds on its date; a static fact always.
 */
export function baseZone(timing: Timing, temporality: Temporality): WorkZone {
  const { start, end } = timing;
  if (temporality === "static")
    return {
      outerLo: -Infinity,
      outerHi: Infinity,
      innerLo: -Infinity,
      innerHi: Infinity,
      lowerLimit: null,
      upperLimit: null,
    };
  if (temporality === "event") {
    const lo = start ? earliestDay(start) : -Infinity;
    const hi = end ? latestDay(end) : Infinity;
    return { outerLo: lo, outerHi: hi, innerLo: lo, innerHi: hi, lowerLimit: null, upperLimit: null };
  }
  const statedStart = !timing.startDerived && start !== null;
  const statedEnd = !timing.endDerived && end !== null;
  return {
    outerLo: statedStart ? earliestDay(start) : -Infinity,
    innerLo: start ? latestDay(start) : -Infinity,
    outerHi: statedEnd ? latestDay(end) : Infinity,
    innerHi: end ? earliestDay(end) : Infinity,
    lowerLimit: statedStart ? { kind: "stated-start", date: start.text } : null,
    upperLimit: statedEnd ? { kind: "stated-end", date: end.text } : null,
  };
}
