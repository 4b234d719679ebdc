import louvainImport from "graphology-communities-louvain";
import { commonJsDefault } from "./common-js-default.js";
import type { KnowledgeGraph } from "../graph/knowledge-graph.js";
import type { RelationKind } from "../model/core.js";
import type { EntityRef } from "./relation-ref.js";
import { compareIds, entityRef } from "./relation-ref.js";
import { seededRandom } from "./seeded-random.js";
import { selectRelations } from "./select-relations.js";
import { simpleProjection } from "./simple-projection.js";
import type { ScopeJson, TimeScope } from "./time-scope.js";
import { scopeJson } from "./time-scope.js";

// A CommonJS module whose typings disagree between Bundler and NodeNext resolution (see commonJsDefault).
const louvain = commonJsDefault(louvainImport);

/** What to group: the actors' cooperative relations in a scope, and Louvain's settings. */
export interface BlocOptions {
  readonly scope: TimeScope;
  /** Only these kinds (of the cooperative ones); all cooperative kinds when absent. */
  readonly kinds?: readonly RelationKind[];
  readonly certainOnly?: boolean;
  /** Louvain resolution: above 1 gives more, smaller blocs (default 1). */
  readonly resolution?: number;
  /** Seed of Louvain's random order, so an answer is the same on every run (default 1). */
  readonly seed?: number;
}

/** One bloc: its members, by label, and how many cooperative relations hold inside it. */
export interface Bloc {
  readonly members: readonly EntityRef[];
  readonly internalRelations: number;
}

/** The blocs of a scope, largest first, and the modularity of the split (null when nothing cooperates). */
export interface BlocsAnswer {
  readonly scope: ScopeJson;
  readonly modularity: number | null;
  readonly blocs: readonly Bloc[];
}

/**
 * Blocs: Louvain communities (graphology-communities-louvain) of the actors joined by cooperative
 * relations in a scope. The projection is undirected, places left out, each pair one edge weighted
 * by its number of cooperative relations; Louvain's random order is seeded, so the answer is stable.
 */
export function findBlocs(kg: KnowledgeGraph, options: BlocOptions): BlocsAnswer {
  const selected = selectRelations(kg, { ...options, layer: "cooperative", actorsOnly: true });
  const graph = simpleProjection(kg, selected, "undirected");
  if (graph.size === 0) return { scope: scopeJson(options.scope), modularity: null, blocs: [] };
  const detailed = louvain.detailed(graph, {
    getEdgeWeight: "weight",
    resolution: options.resolution ?? 1,
    rng: seededRandom(options.seed ?? 1),
  });
  const groups = new Map<number, string[]>();
  for (const node of graph.nodes()) {
    const community = detailed.communities[node]!;
    const group = groups.get(community);
    if (group) group.push(node);
    else groups.set(community, [node]);
  }
  const blocs = [...groups.values()].map((ids): Bloc => {
    const inside = new Set(ids);
    let internalRelations = 0;
    graph.forEachEdge((_edge, attributes, source, target) => {
      if (inside.has(source) && inside.has(target)) internalRelations += attributes.weight;
    });
    const members = ids
      .map((id) => entityRef(kg, id))
      .sort((a, b) => a.label.localeCompare(b.label) || compareIds(a.id, b.id));
    return { members, internalRelations };
  });
  blocs.sort(
    (x, y) => y.members.length - x.members.length || x.members[0]!.label.localeCompare(y.members[0]!.label),
  );
  return { scope: scopeJson(options.scope), modularity: detailed.modularity, blocs };
}
