import type { EntityKind, RelationKind, Status } from "../model/core.js";

/** What is selected: an entity, a relation, or nothing. */
export type Selection =
  | { readonly kind: "entity"; readonly id: string }
  | { readonly kind: "relation"; readonly id: string }
  | null;

/** Which entities and relations may be drawn, whatever the date. */
export interface Filters {
  readonly entityKinds: ReadonlySet<EntityKind>;
  readonly relationKinds: ReadonlySet<RelationKind>;
  readonly statuses: ReadonlySet<Status>;
  /** Draw entities that have no relation shown on the date (greyed) instead of hiding them. */
  readonly showIdle: boolean;
}

/** A path found between two entities, highlighted on the graph. */
export interface HighlightedPath {
  readonly from: string;
  readonly to: string;
  readonly nodes: readonly string[];
  readonly edges: readonly string[];
}

/** Two dates compared (day numbers, `before` < `after`): what began, ended and changed between them. */
export interface CompareDates {
  readonly before: number;
  readonly after: number;
}

/**
 * The one typed state of the page: everything the graph's reducers and the panels draw from.
 * Modules change it through the store and redraw from it; nothing else holds display state.
 */
export interface ExplorerState {
  /** The date looked at, as a day number (days since 1970-01-01). */
  readonly day: number;
  /** Events within this many days either side of the date are drawn. */
  readonly windowDays: number;
  readonly filters: Filters;
  readonly selection: Selection;
  /** The node under the pointer, if any. */
  readonly hovered: string | null;
  readonly path: HighlightedPath | null;
  /** Id of the measure that sizes nodes and ranks entities. */
  readonly measure: string;
  /** The two dates compared, when comparing (absent or null: the graph on the date alone). */
  readonly compare?: CompareDates | null;
  /** The questions panel keeps only certain answers (`faultline backers … --certain`); absent: false. */
  readonly certainOnly?: boolean;
}

/** A change to the state and what caused it, passed to every listener. */
export type StateListener = (state: ExplorerState, previous: ExplorerState) => void;

/** Holds the state; `update` replaces fields and tells every listener, in subscription order. */
export interface Store {
  get(): ExplorerState;
  update(patch: Partial<ExplorerState>): void;
  /** Adds a listener; returns the function that removes it. */
  subscribe(listener: StateListener): () => void;
}

/** Creates the store of the page's state. */
export function createStore(initial: ExplorerState): Store {
  let state = initial;
  const listeners = new Set<StateListener>();
  return {
    get: () => state,
    update(patch) {
      const previous = state;
      state = { ...state, ...patch };
      for (const listener of [...listeners]) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
