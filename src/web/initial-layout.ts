import forceAtlas2 from "graphology-layout-forceatlas2";
import type { ForceAtlas2Settings } from "graphology-layout-forceatlas2";
import type { KnowledgeGraph } from "../graph/knowledge-graph.js";
import type { DisplayGraph } from "./display-graph.js";

/** How the first layout is made: seeded positions, then a fixed number of ForceAtlas2 iterations. */
export interface InitialLayoutOptions {
  /** ForceAtlas2 iterations run in the page before the first draw (deterministic, so the same every visit). */
  readonly iterations: number;
  /** Above this many nodes the seeded positions are kept as they are (the user can run the worker). */
  readonly maxNodesForIterations: number;
}

/** Defaults: enough iterations to settle a graph of a few hundred entities in well under a second. */
export const DEFAULT_INITIAL_LAYOUT: InitialLayoutOptions = { iterations: 400, maxNodesForIterations: 3000 };

/** Spread of the seeded layout, in layout units. */
const SPREAD = 100;

/** A 32-bit FNV-1a hash of a string: the same id gets the same seeded position on every visit. */
export function hash32(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * Seeded positions: places where they are on the map (longitude east, latitude north, scaled to
 * the layout), every other entity on a ring around them at an angle and radius drawn from its id.
 */
export function seedPositions(kg: KnowledgeGraph, graph: DisplayGraph): void {
  const places = kg.dataset.entities.filter((e) => e.place);
  const lat0 = places.length ? places.reduce((s, e) => s + e.place!.lat, 0) / places.length : 0;
  const lon0 = places.length ? places.reduce((s, e) => s + e.place!.lon, 0) / places.length : 0;
  const extent = Math.max(
    1e-6,
    ...places.map((e) => Math.max(Math.abs(e.place!.lat - lat0), Math.abs(e.place!.lon - lon0))),
  );
  const scale = (SPREAD * 0.6) / extent;
  const cosLat = Math.cos((lat0 * Math.PI) / 180);
  for (const entity of kg.dataset.entities) {
    if (entity.place) {
      graph.mergeNodeAttributes(entity.id, {
        x: (entity.place.lon - lon0) * cosLat * scale,
        y: (entity.place.lat - lat0) * scale,
      });
    } else {
      const angle = (hash32(entity.id) / 2 ** 32) * 2 * Math.PI;
      const radius = SPREAD * (0.8 + 0.6 * (hash32(entity.id, 0x9e3779b9) / 2 ** 32));
      graph.mergeNodeAttributes(entity.id, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
    }
  }
}

/** ForceAtlas2 settings used both for the first layout and by the run/stop worker. */
export function layoutSettings(graph: DisplayGraph): ForceAtlas2Settings {
  return {
    ...forceAtlas2.inferSettings(graph),
    scalingRatio: 12,
    gravity: 1,
    barnesHutOptimize: graph.order > 500,
  };
}

/**
 * Lays the graph out once, the same way on every visit: seeded positions, then a fixed number of
 * ForceAtlas2 iterations over the whole graph (all relations, whatever the date), so moving
 * through time never moves a node.
 */
export function applyInitialLayout(
  kg: KnowledgeGraph,
  graph: DisplayGraph,
  options: InitialLayoutOptions = DEFAULT_INITIAL_LAYOUT,
): void {
  seedPositions(kg, graph);
  if (graph.order > options.maxNodesForIterations || graph.size === 0) return;
  forceAtlas2.assign(graph, { iterations: options.iterations, settings: layoutSettings(graph) });
}
