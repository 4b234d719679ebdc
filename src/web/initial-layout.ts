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

/** Positions of a layout by node id, kept to seed the next one. */
export type LayoutPositions = ReadonlyMap<string, { readonly x: number; readonly y: number }>;

/** The positions of every node of a laid-out graph. */
export function layoutPositions(graph: DisplayGraph): Map<string, { x: number; y: number }> {
  const positions = new Map<string, { x: number; y: number }>();
  graph.forEachNode((id, a) => positions.set(id, { x: a.x, y: a.y }));
  return positions;
}

/** Share of a new graph's nodes the previous layout must hold for it to be kept as it is. */
const KEEP_SHARE = 0.5;

/** Median length of the edges between positioned nodes: how far from its neighbours a new node starts. */
function typicalEdgeLength(
  graph: DisplayGraph,
  placed: ReadonlyMap<string, { x: number; y: number }>,
): number {
  const lengths: number[] = [];
  graph.forEachEdge((_e, _a, s, t) => {
    const a = placed.get(s);
    const b = placed.get(t);
    if (a && b && s !== t) lengths.push(Math.hypot(a.x - b.x, a.y - b.y));
  });
  lengths.sort((a, b) => a - b);
  return lengths.length ? Math.max(1e-3, lengths[Math.floor(lengths.length / 2)]!) : SPREAD * 0.1;
}

/**
 * Lays out a graph that extends one already drawn (a draft laid over it, a dataset that adds to
 * it) without reshuffling it: nodes of the previous layout keep their positions exactly; each new
 * node starts near the mean of its positioned neighbours (in rounds, so chains of new nodes follow),
 * at a short distance and an angle drawn from its id; new nodes linked to nothing positioned go on
 * a ring around the old layout. ForceAtlas2 then moves only the new nodes (the old ones fixed).
 * When the previous layout holds under half of the new graph's nodes, it only seeds a full layout.
 */
export function applyStableLayout(
  kg: KnowledgeGraph,
  graph: DisplayGraph,
  previous: LayoutPositions,
  options: InitialLayoutOptions = DEFAULT_INITIAL_LAYOUT,
): void {
  seedPositions(kg, graph);
  const placed = new Map<string, { x: number; y: number }>();
  graph.forEachNode((id) => {
    const p = previous.get(id);
    if (p) placed.set(id, { x: p.x, y: p.y });
  });
  const keep = placed.size >= graph.order * KEEP_SHARE && placed.size > 0;
  const step = typicalEdgeLength(graph, placed) * 0.5;
  let waiting = graph.filterNodes((id) => !placed.has(id));
  for (let progress = true; progress && waiting.length > 0;) {
    const round = new Map<string, { x: number; y: number }>();
    for (const id of waiting) {
      const near = graph.neighbors(id).flatMap((n) => (placed.has(n) ? [placed.get(n)!] : []));
      if (near.length === 0) continue;
      const angle = (hash32(id) / 2 ** 32) * 2 * Math.PI;
      round.set(id, {
        x: near.reduce((s, p) => s + p.x, 0) / near.length + step * Math.cos(angle),
        y: near.reduce((s, p) => s + p.y, 0) / near.length + step * Math.sin(angle),
      });
    }
    for (const [id, p] of round) placed.set(id, p);
    progress = round.size > 0;
    waiting = waiting.filter((id) => !round.has(id));
  }
  if (waiting.length > 0 && placed.size > 0) {
    // Linked to nothing positioned: on a ring just outside what is drawn, at the angle of their id.
    const xs = [...placed.values()].map((p) => p.x);
    const ys = [...placed.values()].map((p) => p.y);
    const cx = (Math.min(...xs) + Math.max(...xs)) / 2;
    const cy = (Math.min(...ys) + Math.max(...ys)) / 2;
    const radius = Math.max(Math.max(...xs) - cx, Math.max(...ys) - cy, step) * 1.15;
    for (const id of waiting) {
      const angle = (hash32(id) / 2 ** 32) * 2 * Math.PI;
      placed.set(id, { x: cx + radius * Math.cos(angle), y: cy + radius * Math.sin(angle) });
    }
  }
  for (const [id, p] of placed) graph.mergeNodeAttributes(id, p);
  if (graph.order > options.maxNodesForIterations || graph.size === 0) return;
  if (!keep) {
    forceAtlas2.assign(graph, { iterations: options.iterations, settings: layoutSettings(graph) });
    return;
  }
  const added = graph.filterNodes((id) => !previous.has(id));
  if (added.length === 0) return;
  // ForceAtlas2 leaves nodes whose `fixed` attribute is set where they are.
  const flags = graph as unknown as {
    setNodeAttribute(n: string, k: string, v: boolean): void;
    removeNodeAttribute(n: string, k: string): void;
  };
  graph.forEachNode((id) => {
    if (previous.has(id)) flags.setNodeAttribute(id, "fixed", true);
  });
  forceAtlas2.assign(graph, {
    iterations: Math.ceil(options.iterations / 4),
    settings: layoutSettings(graph),
  });
  graph.forEachNode((id) => {
    if (previous.has(id)) flags.removeNodeAttribute(id, "fixed");
  });
}
