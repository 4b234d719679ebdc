import type { Entity } from "../model/core.js";

/** A node's position in a layout. */
export interface Position {
  readonly x: number;
  readonly y: number;
}

/** Layout units per degree when places are drawn at their coordinates (x = longitude, y = latitude). */
export const UNITS_PER_DEGREE = 100;

/**
 * Where a node is drawn: its position in the given layout, else a place's coordinates
 * (equirectangular, north up), else nowhere (the tool lays it out).
 */
export function nodePosition(entity: Entity, layout?: ReadonlyMap<string, Position>): Position | null {
  const laid = layout?.get(entity.id);
  if (laid) return laid;
  if (entity.place) {
    return { x: entity.place.lon * UNITS_PER_DEGREE, y: entity.place.lat * UNITS_PER_DEGREE };
  }
  return null;
}

/** The layout held in a graph's `x`/`y` node attributes (as sigma and graphology layouts leave them). */
export function layoutOf(graph: {
  forEachNode(callback: (node: string, attributes: Record<string, unknown>) => void): void;
}): Map<string, Position> {
  const layout = new Map<string, Position>();
  graph.forEachNode((node, attributes) => {
    const { x, y } = attributes;
    if (typeof x === "number" && typeof y === "number" && Number.isFinite(x) && Number.isFinite(y)) {
      layout.set(node, { x, y });
    }
  });
  return layout;
}

/** A coordinate as written: rounded to a thousandth, without float noise such as 3663.0000000000005. */
export function formatCoordinate(value: number): string {
  const rounded = Math.round(value * 1000) / 1000;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}
