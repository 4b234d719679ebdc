import type { KnowledgeGraph } from "../graph/knowledge-graph.js";
import { RELATION_KINDS } from "../model/core.js";
import { compareIds } from "./relation-ref.js";
import type { RelationSelection, SelectedRelation } from "./select-relations.js";
import { selectRelations } from "./select-relations.js";

/** The tone of a pair: only cooperative relations, only hostile ones, or both at once. */
export type Tone = "cooperative" | "hostile" | "ambivalent";

/** Two entities (`a` < `b` by id) and the signed relations between them, read without direction. */
export interface SignedPair {
  readonly a: string;
  readonly b: string;
  readonly tone: Tone;
  readonly cooperative: readonly string[];
  readonly hostile: readonly string[];
}

/** The key of an unordered pair of ids. */
export function pairKey(x: string, y: string): string {
  return compareIds(x, y) <= 0 ? `${x}\u0000${y}` : `${y}\u0000${x}`;
}

/**
 * The signed graph of a selection: each pair of entities joined by a cooperative (+1) or hostile
 * (−1) relation, whichever way it points, symmetric relations counted once. Neutral relations do
 * not sign a pair. A pair with relations of both signs is `ambivalent`; no majority is taken.
 */
export function signedPairs(selected: readonly SelectedRelation[]): Map<string, SignedPair> {
  const found = new Map<string, { a: string; b: string; cooperative: string[]; hostile: string[] }>();
  for (const { relation: r } of selected) {
    const sign = RELATION_KINDS[r.kind].sign;
    if (sign === 0) continue;
    const key = pairKey(r.source, r.target);
    let pair = found.get(key);
    if (!pair) {
      const [a, b] = compareIds(r.source, r.target) <= 0 ? [r.source, r.target] : [r.target, r.source];
      pair = { a, b, cooperative: [], hostile: [] };
      found.set(key, pair);
    }
    (sign > 0 ? pair.cooperative : pair.hostile).push(r.id);
  }
  const pairs = new Map<string, SignedPair>();
  for (const [key, p] of found) {
    const tone: Tone =
      p.cooperative.length > 0 && p.hostile.length > 0
        ? "ambivalent"
        : p.cooperative.length > 0
          ? "cooperative"
          : "hostile";
    pairs.set(key, { ...p, tone });
  }
  return pairs;
}

/** The signed pairs of the actors (places left out) in a selection of relations. */
export function signedPairsOf(kg: KnowledgeGraph, selection: RelationSelection): Map<string, SignedPair> {
  return signedPairs(selectRelations(kg, { ...selection, layer: "all", actorsOnly: true }));
}
