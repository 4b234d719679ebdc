import { earliestDay, latestDay } from "../graph/time-bounds.js";
import type { Entity } from "../model/core.js";
import { edtf } from "../model/core.js";
import { outsideLifetime } from "../time/lifetime.js";
import type { DatasetActor, DatasetEvent } from "./dataset-event.js";

/** The first and last day an event may have happened on: its dataset period, else its date. */
function eventSpan(event: DatasetEvent): { lo: number; hi: number } {
  if (event.period)
    return { lo: earliestDay(edtf(event.period.start)), hi: latestDay(edtf(event.period.end)) };
  const date = edtf(event.date);
  return { lo: earliestDay(date), hi: latestDay(date) };
}

/**
 * Why an event cannot be imported as the dataset names its actors: an actor reconciled to an
 * entity that was not founded yet, or already dissolved, on every day the event may have happened
 * (a dataset that names a group by its later name, or a name that denotes another group then).
 * Null when every actor may have existed then. Nothing can hold with an entity outside its
 * lifetime (docs/time-model.md), so such a row is rejected with this reason, never kept.
 */
export function lifetimeConflict(
  event: DatasetEvent,
  actors: readonly (readonly [DatasetActor, string])[],
  entityOf: (id: string) => Entity | undefined,
): string | null {
  const { lo, hi } = eventSpan(event);
  const when = event.period ? `${event.period.start} to ${event.period.end}` : event.date;
  for (const [actor, id] of actors) {
    const entity = entityOf(id);
    const outside = outsideLifetime(entity, { lo, hi });
    if (outside?.limit === "founded")
      return `actor "${actor.name}" is ${entity!.label} (${id}), founded ${outside.date}, after this event (${when}): the dataset names an actor that did not exist yet (a group under its later name, or another group of that name), so the row is left out`;
    if (outside?.limit === "dissolved")
      return `actor "${actor.name}" is ${entity!.label} (${id}), dissolved ${outside.date}, before this event (${when}): the dataset names an actor that no longer existed (a group under its former name, or another group of that name), so the row is left out`;
  }
  return null;
}
