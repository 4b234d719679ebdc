import type { Attributes } from "graphology-types";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { KnowledgeGraph } from "../graph/knowledge-graph.js";
import type { ChangeKind, CompareView } from "./compare-view.js";
import { CHANGE_COLORS, CHANGE_KINDS, compareViewOf } from "./compare-view.js";
import type { DashedEdge } from "./dashed-edges.js";
import type { ExplorerState, Store } from "./explorer-state.js";
import type { GraphView } from "./graph-view.js";
import { KIND_COLORS, MUTED_COLOR, withAlpha } from "./palette.js";
import { doubtColor, isDoubtful, neverCertainRelations } from "./time-doubt.js";

/** Colour of relations that did not change, in comparison mode: context, not news. */
const UNCHANGED_EDGE_COLOR = withAlpha("#c5cad1", 0.45);
/** How much thicker a changed relation is drawn in comparison mode. */
const CHANGE_THICKNESS = 1.5;

type NodeReducer = (node: string, attributes: Attributes) => Partial<NodeDisplayData>;
type EdgeReducer = (edge: string, attributes: Attributes) => Partial<EdgeDisplayData>;

/** The relations an edge of the display graph stands for: its `relations` list, or the edge itself. */
function relationsOfEdge(edge: string, attributes: Attributes): readonly string[] {
  const relations: unknown = attributes.relations;
  return Array.isArray(relations) ? (relations as string[]) : [edge];
}

/**
 * Draws time over the graph view's own reducers (its node and edge reducers run first, then
 * these): on a date, edges whose drawn relations are all only possible because of their dates are
 * faded (time-doubt.ts); comparing two dates, every relation that began, ended, came and went,
 * changed tone or happened in between is drawn in its change's colour and thicker, with the
 * entities it joins, and the rest is muted. Dashed claims keep their dash, in the new colour.
 * Returns the cleanup that puts the view's reducers back.
 */
