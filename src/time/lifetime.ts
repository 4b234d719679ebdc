import { earliestDay, latestDay } from "../graph/time-bounds.js";
import type { Entity } from "../model/index.js";
import { edtf } from "../model/index.js";
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
