import type { DatedRelation, Entity, Relation, Source } from "../model/core.js";
import { relationTiming } from "../model/core.js";
import { assessValidity } from "./assess-validity.js";
import { deriveControl } from "./derive-control.js";

/**
 * The dataset stage of time: each relation's own dates, the control states that captures start
 * (marked `derivedFrom`), then the open-world validity of all of them, in data order (derived last).
 */
export function datedRelations(
  relations: readonly Relation[],
  sources: ReadonlyMap<string, Source>,
  entities: readonly Entity[],
): DatedRelation[] {
  const timed = relations.map((r) => ({ ...r, timing: relationTiming(r, sources) }));
  const all = [...timed, ...deriveControl(timed, sources)];
  return assessValidity(all, new Map(entities.map((e) => [e.id, e])), sources);
}
