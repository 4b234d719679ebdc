import type { KnowledgeGraph } from "../graph/knowledge-graph.js";
import { dayToIso, parseEdtf } from "../model/core.js";
import type { Store } from "./explorer-state.js";
import type { GraphView } from "./graph-view.js";

/**
 * A read-mostly handle on the page for tests and the bench (`window.__faultline`): what is drawn,
 * the state, and a way to set the date exactly as the slider does.
 */
export interface DebugHandle {
  /** Ids of the relations drawn now, sorted. */
  visibleRelations(): string[];
  /** Ids of the entities with a relation drawn now, sorted. */
  activeEntities(): string[];
  /** The state in plain data: ISO date, window, selection, measure, path. */
  state(): {
    date: string;
    windowDays: number;
    selection: string | null;
    measure: string;
    path: string[] | null;
  };
  /** Sets the date (EDTF day) through the store, as moving the slider does. */
  setDate(iso: string): void;
  /** Sizes of the data: entities and relations. */
  readonly counts: { readonly entities: number; readonly relations: number };
  readonly graphView: GraphView;
  readonly store: Store;
}

declare global {
  interface Window {
    __faultline?: DebugHandle;
  }
}

/** Publishes the handle on `window.__faultline`; returns the function that removes it. */
export function installDebugHandle(kg: KnowledgeGraph, store: Store, graphView: GraphView): () => void {
  window.__faultline = {
    visibleRelations: () => [...graphView.view().relations.keys()].sort(),
    activeEntities: () => [...graphView.view().active].sort(),
    state() {
      const s = store.get();
      return {
        date: dayToIso(s.day),
        windowDays: s.windowDays,
        selection: s.selection ? `${s.selection.kind}:${s.selection.id}` : null,
        measure: s.measure,
        path: s.path ? [...s.path.nodes] : null,
      };
    },
    setDate(iso) {
      const parsed = parseEdtf(iso);
      if (!parsed.ok) throw new RangeError(parsed.reason);
      store.update({ day: parsed.date.lo });
    },
    counts: { entities: kg.entities.size, relations: kg.relations.size },
    graphView,
    store,
  };
  return () => {
    delete window.__faultline;
  };
}
