import { entityLabel } from "../graph/entity-label.js";
import type { KnowledgeGraph } from "../graph/knowledge-graph.js";
import type { Certainty } from "../graph/time-bounds.js";
import type { DatedRelation, Status } from "../model/core.js";
import { RELATION_KINDS } from "../model/core.js";
import type { Holding } from "../time/holds.js";
import { holdsOn } from "../time/holds.js";

/** When a relation holds, in words: its date, its interval, or "always", saying which bounds come from the evidence. */
export function timingText(relation: DatedRelation): string {
  const spec = RELATION_KINDS[relation.kind];
  const { start, end, startDerived, endDerived } = relation.timing;
  if (spec.temporality === "static") return "always (a static fact)";
  if (spec.temporality === "event") return start ? `on ${start.text}` : "date unknown";
  const from = start ? `${start.text}${startDerived ? " (earliest report)" : ""}` : "open start";
  const to = end ? `${end.text}${endDerived ? " (latest report)" : ""}` : "still holding (open end)";
  return `from ${from} to ${to}`;
}

/** What each status means, for the details panel and the legend. */
export const STATUS_MEANING: Readonly<Record<Status, string>> = {
  reported: "stated by the outlet or an independent monitor",
  claimed: "a party says so; not confirmed",
  disputed: "sources disagree",
};

/** "Source backs Target", read in the relation's own direction. */
export function relationTitle(kg: KnowledgeGraph, relation: DatedRelation): string {
  return `${entityLabel(kg, relation.source)} ${RELATION_KINDS[relation.kind].label} ${entityLabel(kg, relation.target)}`;
}

/**
 * Whether a relation is drawn on a day as the page draws it (an event within the window, a state
 * holding on the day): certain, possible, or null.
 */
export function certaintyOnDay(relation: DatedRelation, day: number, windowDays: number): Certainty | null {
  return holdingOnDay(relation, day, windowDays)?.certainty ?? null;
}

/** How and why a relation holds on a day as the page draws it; null when it does not. */
export function holdingOnDay(relation: DatedRelation, day: number, windowDays: number): Holding | null {
  const event = relation.validity.temporality === "event";
  return holdsOn(
    relation.validity,
    event ? { lo: day - windowDays, hi: day + windowDays } : { lo: day, hi: day },
  );
}
