import type { KnowledgeGraph } from "../graph/knowledge-graph.js";
import type { RelationKind } from "../model/core.js";
import { compareIds } from "./relation-ref.js";
import type { SignedPair } from "./signed-pairs.js";
import { pairKey, signedPairsOf } from "./signed-pairs.js";
import type { ScopeJson, TimeScope } from "./time-scope.js";
import { scopeJson } from "./time-scope.js";

/** What to weigh: the actors' signed relations in a scope. */
export interface BalanceOptions {
  readonly scope: TimeScope;
  readonly kinds?: readonly RelationKind[];
  readonly certainOnly?: boolean;
}

/** A triad's signs, cooperative (+) before hostile (−): +++ and +−− are balanced, ++− and −−− are not. */
export type TriadType = "+++" | "+--" | "++-" | "---";

/** Three actors, each pair signed, and the relations that sign each pair. */
export interface Triad {
  /**
   * The three actors. For ++− the first is the one on good terms with both others, who are hostile
   * to each other; for +−− the first is the one hostile to both others, who cooperate; −−− and +++ by id.
   */
  readonly entities: readonly [string, string, string];
  readonly type: TriadType;
  /** The pairs first–second, first–third, second–third. */
  readonly pairs: readonly [SignedPair, SignedPair, SignedPair];
}

/** The structural balance of the signed graph of actors. */
export interface BalanceAnswer {
  readonly scope: ScopeJson;
  readonly pairs: { readonly cooperative: number; readonly hostile: number; readonly ambivalent: number };
  readonly triads: Readonly<Record<TriadType, number>> & { readonly total: number };
  /** Share of signed triads that are balanced (+++ or +−−); null when there is no signed triad. */
  readonly score: number | null;
  /** Share of signed triads that are weakly balanced (Davis: −−− also, as three enemies split into three blocs). */
  readonly weakScore: number | null;
  /** Every unbalanced triad: ++− first, then −−−. */
  readonly unbalanced: readonly Triad[];
  /** Pairs with both cooperative and hostile relations in the scope; left out of the triads. */
  readonly ambivalent: readonly SignedPair[];
}

/**
 * Structural balance (Heider; Cartwright and Harary) of the actors' signed graph in a scope:
 * cooperative relations +1, hostile −1, places left out, each pair signed once whatever the number
 * and direction of its relations. Every triangle of signed pairs is a triad; it is balanced when
 * the product of its signs is positive. Ambivalent pairs are listed apart and sign no triad.
 */
export function structuralBalance(kg: KnowledgeGraph, options: BalanceOptions): BalanceAnswer {
  const all = signedPairsOf(kg, options);
  const signed = [...all.values()].filter((p) => p.tone !== "ambivalent");
  const neighbours = new Map<string, Set<string>>();
  const link = (x: string, y: string) => {
    const set = neighbours.get(x);
    if (set) set.add(y);
    else neighbours.set(x, new Set([y]));
  };
  for (const p of signed) {
    link(p.a, p.b);
    link(p.b, p.a);
  }
  const counts: Record<TriadType, number> = { "+++": 0, "+--": 0, "++-": 0, "---": 0 };
  const unbalanced: Triad[] = [];
  for (const p of signed) {
    const [small, large] = [neighbours.get(p.a)!, neighbours.get(p.b)!].sort((x, y) => x.size - y.size);
    for (const w of small!) {
      if (compareIds(w, p.b) <= 0 || !large!.has(w)) continue; // each triangle once: a < b < w
      const triad = orient(p, all.get(pairKey(p.a, w))!, all.get(pairKey(p.b, w))!);
      counts[triad.type]++;
      if (triad.type === "++-" || triad.type === "---") unbalanced.push(triad);
    }
  }
  const total = counts["+++"] + counts["+--"] + counts["++-"] + counts["---"];
  const pairCounts = { cooperative: 0, hostile: 0, ambivalent: 0 };
  for (const p of all.values()) pairCounts[p.tone]++;
  unbalanced.sort((x, y) => (x.type === y.type ? compareTriads(x, y) : x.type === "++-" ? -1 : 1));
  return {
    scope: scopeJson(options.scope),
    pairs: pairCounts,
    triads: { ...counts, total },
    score: total === 0 ? null : (counts["+++"] + counts["+--"]) / total,
    weakScore: total === 0 ? null : (counts["+++"] + counts["+--"] + counts["---"]) / total,
    unbalanced,
    ambivalent: [...all.values()]
      .filter((p) => p.tone === "ambivalent")
      .sort((x, y) => compareIds(pairKey(x.a, x.b), pairKey(y.a, y.b))),
  };
}

/** Names a triangle's type and puts its odd actor first (see Triad.entities). */
function orient(ab: SignedPair, aw: SignedPair, bw: SignedPair): Triad {
  const a = ab.a;
  const b = ab.b;
  const w = aw.a === a ? aw.b : aw.a;
  const plus = [ab, aw, bw].filter((p) => p.tone === "cooperative").length;
  const type: TriadType = plus === 3 ? "+++" : plus === 2 ? "++-" : plus === 1 ? "+--" : "---";
  if (type === "++-" || type === "+--") {
    // The odd pair is the one whose tone differs from the other two; its opposite actor goes first.
    const odd = [ab, aw, bw].find((p) => (p.tone === "cooperative") === (type === "+--"))!;
    const first = odd === ab ? w : odd === aw ? b : a;
    const pairOf = (x: string) => [ab, aw, bw].find((p) => pairKey(p.a, p.b) === pairKey(first, x))!;
    return { entities: [first, odd.a, odd.b], type, pairs: [pairOf(odd.a), pairOf(odd.b), odd] };
  }
  return { entities: [a, b, w], type, pairs: [ab, aw, bw] };
}

function compareTriads(x: Triad, y: Triad): number {
  for (let i = 0; i < 3; i++) {
    const c = compareIds(x.entities[i]!, y.entities[i]!);
    if (c !== 0) return c;
  }
  return 0;
}
