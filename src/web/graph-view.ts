import type { Attributes } from "graphology-types";
import { MultiDirectedGraph } from "graphology";
import Sigma from "sigma";
import type { Settings } from "sigma/settings";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { KnowledgeGraph } from "../graph/knowledge-graph.js";
import type { Status } from "../model/core.js";
import { RELATION_KINDS } from "../model/core.js";
import type {
  DisplayEdgeAttributes,
  DisplayGraph,
  DisplayGraphOptions,
  DisplayNodeAttributes,
} from "./display-graph.js";
import { addDisplayEdges, countThickness } from "./display-graph.js";
import type { ExplorerState, Store } from "./explorer-state.js";
import type { Focus } from "./focus.js";
import { focusOf, pinnedNodes } from "./focus.js";
import type { DashedEdge } from "./dashed-edges.js";
import { createDashedEdgeLayer } from "./dashed-edges.js";
import { adoptStartedSigma } from "./gl-warm-up.js";
import type { LabelBox } from "./label-boxes.js";
import { createLabelDrawer } from "./label-boxes.js";
import { SIGMA_CONTEXT_SETTINGS } from "./sigma-programs.js";
import { KIND_COLORS, MUTED_COLOR, withAlpha } from "./palette.js";
import type { VisibleView } from "./visible-view.js";
import { isNodeShown, visibleView } from "./visible-view.js";

/** How relations become edges and how the view redraws after a change of date. */
export interface GraphViewOptions extends DisplayGraphOptions {
  /**
   * `partial` (the page): repaint only the edges and entities whose display changed, without
   * re-indexing. `full`: rebuild every edge of the display graph from the knowledge graph and
   * refresh sigma whole; kept as the baseline `npm run bench` compares against.
   */
  readonly refresh: "partial" | "full";
  /** Quiet time after the last change of date before sizes and labels are re-indexed and panels told. */
  readonly settleDelayMs: number;
}

/** The page's defaults. */
export const DEFAULT_GRAPH_VIEW_OPTIONS: GraphViewOptions = {
  aggregate: true,
  refresh: "partial",
  settleDelayMs: 120,
};

/**
 * Above this many edges the view is drawn cheaply: edges and labels hidden while the camera moves,
 * no edge labels, a sparser label grid (sigma redraws every edge on each frame of a pan).
 */
export const LARGE_GRAPH_EDGES = 20_000;

/**
 * Above this many edges sigma holds only what is shown on the date. Below it sigma holds every
 * entity and edge and hides with reducers, so overlays may show any of them (compare mode).
 */
export const SHOWN_ONLY_ABOVE_EDGES = 1_000;

/** The graph drawn by sigma from the state, through reducers. */
export interface GraphView {
  /**
   * Sigma, drawing only the entities and edges shown on the date (its own graph, `sigma.getGraph()`).
   * Untyped attributes: sigma's program classes are typed over plain attributes only.
   */
  readonly sigma: Sigma;
  /** Every entity and edge, whatever the date: the layout (positions) and exports work on it. */
  readonly graph: DisplayGraph;
  /** What is drawn now (relation ids; several may share one aggregated edge). */
  view(): VisibleView;
  /** The edge that draws a relation (its own id, or the aggregate standing for it and its like). */
  edgeOf(relation: string): string | undefined;
  /** The relations an edge stands for that are drawn on the date, earliest first. */
  drawnRelations(edge: string): string[];
  /** Calls `listener` whenever the date has come to rest (and after other changes); returns the unsubscriber. */
  onSettled(listener: (view: VisibleView) => void): () => void;
  /** Whether a settle is still to come (a change not yet at rest); false once the view is at rest. */
  settling(): boolean;
  /** Sizes entities (e.g. by a centrality); entities absent from the map get the base size. */
  setNodeSizes(sizes: ReadonlyMap<string, number>): void;
  /** Pans the camera to an entity when it lies outside the middle of the view (the zoom is kept). */
  centreOn(node: string): void;
  /** The node labels drawn in the last frame, in viewport pixels (none overlap, none leave the canvas). */
  labelBoxes(): readonly LabelBox[];
  /** The edges of claimed and disputed relations drawn dashed now, with how. */
  dashedEdges(): ReadonlyMap<string, DashedEdge>;
  /**
   * Has sigma hold these entities and edges too, whether shown on the date or not (compare mode
   * draws relations that ended before the date), in place of the previous ones.
   */
  holdAlso(extra: { readonly nodes: ReadonlySet<string>; readonly edges: ReadonlySet<string> }): void;
  cleanup(): void;
}

