import type { Sign } from "../model/core.js";

/** A layer of the graph by sign: cooperative relations (+1), hostile ones (−1), or all of them. */
export type Layer = "cooperative" | "hostile" | "all";

/** Every layer, in the order help lists them. */
export const LAYERS: readonly Layer[] = ["all", "cooperative", "hostile"];

/** Whether a relation of this sign belongs to the layer (neutral relations belong only to `all`). */
export function inLayer(sign: Sign, layer: Layer): boolean {
  return layer === "all" || (layer === "cooperative" ? sign > 0 : sign < 0);
}
