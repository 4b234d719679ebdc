import type { DayRange } from "../graph/time-bounds.js";
import { earliestDay, latestDay } from "../graph/time-bounds.js";
import type { Entity } from "../model/core.js";
import { edtf } from "../model/core.js";
import type { WorkZone } from "./work-zone.js";
import { limitFrom, limitTo } from "./work-zone.js";

/**
 * Keeps a state within the lifetime of the entities it joins: nothing holds with an entity before
 * it may have been founded or after it may have been dissolved. A state stated as open is certain
 * only once the founding date leaves no doubt (and until the dissolution may have come); days its
 * evidence or a stated date covers stay certain, since the evidence shows the entity existed then.
 */
export function clipToLifetimes(zone: WorkZone, entities: readonly (Entity | undefined)[]): void {
  for (const entity of entities) {
    if (entity?.founded) {
      const founded = edtf(entity.founded);
      const openStart = !Number.isFinite(zone.innerLo);
      limitFrom(zone, earliestDay(founded), { kind: "founded", entity: entity.id, date: founded.text });
      zone.innerLo = Math.max(zone.innerLo, openStart ? latestDay(founded) : earliestDay(founded));
    }
    if (entity?.dissolved) {
      const dissolved = edtf(entity.dissolved);
      const openEnd = !Number.isFinite(zone.innerHi);
      limitTo(zone, latestDay(dissolved), { kind: "dissolved", entity: entity.id, date: dissolved.text });
      zone.innerHi = Math.min(zone.innerHi, openEnd ? earliestDay(dissolved) : latestDay(dissolved));
    }
  }
}

/** Which end of an entity's lifetime rules a span of days out, and its date (EDTF, as the data gives it). */
export interface OutsideLifetime {
  readonly limit: "founded" | "dissolved";
  readonly date: string;
}

/**
 * Whether an entity's lifetime rules out every day of `days`: all before it may have been founded,
 * or all after it may have been dissolved. Null when some day may fall within it (or no lifetime
 * is known). The one rule for `check`, the event import and the reasons of empty answers.
 */
export function outsideLifetime(entity: Entity | undefined, days: DayRange): OutsideLifetime | null {
  if (entity?.founded && days.hi < earliestDay(edtf(entity.founded)))
    return { limit: "founded", date: entity.founded };
  if (entity?.dissolved && days.lo > latestDay(edtf(entity.dissolved)))
    return { limit: "dissolved", date: entity.dissolved };
  return null;
}
