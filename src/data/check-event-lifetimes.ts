import { earliestDay, latestDay } from "../graph/time-bounds.js";
import type { Entity } from "../model/core.js";
import { edtf, RELATION_KINDS } from "../model/core.js";
import type { Problem } from "./problem.js";
import { jsonPath } from "./problem.js";
import type { RawData } from "./raw-data.js";
import { outsideLifetime } from "../time/lifetime.js";

/**
 * Reports events dated wholly before one of their ends was founded or after it was dissolved:
 * nothing holds with an entity outside its lifetime (states are cut to it by the time model; an
 * event outside it is a mistaken date or actor). An event's days are its dataset period when it
 * has one, else its date; an event any of whose days may fall within the lifetime passes.
 */
export function checkEventLifetimes(data: RawData): Problem[] {
  const entities = new Map<string, Entity>(data.entities.map((e) => [e.value.id, e.value]));
  const problems: Problem[] = [];
  for (const r of data.relations) {
    const { kind, date, source, target, event } = r.value;
    if (RELATION_KINDS[kind].temporality !== "event" || typeof date !== "string") continue;
    const lo = earliestDay(edtf(event?.period?.start ?? date));
    const hi = latestDay(edtf(event?.period?.end ?? date));
    const when = event?.period ? `${event.period.start} to ${event.period.end}` : date;
    for (const id of new Set([source, target])) {
      const end = entities.get(id);
      const at = jsonPath([...r.path, event?.period ? "event" : "date"]);
      const outside = outsideLifetime(end, { lo, hi });
      if (outside?.limit === "founded")
        problems.push({
          file: r.file,
          path: at,
          message: `${kind} on ${when} is before ${end!.label} (${id}) was founded (${outside.date}): nothing holds with an entity before it exists`,
        });
      if (outside?.limit === "dissolved")
        problems.push({
          file: r.file,
          path: at,
          message: `${kind} on ${when} is after ${end!.label} (${id}) was dissolved (${outside.date}): nothing holds with an entity after it ends`,
        });
    }
  }
  return problems;
}
