import type { KnowledgeGraph } from "../graph/knowledge-graph.js";
import { holdsOn } from "../time/holds.js";
import type { VisibleView } from "./visible-view.js";

/** How much of its opacity a relation keeps when its dates leave doubt that it holds on the date. */
export const DOUBT_OPACITY = 0.35;

/** What a faded relation means, for the legend. */
export const DOUBT_MEANING =
  "faded: only possible on the date — before its first or after its last report, or its date known only roughly (a claim alone shows by its dash)";

/**
 * The drawn relations whose dates leave doubt that they hold on the day, drawn faded: states
 * before their first or after their last report (extrapolated) or near a date known only roughly,
 * events whose rough date may fall outside the window. A claim alone does not fade a relation
 * (a claimed or disputed one is never certain, and its dash says so); a claimed one is faded when
 * its dates would leave doubt even if it were reported.
 */
export function doubtfulRelations(
  kg: KnowledgeGraph,
  view: VisibleView,
  day: number,
  windowDays: number,
): Set<string> {
  const out = new Set<string>();
  for (const [id, certainty] of view.relations) {
    if (certainty !== "possible") continue;
    const { validity } = kg.relations.get(id)!;
    if (!validity.neverCertain) {
      out.add(id);
      continue;
    }
    const event = validity.temporality === "event";
    const range = event ? { lo: day - windowDays, hi: day + windowDays } : { lo: day, hi: day };
    if (holdsOn({ ...validity, neverCertain: false }, range)?.certainty !== "certain") out.add(id);
  }
  return out;
}

/** The same `rgba()` colour with its opacity scaled down to DOUBT_OPACITY; other colours as they are. */
export function doubtColor(color: string): string {
  const m = /^rgba\(\s*(\d+),\s*(\d+),\s*(\d+),\s*([\d.]+)\s*\)$/.exec(color);
  if (!m) return color;
  return `rgba(${m[1]}, ${m[2]}, ${m[3]}, ${Number(m[4]) * DOUBT_OPACITY})`;
}
