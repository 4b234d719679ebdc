import type { ScoredEntity } from "../analysis/index.js";

/** Smallest and largest node size (pixels at zoom 1) a measure can give. */
export const NODE_SIZE_RANGE = { min: 5, max: 20 } as const;

/**
 * Node sizes from centrality scores: the square root of the score over the best score, so areas
 * grow with the score; entities the measure does not rank keep the base size.
 */
export function sizesFromScores(scores: readonly ScoredEntity[]): Map<string, number> {
  const best = scores.reduce((m, s) => Math.max(m, s.score), 0);
  const { min, max } = NODE_SIZE_RANGE;
  return new Map(scores.map((s) => [s.id, best > 0 ? min + (max - min) * Math.sqrt(s.score / best) : min]));
}
