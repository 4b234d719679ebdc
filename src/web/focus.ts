import type { KnowledgeGraph } from "../graph/knowledge-graph.js";
import type { ExplorerState } from "./explorer-state.js";
import type { VisibleView } from "./visible-view.js";

/** What stands out while something is hovered, selected or a path is shown; the rest is muted. */
export interface Focus {
  /** Entities emphasised: the focused ones and their neighbours (or the path). */
  readonly nodes: ReadonlySet<string>;
  /** Relations emphasised. */
  readonly edges: ReadonlySet<string>;
  /** The focused entities themselves, drawn highlighted. */
  readonly centre: ReadonlySet<string>;
}

function neighbourhood(kg: KnowledgeGraph, view: VisibleView, node: string): Focus {
  const nodes = new Set([node]);
  const edges = new Set<string>();
  kg.graph.forEachEdge(node, (edge, _attributes, source, target) => {
    if (!view.relations.has(edge)) return;
    edges.add(edge);
    nodes.add(source === node ? target : source);
  });
  return { nodes, edges, centre: new Set([node]) };
}

/**
 * The focus of a state: the hovered entity's neighbourhood on the date, else the highlighted path,
 * else the selected entity's neighbourhood or the selected relation and its two ends; null when
 * nothing is in focus.
 */
export function focusOf(kg: KnowledgeGraph, state: ExplorerState, view: VisibleView): Focus | null {
  if (state.hovered && kg.graph.hasNode(state.hovered)) return neighbourhood(kg, view, state.hovered);
  if (state.path) {
    const nodes = new Set(state.path.nodes);
    return { nodes, edges: new Set(state.path.edges), centre: new Set([state.path.from, state.path.to]) };
  }
  const selection = state.selection;
  if (selection?.kind === "entity" && kg.graph.hasNode(selection.id))
    return neighbourhood(kg, view, selection.id);
  if (selection?.kind === "relation" && kg.graph.hasEdge(selection.id)) {
    const [source, target] = kg.graph.extremities(selection.id);
    return {
      nodes: new Set([source, target]),
      edges: new Set([selection.id]),
      centre: new Set([source, target]),
    };
  }
  return null;
}

/** Entities drawn whatever the filters of idle entities: the selected one, the hovered one, the path's. */
export function pinnedNodes(kg: KnowledgeGraph, state: ExplorerState): Set<string> {
  const pinned = new Set<string>();
  if (state.selection?.kind === "entity") pinned.add(state.selection.id);
  if (state.selection?.kind === "relation" && kg.graph.hasEdge(state.selection.id))
    for (const n of kg.graph.extremities(state.selection.id)) pinned.add(n);
  if (state.hovered) pinned.add(state.hovered);
  for (const n of state.path?.nodes ?? []) pinned.add(n);
  return pinned;
}
