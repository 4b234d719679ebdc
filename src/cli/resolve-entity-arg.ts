import type { KnowledgeGraph } from "../graph/knowledge-graph.js";
import type { Entity } from "../model/core.js";
import type { Resolution } from "../query/entity-resolver.js";
import { EntityResolver } from "../query/entity-resolver.js";
import type { FaultlineError } from "../faultline-error.js";
import { noMatch } from "../faultline-error.js";
import type { CliIo } from "./io.js";

const resolvers = new WeakMap<KnowledgeGraph, EntityResolver>();

/** The resolver of a knowledge graph, built once. */
export function resolverOf(kg: KnowledgeGraph): EntityResolver {
  const known = resolvers.get(kg);
  if (known) return known;
  const resolver = new EntityResolver(kg.dataset.entities, kg.nameKey);
  resolvers.set(kg, resolver);
  return resolver;
}

/** The error for a name that matches nothing, with "did you mean" when there are near names (exit 1). */
export function noEntityMatches(resolution: Resolution): FaultlineError {
  const { query, suggestions } = resolution;
  const hint =
    suggestions.length > 0
      ? ` Did you mean: ${suggestions.map((s) => `${s.entity.label} (${s.entity.id})`).join(", ")}?`
      : "";
  return noMatch(`No entity matches "${query}".${hint}`);
}

/** How a command-line name is read: `actorsOnly` for questions only actors answer (backers, allies). */
export interface ResolveArgOptions {
  readonly actorsOnly?: boolean;
}

/**
 * Resolves a name given on the command line to one entity. A miss ends the command with exit 1
 * and "did you mean"; an ambiguous name takes the best candidate and says which others it meant.
 * In an actor-only question a name that also denotes a place ("Damascus") is read as the actor,
 * and a note names the place set aside.
 */
export function resolveEntityArg(
  kg: KnowledgeGraph,
  name: string,
  io: CliIo,
  options: ResolveArgOptions = {},
): Entity {
  const resolver = resolverOf(kg);
  const resolution = options.actorsOnly
    ? resolver.resolveActor(name)
    : { ...resolver.resolve(name), setAside: [] };
  const [best, ...others] = resolution.candidates;
  if (!best) throw noEntityMatches(resolution);
  const { setAside } = resolution;
  if (setAside.length > 0) {
    io.stderr.write(
      `note: "${name}" read as the actor ${best.entity.label} (${best.entity.id}); it also names the place ${setAside
        .map((o) => `${o.entity.label} (${o.entity.id})`)
        .join(", ")}, set aside in a question about actors.\n`,
    );
  }
  if (others.length > 0) {
    io.stderr.write(
      `note: "${name}" is ambiguous; using ${best.entity.label} (${best.entity.id}). Also: ${others
        .map((o) => `${o.entity.label} (${o.entity.id})`)
        .join(", ")}. Pass an id to choose.\n`,
    );
  }
  return best.entity;
}