const IDLE_ALPHA = 0.3;
const MUTED_EDGE_COLOR = withAlpha("#c5cad1", 0.35);
/**
 * A selection with more edges than this draws them without labels: around a hub the labels pile
 * up into an unreadable heap, and the details panel lists every relation with its kind anyway.
 */
const MAX_LABELLED_FOCUS_EDGES = 8;

function sameSet(a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

function sameFocus(a: Focus | null, b: Focus | null): boolean {
  if (a === null || b === null) return a === b;
  return sameSet(a.nodes, b.nodes) && sameSet(a.edges, b.edges) && sameSet(a.centre, b.centre);
}

function symmetricDifference<T>(
  a: Iterable<T>,
  b: ReadonlySet<T> | ReadonlyMap<T, unknown>,
  into: Set<T>,
): void {
  const seen = new Set<T>();
  for (const x of a) {
    seen.add(x);
    if (!b.has(x)) into.add(x);
  }
  for (const x of b.keys()) if (!seen.has(x)) into.add(x);
}

/**
 * Sigma's own bookkeeping of the items it holds (private in sigma 3.0's types, public at run time):
 * its graph handlers are turned off while a batch of items is added and dropped, and the dropped
 * ones are then removed from its caches; the added ones are indexed by the partial refresh after.
 */
interface SigmaInternals {
  unbindGraphHandlers(): void;
  bindGraphHandlers(): void;
  removeNode(node: string): void;
  removeEdge(edge: string): void;
}

/**
 * Sigma's internals when this sigma has all four, else null: a sigma whose private methods changed
 * gets the plain path (one refresh per dropped item: slower, still right) rather than a broken page.
 */
function sigmaInternals(sigma: Sigma): SigmaInternals | null {
  const internals = sigma as unknown as Partial<Record<keyof SigmaInternals, unknown>>;
  const names: readonly (keyof SigmaInternals)[] = [
    "unbindGraphHandlers",
    "bindGraphHandlers",
    "removeNode",
    "removeEdge",
  ];
  return names.every((name) => typeof internals[name] === "function")
    ? (sigma as unknown as SigmaInternals)
    : null;
}

/** Position in the full graph's order of each node and edge: sigma draws in that order (zIndex). */
function graphOrder(graph: DisplayGraph): { nodes: Map<string, number>; edges: Map<string, number> } {
  const nodes = new Map<string, number>();
  const edges = new Map<string, number>();
  graph.forEachNode((node) => nodes.set(node, nodes.size));
  graph.forEachEdge((edge) => edges.set(edge, edges.size));
  return { nodes, edges };
}

/**
 * Creates sigma over the display graph, drawing the state through node and edge reducers. Sigma
 * gets a graph of its own; above SHOWN_ONLY_ABOVE_EDGES it holds only what is shown on the date
 * (software GL pays for every item sigma holds, hidden or not: 2,683 edges cost ~10x the 118 drawn
 * at the GED scale). The full display graph keeps every entity and edge for the layout and
 * exports, and positions follow it. A change of date adds and drops only the edges and entities that entered or left, and
 * repaints only those whose answer changed (no re-indexing when nothing entered or left); sizes
 * and the label grid are re-indexed once the date has stopped moving.
 */
export function createGraphView(
  container: HTMLElement,
  kg: KnowledgeGraph,
  graph: DisplayGraph,
  store: Store,
  options: GraphViewOptions = DEFAULT_GRAPH_VIEW_OPTIONS,
): GraphView {
  let state = store.get();
  let view = visibleView(kg, state);
  let pinned = pinnedNodes(kg, state);
  let focus = focusOf(kg, state, view);
  /** Relation → the display edge drawing it. */
  const edgeOfRelation = new Map<string, string>();
  const indexEdges = () => {
    edgeOfRelation.clear();
    graph.forEachEdge((edge, a) => {
      for (const r of a.relations) edgeOfRelation.set(r, edge);
    });
  };
  indexEdges();
  let order = graphOrder(graph);
  /** Display edge → how many of its relations are drawn on the date (absent when none). */
  const drawn = new Map<string, number>();
  const countDrawn = () => {
    drawn.clear();
    for (const r of view.relations.keys()) {
      const edge = edgeOfRelation.get(r);
      if (edge !== undefined) drawn.set(edge, (drawn.get(edge) ?? 0) + 1);
    }
  };
  countDrawn();
  const edgesOf = (relations: Iterable<string>) => {
    const edges = new Set<string>();
    for (const r of relations) {
      const edge = edgeOfRelation.get(r);
      if (edge !== undefined) edges.add(edge);
    }
    return edges;
  };
  let focusEdges = edgesOf(focus?.edges ?? []);
  let sizes: ReadonlyMap<string, number> = new Map();
  const settledListeners = new Set<(view: VisibleView) => void>();
  let settleTimer: ReturnType<typeof setTimeout> | null = null;
  let reindexed = false;

  /** Claimed and disputed edges drawn now, kept by the edge reducer for the dashed layer. */
  const dashed = new Map<string, DashedEdge>();
  /** What sigma holds: the entities and edges shown now, with the full graph's attributes. */
  const shown: DisplayGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  const shownOnly = graph.size > SHOWN_ONLY_ABOVE_EDGES;
  /** Entities and edges sigma holds beyond those shown (holdAlso). */
  let extra: { readonly nodes: ReadonlySet<string>; readonly edges: ReadonlySet<string> } = {
    nodes: new Set(),
    edges: new Set(),
  };
  const nodeShown = (node: string) =>
    !shownOnly || extra.nodes.has(node) || isNodeShown(kg, state, view, node, pinned);
  const edgeShown = (edge: string, source: string, target: string) =>
    !shownOnly ||
    ((drawn.has(edge) || extra.edges.has(edge)) && shown.hasNode(source) && shown.hasNode(target));
  /** What a batch of changes dropped from sigma's graph (nodes with their edges), for sigma's bookkeeping. */
  const dropped = { nodes: [] as string[], edges: [] as string[] };
  /** Adds or drops a node of the full graph in sigma's graph as it is shown or not; true when it did. */
  const syncNode = (node: string): boolean => {
    const want = nodeShown(node);
    if (want === shown.hasNode(node)) return false;
    if (want) shown.addNode(node, { ...graph.getNodeAttributes(node) });
    else {
      shown.forEachEdge(node, (edge) => {
        dashed.delete(edge);
        dropped.edges.push(edge);
      });
      dropped.nodes.push(node);
      shown.dropNode(node);
    }
    return true;
  };
  /** Adds or drops an edge of the full graph in sigma's graph as it is drawn or not; true when it did. */
  const syncEdge = (edge: string): boolean => {
    const [source, target] = graph.extremities(edge);
    const want = edgeShown(edge, source, target);
    if (want === shown.hasEdge(edge)) return false;
    if (want) shown.addDirectedEdgeWithKey(edge, source, target, graph.getEdgeAttributes(edge));
    else {
      dashed.delete(edge);
      dropped.edges.push(edge);
      shown.dropEdge(edge);
    }
    return true;
  };
  /** Sigma's graph made again from scratch: every shown entity and drawn edge, in the full graph's order. */
  const rebuildShown = () => {
    shown.clear();
    dashed.clear();
    graph.forEachNode((node, a) => {
      if (nodeShown(node)) shown.addNode(node, { ...a });
    });
    graph.forEachEdge((edge, a, source, target) => {
      if (edgeShown(edge, source, target)) shown.addDirectedEdgeWithKey(edge, source, target, a);
    });
  };
  rebuildShown();

  const nodeReducer = (node: string, attributes: Attributes): Partial<NodeDisplayData> => {
    const data = attributes as DisplayNodeAttributes;
    const display: Partial<NodeDisplayData> = { ...data, zIndex: order.nodes.get(node) ?? 0 };
    if (!isNodeShown(kg, state, view, node, pinned)) {
      display.hidden = true;
      return display;
    }
    display.size = sizes.get(node) ?? data.size;
    if (!view.active.has(node) && !pinned.has(node)) {
      display.color = withAlpha(KIND_COLORS[kg.entities.get(node)!.kind], IDLE_ALPHA);
      display.label = null;
    }
    if (focus) {
      if (focus.nodes.has(node)) {
        display.forceLabel = true;
        display.highlighted = focus.centre.has(node);
      } else {
        display.color = MUTED_COLOR;
        display.label = null;
      }
    }
    return display;
  };

  const edgeReducer = (edge: string, attributes: Attributes): Partial<EdgeDisplayData> => {
    const data = attributes as DisplayEdgeAttributes;
    const display: Partial<EdgeDisplayData> = { ...data, zIndex: order.edges.get(edge) ?? 0 };
    dashed.delete(edge);
    const count = drawn.get(edge) ?? 0;
    if (count === 0) {
      display.hidden = true;
      return display;
    }
    // From the relation itself, not the graphology graph (built after the first frame).
    const first = kg.relations.get(data.relations[0]!)!;
    // Thickness by how many relations the edge stands for on the date.
    display.size = data.size * countThickness(count);
    if (focus) {
      if (focusEdges.has(edge)) {
        display.size *= 1.6;
        if (focusEdges.size <= MAX_LABELLED_FOCUS_EDGES)
          display.label = `${RELATION_KINDS[first.kind].label}${count > 1 ? ` ×${count}` : ""}`;
        else display.label = null;
      } else if (state.hovered) display.hidden = true;
      else display.color = MUTED_EDGE_COLOR;
    }
    const status: Status = first.status;
    if (status !== "reported" && !display.hidden) {
      // Claimed and disputed relations are drawn dashed on their own layer; the WebGL edge stays,
      // transparent, for hovering and clicking.
      dashed.set(edge, {
        status,
        color: display.color ?? data.color,
        size: display.size ?? data.size,
        curvature: data.type === "curved" || data.type === "curvedArrow" ? data.curvature : 0,
        arrow: data.type === "arrow" || data.type === "curvedArrow",
      });
      display.color = "rgba(0, 0, 0, 0)";
    }
    return display;
  };

  const labels = createLabelDrawer();
  const large = graph.size > LARGE_GRAPH_EDGES;
  const settings: Partial<Settings> = {
    ...SIGMA_CONTEXT_SETTINGS,
    defaultDrawNodeLabel: labels.draw,
    nodeReducer,
    edgeReducer,
    zIndex: true,
    renderEdgeLabels: !large,
    hideEdgesOnMove: large,
    hideLabelsOnMove: large,
    defaultEdgeType: "arrow",
    labelFont: "system-ui, sans-serif",
    labelSize: 13,
    labelWeight: "500",
    labelDensity: large ? 0.3 : 0.6,
    labelGridCellSize: 90,
    labelRenderedSizeThreshold: 7,
    edgeLabelSize: 11,
    edgeLabelColor: { color: "#48525e" },
    minCameraRatio: 0.05,
    maxCameraRatio: 4,
    stagePadding: 40,
  };
  // The sigma the page started while its data loaded (its GPU programs built meanwhile), else a new one.
  const adopted = adoptStartedSigma(container);
  if (adopted) {
    adopted.getGraph().clear(); // its stand-in items, so the settings apply to an empty graph
    adopted.setSettings(settings);
    adopted.setGraph(shown);
  }
  const sigma: Sigma = adopted ?? new Sigma<Attributes, Attributes>(shown, container, settings);

  // Other modules repaint items by id (`partialGraph`): repaint those sigma holds, skip the rest
  // (an item not shown has nothing to repaint; sigma would throw). A full refresh sigma scheduled
  // itself (a setting changed, an item dropped) has cleared its program indices until it renders,
  // so a repaint without indexation would throw too: index then (private field, read only).
  const sigmaRefresh = sigma.refresh.bind(sigma);
  const sigmaState = sigma as unknown as { needToProcess: boolean };
  sigma.refresh = (opts) => {
    const partial = opts?.partialGraph;
    if (!partial) return sigmaRefresh(opts);
    return sigmaRefresh({
      ...opts,
      skipIndexation: (opts.skipIndexation ?? false) && !sigmaState.needToProcess,
      partialGraph: {
        nodes: partial.nodes?.filter((n) => shown.hasNode(n)),
        edges: partial.edges?.filter((e) => shown.hasEdge(e)),
      },
    });
  };

  // Positions live in the full graph (layout, Run layout's worker, Reset): sigma's graph follows.
  const copyPosition = (node: string, a: DisplayNodeAttributes) => {
    const p = graph.getNodeAttributes(node);
    a.x = p.x;
    a.y = p.y;
    return a;
  };
  const onNodeMoved = ({ key }: { key: string }) => {
    if (shown.hasNode(key)) {
      const p = graph.getNodeAttributes(key);
      shown.mergeNodeAttributes(key, { x: p.x, y: p.y });
    }
  };
  const onNodesMoved = () => shown.updateEachNodeAttributes(copyPosition, { attributes: ["x", "y"] });
  const onStructureChanged = () => {
    indexEdges();
    order = graphOrder(graph);
    countDrawn();
    rebuildShown();
    fullRefresh();
  };
  graph.on("nodeAttributesUpdated", onNodeMoved);
  graph.on("eachNodeAttributesUpdated", onNodesMoved);

  /** Re-runs reducers for everything and re-indexes: after filter changes and on settling in full mode. */
  const fullRefresh = () => {
    sigma.refresh();
    reindexed = true;
  };

  /** The bench's baseline: every edge of the display graph made again from the knowledge graph. */
  const rebuildEdges = () => {
    graph.off("edgesCleared", onStructureChanged);
    graph.clearEdges();
    addDisplayEdges(kg, graph, options);
    graph.on("edgesCleared", onStructureChanged);
    indexEdges();
    order = graphOrder(graph);
  };
  // Someone replaced the full graph's edges (not the bench's rebuild): start again from it.
  graph.on("edgesCleared", onStructureChanged);

  const scheduleSettle = () => {
    if (settleTimer !== null) clearTimeout(settleTimer);
    settleTimer = setTimeout(settle, options.settleDelayMs);
  };

  const settle = () => {
    settleTimer = null;
    reindexed = false;
    for (const listener of [...settledListeners]) listener(view);
    // Labels and sizes were left as they were while the date moved: index them once now.
    if (!reindexed) sigma.refresh({ partialGraph: { nodes: [] }, skipIndexation: false });
  };

  const onChange = (next: ExplorerState, previous: ExplorerState) => {
    state = next;
    const timeChanged = next.day !== previous.day || next.windowDays !== previous.windowDays;
    const filtersChanged = next.filters !== previous.filters;
    const previousView = view;
    const previousPinned = pinned;
    const previousFocus = focus;
    if (timeChanged || filtersChanged) view = visibleView(kg, next);
    pinned = pinnedNodes(kg, next);
    focus = focusOf(kg, next, view);
    focusEdges = edgesOf(focus?.edges ?? []);
    if (filtersChanged || options.refresh === "full") {
      if (timeChanged && options.refresh === "full") rebuildEdges();
      if (timeChanged || filtersChanged) countDrawn();
      if (timeChanged || filtersChanged || !sameSet(previousPinned, pinned)) rebuildShown();
      if (timeChanged || filtersChanged || !sameFocus(previousFocus, focus)) fullRefresh();
      if (timeChanged || filtersChanged) scheduleSettle();
      return;
    }
    const focusChanged = !sameFocus(previousFocus, focus);
    if (!timeChanged && !focusChanged && sameSet(previousPinned, pinned)) return;
    const nodes = new Set<string>();
    const edges = new Set<string>();
    if (timeChanged) {
      // Only the relations whose answer changed (entered, left, or changed certainty) touch an edge:
      // its count moves by one, and only those edges are repainted.
      for (const [r, certainty] of view.relations) {
        const before = previousView.relations.get(r);
        if (before === certainty) continue;
        const edge = edgeOfRelation.get(r);
        if (edge === undefined) continue;
        edges.add(edge);
        if (before === undefined) drawn.set(edge, (drawn.get(edge) ?? 0) + 1);
      }
      for (const r of previousView.relations.keys()) {
        if (view.relations.has(r)) continue;
        const edge = edgeOfRelation.get(r);
        if (edge === undefined) continue;
        edges.add(edge);
        const left = (drawn.get(edge) ?? 0) - 1;
        if (left > 0) drawn.set(edge, left);
        else drawn.delete(edge);
      }
    }
    symmetricDifference(previousView.active, view.active, nodes);
    symmetricDifference(previousPinned, pinned, nodes);
    // Entities and edges that entered or left go into or out of sigma's graph (nodes first, so
    // edges find their ends; dropping a node drops its edges).
    // Sigma re-indexes everything it holds on each item dropped from its graph (a full refresh per
    // drop): its graph handlers are off during the batch, and it is told once what left.
    let structure = false;
    const internals = sigmaInternals(sigma);
    internals?.unbindGraphHandlers();
    try {
      for (const node of nodes) structure = syncNode(node) || structure;
      for (const edge of edges) structure = syncEdge(edge) || structure;
    } finally {
      internals?.bindGraphHandlers();
    }
    if (internals) {
      for (const node of dropped.nodes) internals.removeNode(node);
      for (const edge of dropped.edges) internals.removeEdge(edge);
    }
    dropped.nodes.length = 0;
    dropped.edges.length = 0;
    if (focusChanged) {
      // Everything not in focus changes colour: every drawn entity and edge is repainted.
      shown.forEachNode((node) => nodes.add(node));
      shown.forEachEdge((edge) => edges.add(edge));
    }
    sigma.refresh({ partialGraph: { nodes: [...nodes], edges: [...edges] }, skipIndexation: !structure });
    if (timeChanged) scheduleSettle();
  };

  const unsubscribe = store.subscribe(onChange);
  sigma.on("beforeRender", labels.reset);
  const removeDashes = createDashedEdgeLayer(sigma, dashed);
  sigma.scheduleRender();
  scheduleSettle();

  return {
    sigma,
    graph,
    view: () => view,
    edgeOf: (relation) => edgeOfRelation.get(relation),
    drawnRelations(edge) {
      if (!graph.hasEdge(edge)) return [];
      return graph.getEdgeAttribute(edge, "relations").filter((r) => view.relations.has(r));
    },
    onSettled(listener) {
      settledListeners.add(listener);
      return () => settledListeners.delete(listener);
    },
    settling: () => settleTimer !== null,
    setNodeSizes(next) {
      const changed: string[] = [];
      shown.forEachNode((node) => {
        if (sizes.get(node) !== next.get(node)) changed.push(node);
      });
      sizes = next;
      if (changed.length === 0) return;
      sigma.refresh({ partialGraph: { nodes: changed }, skipIndexation: false });
      reindexed = true;
    },
    centreOn(node) {
      // After the next render: before it, a node's display data may not be framed yet (the page
      // opened on a selection), and the camera would be sent off the graph.
      sigma.once("afterRender", () => {
        const data = sigma.getNodeDisplayData(node);
        if (!data) return;
        const { x, y } = sigma.framedGraphToViewport(data);
        const { width, height } = sigma.getDimensions();
        const inView = x > width * 0.15 && x < width * 0.85 && y > height * 0.15 && y < height * 0.85;
        if (!inView) void sigma.getCamera().animate({ x: data.x, y: data.y }, { duration: 400 });
      });
      sigma.scheduleRender();
    },
    labelBoxes: () => labels.boxes(),
    dashedEdges: () => dashed,
    holdAlso(next) {
      if (sameSet(extra.nodes, next.nodes) && sameSet(extra.edges, next.edges)) return;
      extra = next;
      if (!shownOnly) return;
      rebuildShown();
      fullRefresh();
    },
    cleanup() {
      graph.off("nodeAttributesUpdated", onNodeMoved);
      graph.off("eachNodeAttributesUpdated", onNodesMoved);
      graph.off("edgesCleared", onStructureChanged);
      removeDashes();
      unsubscribe();
      if (settleTimer !== null) clearTimeout(settleTimer);
      sigma.kill();
    },
  };
}
