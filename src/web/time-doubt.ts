import type { KnowledgeGraph } from "../graph/knowledge-graph.js";
import type { Certainty } from "../graph/time-bounds.js";
import { holdsOn } from "../time/holds.js";
import type { VisibleView } from "./visible-view.js";

/** How much of its opacity a relation keeps when its dates leave doubt that it holds on the date. */
export const DOUBT_OPACITY = 0.35;

/** What a faded relation means, for the legend. */
export const DOUBT_MEANING =
  "faded: only possible on the date — before its first or after its last report, or its date known only roughly (a claim alone shows by its dash)";

/**
 * Whether a relation drawn on the day with this certainty is faded: its dates leave doubt that it
 * holds (a state before its first or after its last report, or near a date known only roughly; an
 * event whose rough date may fall outside the window). A claim alone does not fade a relation (a
 * claimed or disputed one is never certain, and its dash says so); a claimed one is faded when its
 * dates would leave doubt even if it were reported.
 */
export function isDoubtful(
  kg: KnowledgeGraph,
  id: string,
  certainty: Certainty,
  day: number,
  windowDays: number,
): boolean {
  if (certainty !== "possible") return false;
  const { validity } = kg.relations.get(id)!;
  if (!validity.neverCertain) return true;
  const event = validity.temporality === "event";
  const range = event ? { lo: day - windowDays, hi: day + windowDays } : { lo: day, hi: day };
  return holdsOn({ ...validity, neverCertain: false }, range)?.certainty !== "certain";
}

/** The drawn relations that are faded on the day (isDoubtful over the view). */
export function doubtfulRelations(
  kg: KnowledgeGraph,
  view: VisibleView,
  day: number,
  windowDays: number,
): Set<string> {
  const out = new Set<string>();
  for (const [id, certainty] of view.relations)
    if (isDoubtful(kg, id, certainty, day, windowDays)) out.add(id);
  return out;
}

/** Ids of the relations that are never certain (claimed or disputed): the only ones whose fading can change while their certainty does not. */
export function neverCertainRelations(kg: KnowledgeGraph): string[] {
  return kg.dataset.relations.filter((r) => r.validity.neverCertain).map((r) => r.id);
}

/** The same `rgba()` colour with its opacity scaled down to DOUBT_OPACITY; other colours as they are. */
export function doubtColor(color: string): string {
  const m = /^rgba\(\s*(\d+),\s*(\d+),\s*(\d+),\s*([\d.]+)\s*\)$/.exec(color);
  if (!m) return color;
  return `rgba(${m[1]}, ${m[2]}, ${m[3]}, ${Number(m[4]) * DOUBT_OPACITY})`;
}
