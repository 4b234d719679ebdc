import type { KnowledgeGraph } from "../graph/knowledge-graph.js";
import type { DayRange } from "../graph/time-bounds.js";
import type { DatedRelation, Entity } from "../model/core.js";
import { dayToIsoOrNull } from "../model/core.js";
import { outsideLifetime } from "../time/lifetime.js";
import type { Counterparty, CounterpartyOptions } from "./counterparties.js";

/** A counterparty question on a date: backersOf, backedBy, alliesOf or one of the same shape. */
export type CounterpartyQuery = (
  kg: KnowledgeGraph,
  entityId: string,
  date: DayRange,
  options: CounterpartyOptions,
) => Counterparty[];

/** A counterparty the graph gives on some other day, and the days it may hold on (null: open). */
export interface ElsewhereAnswer {
  readonly entity: Entity;
  /** First and last day it may hold on; null when nothing rules it out that way. */
  readonly possibleFrom: string | null;
  readonly possibleTo: string | null;
  /** Coalitions the answer goes through (empty for a direct relation). */
  readonly via: readonly Entity[];
}

/**
 * Why a counterparty question has no answer on a date, so that an empty answer is never read as
 * "none": the entity did not exist then; only possible answers exist and `--certain` left them
 * out; the graph gives answers on other days only; or it records none on any day (which is
 * silence of the sources, not evidence that there were none).
 */
export type EmptyAnswer =
  | { readonly kind: "before-founded" | "after-dissolved"; readonly date: string }
  | { readonly kind: "only-possible"; readonly possible: number }
  | { readonly kind: "other-days"; readonly answers: readonly ElsewhereAnswer[] }
  | { readonly kind: "never" };

/** Every day there is: a question over it finds whatever may hold on some day. */
const ALL_DAYS: DayRange = { lo: -Infinity, hi: Infinity };

type Span = readonly [lo: number, hi: number];

/** The widest span of some relations (empty when there are none). */
function widest(relations: readonly DatedRelation[]): Span {
  return [
    Math.min(...relations.map((r) => r.validity.outerLo)),
    Math.max(...relations.map((r) => r.validity.outerHi)),
  ];
}

/**
 * The days an answer asked over every day may hold on: a direct relation's span, or, through a
 * coalition, the days both memberships may hold together (an answer whose memberships never
 * overlap is no answer on any day: empty span).
 */
function spanOf(answer: Counterparty, selfId: string): Span {
  const spans: Span[] = [widest(answer.relations.filter((r) => r.kind !== "member-of"))];
  for (const coalition of answer.via) {
    const into = (member: string) =>
      answer.relations.filter(
        (r) => r.kind === "member-of" && r.target === coalition.id && r.source === member,
      );
    const mine = selfId === coalition.id ? null : widest(into(selfId));
    const theirs = answer.entity.id === coalition.id ? null : widest(into(answer.entity.id));
    const both = [mine, theirs].filter((s): s is Span => s !== null);
    spans.push([Math.max(...both.map((s) => s[0])), Math.min(...both.map((s) => s[1]))]);
  }
  const kept = spans.filter(([lo, hi]) => lo <= hi);
  return kept.length === 0
    ? [Infinity, -Infinity]
    : [Math.min(...kept.map((s) => s[0])), Math.max(...kept.map((s) => s[1]))];
}

/** An answer found over every day, with the days it may hold on; null when it holds on none. */
function elsewhere(answer: Counterparty, selfId: string): ElsewhereAnswer | null {
  const [lo, hi] = spanOf(answer, selfId);
  if (lo > hi) return null;
  return {
    entity: answer.entity,
    possibleFrom: dayToIsoOrNull(lo),
    possibleTo: dayToIsoOrNull(hi),
    via: answer.via,
  };
}

/**
 * Why `query` answers nothing for `entityId` on `date` (call it only when it answered nothing):
 * the entity's lifetime first, then answers `--certain` dropped, then answers on other days.
 */
export function whyNoAnswer(
  kg: KnowledgeGraph,
  query: CounterpartyQuery,
  entityId: string,
  date: DayRange,
  options: CounterpartyOptions = {},
): EmptyAnswer {
  const entity = kg.entities.get(entityId);
  const outside = outsideLifetime(entity, date);
  if (outside)
    return { kind: outside.limit === "founded" ? "before-founded" : "after-dissolved", date: outside.date };
  if (options.certainOnly) {
    const possible = query(kg, entityId, date, {}).length;
    if (possible > 0) return { kind: "only-possible", possible };
  }
  const answers = query(kg, entityId, ALL_DAYS, {}).flatMap((a) => elsewhere(a, entityId) ?? []);
  return answers.length > 0 ? { kind: "other-days", answers } : { kind: "never" };
}
