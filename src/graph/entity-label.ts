import type { Entity } from "../model/core.js";

/** An entity's label by id, or the id itself when the graph holds no such entity. */
export function entityLabel(
  graph: { readonly entities: ReadonlyMap<string, Pick<Entity, "label">> },
  id: string,
): string {
  return graph.entities.get(id)?.label ?? id;
}
