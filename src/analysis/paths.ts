import type { KnowledgeGraph } from "../graph/knowledge-graph.js";
import { entityLabel } from "../graph/entity-label.js";
import type { Certainty } from "../graph/time-bounds.js";
import type { RelationKind, Status } from "../model/core.js";
import { kShortestSimplePaths } from "./k-shortest-paths.js";
import type { Layer } from "./layer.js";
import { compareIds } from "./relation-ref.js";
import type { SelectedRelation } from "./select-relations.js";
import { selectRelations } from "./select-relations.js";
import { simpleProjection } from "./simple-projection.js";
import type { TimeScope } from "./time-scope.js";
import { describeScope } from "./time-scope.js";

/** How to look for paths: over which relations, at which date, how many, along which direction. */
export interface PathOptions {
  /** `at`: time-respecting (every relation on a path holds on the date); `always`: dates ignored. */
  readonly scope: Extract<TimeScope, { kind: "always" | "at" }>;
  readonly kinds?: readonly RelationKind[];
  readonly layer?: Layer;
  readonly certainOnly?: boolean;
  /** How many shortest simple paths (default 1). */
  readonly k?: number;
  /** Follow relations only from source to target (symmetric ones both ways). Default false: any relation links both ends. */
  readonly directed?: boolean;
}

/** A path: the entities from first to last, and for each hop the relation that makes it. */
export interface EntityPath {
  readonly entities: readonly string[];
  readonly relations: readonly string[];
  /** Certain when every relation on the path certainly holds on the date; null when dates are ignored. */
  readonly certainty: Certainty | null;
}

/** The paths found, shortest first, and, when there are none, why. */
export interface PathsAnswer {
  readonly paths: readonly EntityPath[];
  /** Why there is no path (empty when there are paths). */
  readonly reason: string;
}

const CERTAINTY_RANK = { certain: 0, possible: 1 } as const;
const STATUS_RANK: Record<Status, number> = { reported: 0, claimed: 1, disputed: 2 };

/** Of the parallel relations making one hop, the firmest: certain before possible, reported before claimed before disputed, then id. */
function firmest(ids: readonly string[], selected: ReadonlyMap<string, SelectedRelation>): SelectedRelation {
  return ids
    .map((id) => selected.get(id)!)
    .sort(
      (a, b) =>
        (a.certainty ? CERTAINTY_RANK[a.certainty] : 0) - (b.certainty ? CERTAINTY_RANK[b.certainty] : 0) ||
        STATUS_RANK[a.relation.status] - STATUS_RANK[b.relation.status] ||
        compareIds(a.relation.id, b.relation.id),
    )[0]!;
}

/**
 * The k shortest simple paths between two entities over the selected relations (Yen's algorithm on
 * the simple projection, so parallel relations make one hop and a symmetric relation is crossed
 * either way). With a date, the paths are time-respecting: only relations holding on it are used,
 * and each path says whether all of them certainly do.
 */
export function findPaths(
  kg: KnowledgeGraph,
  source: string,
  target: string,
  options: PathOptions,
): PathsAnswer {
  const { scope, k = 1, directed = false } = options;
  const selection = selectRelations(kg, options);
  const graph = simpleProjection(kg, selection, directed ? "directed" : "undirected");
  const byId = new Map(selection.map((s) => [s.relation.id, s]));
  const nodePaths = kShortestSimplePaths(graph, source, target, k);
  const paths = nodePaths.map((entities): EntityPath => {
    const hops = entities.slice(1).map((to, i) => {
      const edge = graph.edge(entities[i]!, to)!;
      return firmest(graph.getEdgeAttribute(edge, "relations"), byId);
    });
    const certainty =
      scope.kind === "always" ? null : hops.every((h) => h.certainty === "certain") ? "certain" : "possible";
    return { entities, relations: hops.map((h) => h.relation.id), certainty };
  });
  return {
    paths,
    reason: paths.length > 0 ? "" : noPathReason(kg, source, target, graph.hasNode.bind(graph), options),
  };
}

function noPathReason(
  kg: KnowledgeGraph,
  source: string,
  target: string,
  touched: (id: string) => boolean,
  options: PathOptions,
): string {
  const label = (id: string) => entityLabel(kg, id);
  const filtered =
    (options.kinds?.length ?? 0) > 0 || (options.layer ?? "all") !== "all" || options.certainOnly;
  const kindsNote = filtered ? " of the kinds asked for" : "";
  const when = options.scope.kind === "always" ? "" : ` ${describeScope(options.scope)}`;
  const idle = [source, target].filter((id) => !touched(id));
  if (idle.length > 0) {
    return `${idle.map(label).join(" and ")} ${idle.length > 1 ? "have" : "has"} no relation${kindsNote}${when}`;
  }
  return `no chain of relations${kindsNote} joins ${label(source)} to ${label(target)}${when}`;
}
