import type { KnowledgeGraph } from "../graph/knowledge-graph.js";
import type { RelationKind } from "../model/core.js";
import { RELATION_KINDS } from "../model/core.js";
import type { QueryDate } from "../query/query-date.js";
import { badInput } from "../faultline-error.js";
import type { RelationRef } from "./relation-ref.js";
import { compareIds, relationRef } from "./relation-ref.js";
import type { SelectedRelation } from "./select-relations.js";
import { selectRelations } from "./select-relations.js";
import type { SignedPair, Tone } from "./signed-pairs.js";
import { signedPairsOf } from "./signed-pairs.js";
import { compareByDate } from "./timeline.js";

/** The two dates to compare, and which relations to look at. */
export interface DiffOptions {
  readonly before: QueryDate;
  readonly after: QueryDate;
  readonly kinds?: readonly RelationKind[];
  readonly certainOnly?: boolean;
}

/** A pair of actors whose tone differs between the two dates, with the relations behind each tone. */
export interface SignChange {
  readonly a: string;
  readonly b: string;
  readonly before: Tone;
  readonly after: Tone;
  readonly relationsBefore: readonly string[];
  readonly relationsAfter: readonly string[];
}

/** What changed between two dates. */
export interface DiffAnswer {
  readonly before: string;
  readonly after: string;
  /** States holding on the later date that something (a stated start, a founding, contrary evidence, a capture) rules out on the earlier one. */
  readonly began: readonly RelationRef[];
  /** States holding on the earlier date that something (a stated end, a dissolution, contrary evidence, a capture) rules out on the later one. */
  readonly ended: readonly RelationRef[];
  /** States that held only in between: begun after the earlier date, over before the later one. */
  readonly cameAndWent: readonly RelationRef[];
  /** Events after the earlier date, up to and including the later one. */
  readonly events: readonly RelationRef[];
  /** Pairs of actors signed on both dates whose tone (cooperative, hostile, ambivalent) changed. */
  readonly signChanges: readonly SignChange[];
}

/**
 * The change between two dates, as far as evidence or a stated date shows one: states that began,
 * ended, or came and went in between; the events in between; and the pairs of actors whose tone
 * changed, each date's signed graph taken as structural balance takes it. In the open-world model
 * a state no longer reported is still possible, so it has not ended; a state only begins or ends
 * where something rules it out on the other date. With certainOnly, only changes to or from a
 * state that certainly holds are listed.
 */
export function diffDates(kg: KnowledgeGraph, options: DiffOptions): DiffAnswer {
  const { before, after, kinds, certainOnly } = options;
  if (before.hi >= after.lo) {
    throw badInput([`the later date (${after.text}) must come after the earlier one (${before.text})`]);
  }
  const isState = (s: SelectedRelation) => RELATION_KINDS[s.relation.kind].temporality === "state";
  const statesOn = (date: QueryDate) =>
    new Map(
      selectRelations(kg, { scope: { kind: "at", date }, kinds })
        .filter(isState)
        .map((s) => [s.relation.id, s]),
    );
  const then = statesOn(before);
  const now = statesOn(after);
  const sure = (s: SelectedRelation) => !certainOnly || s.certainty === "certain";
  const refs = (hits: Iterable<SelectedRelation>) =>
    [...hits]
      .filter(sure)
      .sort((a, b) => compareByDate(a.relation, b.relation))
      .map((s) => relationRef(s.relation, s.certainty, s.basis));
  const between: QueryDate | null =
    after.lo - before.hi > 1
      ? { text: `${before.text}/${after.text}`, lo: before.hi + 1, hi: after.lo - 1 }
      : null;
  const inBetween = between
    ? selectRelations(kg, { scope: { kind: "during", from: between, to: between }, kinds })
    : [];
  const events = selectRelations(kg, {
    scope: { kind: "during", from: { text: before.text, lo: before.hi + 1, hi: before.hi + 1 }, to: after },
    kinds,
    certainOnly,
  }).filter((s) => RELATION_KINDS[s.relation.kind].temporality === "event");
  return {
    before: before.text,
    after: after.text,
    began: refs([...now.values()].filter((s) => !then.has(s.relation.id))),
    ended: refs([...then.values()].filter((s) => !now.has(s.relation.id))),
    cameAndWent: refs(
      inBetween.filter((s) => isState(s) && !then.has(s.relation.id) && !now.has(s.relation.id)),
    ),
    events: refs(events),
    signChanges: signChanges(
      signedPairsOf(kg, { scope: { kind: "at", date: before }, kinds, certainOnly }),
      signedPairsOf(kg, { scope: { kind: "at", date: after }, kinds, certainOnly }),
    ),
  };
}

function signChanges(then: Map<string, SignedPair>, now: Map<string, SignedPair>): SignChange[] {
  const ids = (p: SignedPair) => [...p.cooperative, ...p.hostile].sort(compareIds);
  const changes: SignChange[] = [];
  for (const [key, old] of then) {
    const current = now.get(key);
    if (!current || current.tone === old.tone) continue;
    changes.push({
      a: old.a,
      b: old.b,
      before: old.tone,
      after: current.tone,
      relationsBefore: ids(old),
      relationsAfter: ids(current),
    });
  }
  return changes.sort((x, y) => compareIds(x.a, y.a) || compareIds(x.b, y.b));
}