export function mountTimeOverlay(kg: KnowledgeGraph, store: Store, graphView: GraphView): () => void {
  const { sigma, graph } = graphView;
  const baseNode = sigma.getSetting("nodeReducer") as NodeReducer | null;
  const baseEdge = sigma.getSetting("edgeReducer") as EdgeReducer | null;
  // The dashed layer draws from this map after the reducers run; the overlay recolours entries the
  // view's reducer made (a ReadonlyMap to everyone else, the same live Map underneath).
  const dashed = graphView.dashedEdges() as Map<string, DashedEdge>;

  // Fading follows certainty, whose changes the view repaints itself, except for claimed and
  // disputed relations (always possible): their fading is followed here, the rest read on demand.
  const neverCertain = neverCertainRelations(kg);
  const claimsFadedOn = (state: ExplorerState) => {
    const view = graphView.view();
    const out = new Set<string>();
    for (const id of neverCertain) {
      const certainty = view.relations.get(id);
      if (certainty && isDoubtful(kg, id, certainty, state.day, state.windowDays)) out.add(id);
    }
    return out;
  };
  let fadedClaims = claimsFadedOn(store.get());
  const faded = (id: string): boolean => {
    const certainty = graphView.view().relations.get(id);
    if (certainty !== "possible") return false;
    return kg.relations.get(id)!.validity.neverCertain ? fadedClaims.has(id) : true;
  };
  let compare: CompareView | null = compareViewOf(kg, store.get());
  /** Sigma holds the changed relations' edges and entities even when not shown on the date (ended ones). */
  const holdChanges = () => {
    const edges = new Set<string>();
    for (const r of compare?.changes.keys() ?? []) {
      const edge = graphView.edgeOf(r) ?? r;
      if (graph.hasEdge(edge)) edges.add(edge);
    }
    graphView.holdAlso({ nodes: compare?.entities ?? new Set(), edges });
  };
  holdChanges();

  const changeOf = (relations: readonly string[]): ChangeKind | null => {
    let best: ChangeKind | null = null;
    for (const r of relations) {
      const change = compare?.changes.get(r);
      if (change && (best === null || CHANGE_KINDS.indexOf(change) < CHANGE_KINDS.indexOf(best)))
        best = change;
    }
    return best;
  };

  const nodeReducer: NodeReducer = (node, attributes) => {
    const display = baseNode ? baseNode(node, attributes) : { ...attributes };
    if (!compare) return display;
    const entity = kg.entities.get(node);
    if (compare.entities.has(node) && entity && store.get().filters.entityKinds.has(entity.kind)) {
      display.hidden = false;
      display.color = KIND_COLORS[entity.kind];
      display.label = attributes.label as string;
    } else if (!display.highlighted) {
      display.color = MUTED_COLOR;
      display.label = null;
    }
    return display;
  };

  const edgeReducer: EdgeReducer = (edge, attributes) => {
    const display = baseEdge ? baseEdge(edge, attributes) : { ...attributes };
    const relations = relationsOfEdge(edge, attributes);
    const style = dashed.get(edge);
    const recolour = (color: string) => {
      if (style) dashed.set(edge, { ...style, color });
      else display.color = color;
    };
    if (compare) {
      const change = changeOf(relations);
      if (change) {
        // Events in between are context for the states that changed: drawn at their own thickness.
        const size =
          (display.size ?? (attributes.size as number)) * (change === "event" ? 1 : CHANGE_THICKNESS);
        display.hidden = false;
        display.size = size;
        display.zIndex = 1;
        const relation = kg.relations.get(relations.find((r) => compare!.changes.has(r))!);
        if (!style && relation && relation.status !== "reported") {
          // Hidden on the date, so the view's reducer left it out of the dashed layer: add it.
          const type = attributes.type as string;
          dashed.set(edge, {
            status: relation.status,
            color: CHANGE_COLORS[change],
            size,
            curvature: type === "curved" || type === "curvedArrow" ? (attributes.curvature as number) : 0,
            arrow: type === "arrow" || type === "curvedArrow",
          });
          display.color = "rgba(0, 0, 0, 0)";
        } else recolour(CHANGE_COLORS[change]);
      } else if (!display.hidden) recolour(UNCHANGED_EDGE_COLOR);
      return display;
    }
    if (display.hidden) return display;
    const drawn = relations.filter((r) => graphView.view().relations.has(r));
    if (drawn.length > 0 && drawn.every(faded))
      recolour(doubtColor(style ? style.color : (display.color ?? (attributes.color as string))));
    return display;
  };

  sigma.setSetting("nodeReducer", nodeReducer);
  sigma.setSetting("edgeReducer", edgeReducer);

  const unsubscribe = store.subscribe((next, previous) => {
    const nextCompare = compareViewOf(kg, next);
    if (nextCompare !== compare) {
      compare = nextCompare;
      fadedClaims = claimsFadedOn(next);
      holdChanges();
      sigma.refresh();
      return;
    }
    const timeChanged = next.day !== previous.day || next.windowDays !== previous.windowDays;
    if (!timeChanged && next.filters === previous.filters) return;
    // The view repainted the relations that entered, left or changed certainty; a claimed one can
    // become faded without changing certainty, so repaint the edges of those whose fading changed.
    const before = fadedClaims;
    fadedClaims = claimsFadedOn(next);
    if (compare) return;
    const edges = new Set<string>();
    for (const r of fadedClaims) if (!before.has(r)) edges.add(graphView.edgeOf(r) ?? r);
    for (const r of before) if (!fadedClaims.has(r)) edges.add(graphView.edgeOf(r) ?? r);
    const known = [...edges].filter((e) => graph.hasEdge(e));
    if (known.length > 0) sigma.refresh({ partialGraph: { edges: known }, skipIndexation: true });
  });

  return () => {
    unsubscribe();
    if (compare) graphView.holdAlso({ nodes: new Set(), edges: new Set() });
    sigma.setSetting("nodeReducer", baseNode);
    sigma.setSetting("edgeReducer", baseEdge);
  };
}
