import type { KnowledgeGraph } from "../graph/knowledge-graph.js";
import type { Certainty } from "../graph/time-bounds.js";
import { snapshotAt } from "../query/snapshot.js";
import type { ExplorerState } from "./explorer-state.js";

/** What the page shows on its date: the relations drawn and the entities they join. */
export interface VisibleView {
  /** Relations drawn (valid on the date, events within the window, passing the filters), with their certainty. */
  readonly relations: ReadonlyMap<string, Certainty>;
  /** Entities at an end of a drawn relation. */
  readonly active: ReadonlySet<string>;
}

/**
 * The relations shown for a state: the library's snapshot on the date (states holding then, events
 * within the window), kept when their kind, status and both entities' kinds pass the filters.
 */
export function visibleView(kg: KnowledgeGraph, state: ExplorerState): VisibleView {
  const { filters } = state;
  const snapshot = snapshotAt(kg, { lo: state.day, hi: state.day }, state.windowDays);
  const relations = new Map<string, Certainty>();
  const active = new Set<string>();
  snapshot.hits.forEach((r, certainty) => {
    if (!filters.relationKinds.has(r.kind) || !filters.statuses.has(r.status)) return;
    if (!filters.entityKinds.has(kg.entities.get(r.source)!.kind)) return;
    if (!filters.entityKinds.has(kg.entities.get(r.target)!.kind)) return;
    relations.set(r.id, certainty);
    active.add(r.source);
    active.add(r.target);
  });
  return { relations, active };
}

/** Whether an entity is drawn: its kind passes the filters, and it has a relation shown (or idle ones are drawn, or it is in focus). */
export function isNodeShown(
  kg: KnowledgeGraph,
  state: ExplorerState,
  view: VisibleView,
  node: string,
  pinned: ReadonlySet<string>,
): boolean {
  if (!state.filters.entityKinds.has(kg.entities.get(node)!.kind)) return false;
  return view.active.has(node) || state.filters.showIdle || pinned.has(node);
}
