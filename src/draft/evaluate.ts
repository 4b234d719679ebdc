import type { Dataset, DatedRelation, Entity, RelationKind } from "../model/core.js";
import { edtf, normalizeName, RELATION_KINDS } from "../model/core.js";
import { earliestDay, latestDay, slack } from "../graph/time-bounds.js";
import type { EdtfDate } from "../model/core.js";
import { EntityResolver } from "../query/entity-resolver.js";
import type { Draft, DraftRelation } from "./draft-types.js";

/**
 * Kinds counted as the same answer: a clash is evidence of two sides fighting, and a declared
 * support is the public face of backing. Everything else must match exactly.
 */
export const EQUIVALENT_KINDS: readonly (readonly [RelationKind, RelationKind])[] = [
  ["clashed-with", "fights"],
  ["expressed-support", "backs"],
];

function equivalent(a: RelationKind, b: RelationKind): boolean {
  return a === b || EQUIVALENT_KINDS.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
}

/** Whether the text mentions a name as whole words (case-, accent- and punctuation-insensitive). */
function mentions(normalizedText: string, name: string): boolean {
  const key = normalizeName(name);
  return key !== "" && normalizedText.includes(` ${key} `);
}

/**
 * What the graph knows before report `sourceId` is curated: relations keep only evidence from
 * other sources; an entity is known when another source's relation involves it or another report
 * names it; an alias is dropped when only this report uses it.
 */
export function leaveOneOut(
  dataset: Dataset,
  sourceId: string,
  texts: ReadonlyMap<string, string>,
): { dataset: Dataset; resolver: EntityResolver } {
  const own = normalizedText(texts.get(sourceId) ?? "");
  const others = [...texts.entries()].filter(([id]) => id !== sourceId).map(([, t]) => normalizedText(t));
  const relations = dataset.relations
    .filter((r) => r.derivedFrom === undefined)
    .map((r) => ({ ...r, evidence: r.evidence.filter((e) => e.source !== sourceId) }))
    .filter((r) => r.evidence.length > 0);
  const involved = new Set(
    relations.flatMap((r) => [
      r.source,
      r.target,
      ...r.evidence.flatMap((e) => [e.claimedBy, e.reportedBy].filter((x): x is string => x !== undefined)),
    ]),
  );
  const elsewhere = (name: string) => others.some((t) => mentions(t, name));
  const entities: Entity[] = dataset.entities
    .filter((e) => involved.has(e.id) || [e.label, ...e.aliases].some(elsewhere))
    .map((e) => ({ ...e, aliases: e.aliases.filter((a) => !mentions(own, a) || elsewhere(a)) }));
  const known = new Set(entities.map((e) => e.id));
  const kept = relations.filter((r) => known.has(r.source) && known.has(r.target)) as DatedRelation[];
  return {
    dataset: { sources: dataset.sources.filter((s) => s.id !== sourceId), entities, relations: kept },
    resolver: new EntityResolver(entities),
  };
}

function normalizedText(text: string): string {
  return ` ${normalizeName(text)} `;
}

/** How one report's draft scored against the relations curated from it. */
export interface ReportScore {
  readonly source: string;
  readonly proposals: number;
  readonly correct: number;
  readonly curated: number;
  readonly found: number;
  /** Proposals right with the very kind the curator chose (no equivalence). */
  readonly exactCorrect: number;
  /** Curated relations one paragraph states (both ends named in a cited paragraph), and how many were found. */
  readonly statedCurated: number;
  readonly statedFound: number;
  /** Matched proposals whose status (claimed vs reported) agrees with the curated evidence. */
  readonly statusRight: number;
  readonly statusMatched: number;
  /** Matched claims (curated evidence from the report is a party's claim) drafted as claims. */
  readonly claimsRight: number;
  readonly claims: number;
  /** Proposals whose ends, kind and direction match: how many also match the date. */
  readonly dateRight: number;
  readonly dateCompared: number;
  /** Curated kind → proposed kind, for proposals whose ends match a curated relation. */
  readonly confusion: ReadonlyMap<string, number>;
  /** Proposals that match no curated relation (for reading what went wrong). */
  readonly wrong: readonly DraftRelation[];
  /** Curated relations no proposal found. */
  readonly missed: readonly DatedRelation[];
}

/**
 * Whether an event's date lies within a state's interval (a missing or open bound is unbounded),
 * an approximate (`~`) or uncertain (`?`) day given its slack.
 */
function eventWithinState(eventDate: string, start: string | null, end: string | null): boolean {
  const day = edtf(eventDate);
  const give = slack(day);
  return (
    (start === null || day.lo + give >= edtf(start).lo) && (end === null || day.hi - give <= edtf(end).hi)
  );
}

/**
 * Whether a proposal's date agrees with a curated relation's within the stated precision. Across an
 * equivalence that joins an event and a state (a clash counted as fighting, a declared support as
 * backing) the event is evidence of the state on its day, so it must fall within the state's interval.
 */
function datesMatch(proposed: DraftRelation, curated: DatedRelation): boolean {
  const temporality = RELATION_KINDS[curated.kind].temporality;
  const proposedTemporality = RELATION_KINDS[proposed.kind].temporality;
  if (temporality === "state" && proposedTemporality === "event" && proposed.start !== null)
    return eventWithinState(proposed.start, curated.start ?? null, curated.end ?? null);
  if (temporality === "event" && proposedTemporality === "state" && curated.date !== undefined)
    return eventWithinState(curated.date, proposed.start, proposed.end);
  const curatedDate = temporality === "event" ? (curated.date ?? null) : (curated.start ?? null);
  if (proposed.start === null || curatedDate === null) return temporality !== "event" || curatedDate === null;
  const a = edtf(proposed.start);
  const b = edtf(curatedDate);
  return within(a, b) || within(b, a);
}

/** Whether date `a` lies within what `b` may denote: its days widened by its slack when approximate (`~`) or uncertain (`?`). */
function within(a: EdtfDate, b: EdtfDate): boolean {
  return a.lo >= earliestDay(b) && a.hi <= latestDay(b);
}

function endsMatch(p: { source: string; target: string }, r: DatedRelation, symmetric: boolean): boolean {
  return (
    (p.source === r.source && p.target === r.target) ||
    (symmetric && p.source === r.target && p.target === r.source)
  );
}

/** Maps a draft's proposed entity ids to the curated entity with that name, when there is one. */
function curatedIdOf(draft: Draft, curated: readonly Entity[]): (id: string) => string {
  const byName = new Map<string, string>();
  for (const e of curated) for (const n of [e.label, ...e.aliases, e.id]) byName.set(normalizeName(n), e.id);
  const map = new Map<string, string>();
  for (const e of draft.entities) {
    const hit = byName.get(normalizeName(e.label));
    if (hit) map.set(e.id, hit);
  }
  return (id) => map.get(id) ?? id;
}

/**
 * Which relations a score covers: `all` of them, or the `non-geographic` ones, which join actors
 * only. A relation is geographic when either end is a place: a capture, control, base or
 * placement of forces, an attack on a town or area, a ceasefire over an area, a place within
 * another. The targets are set on the non-geographic relations; both are printed.
 */
export type EvalScope = "all" | "non-geographic";

/** Whether a relation has a place at either end, by the kinds of the entities its ids name. */
function isGeographic(
  r: { source: string; target: string },
  kindOf: (id: string) => string | undefined,
): boolean {
  return kindOf(r.source) === "place" || kindOf(r.target) === "place";
}

/**
 * Scores a draft of one report against the curated relations citing it, over `scope` (see
 * EvalScope; located-in is static geography and always left out); `stated` holds the ids of the
 * curated relations one paragraph states (see statedInOneParagraph).
 */
export function scoreDraft(
  draft: Draft,
  curated: Dataset,
  sourceId: string,
  stated: ReadonlySet<string> = new Set(),
  scope: EvalScope = "all",
): ReportScore {
  const curatedKind = new Map(curated.entities.map((e) => [e.id, e.kind as string]));
  const draftKind = new Map(draft.entities.map((e) => [e.id, e.kind as string]));
  const kindOf = (id: string) => curatedKind.get(id) ?? draftKind.get(id);
  const inScope = (r: { kind: RelationKind; source: string; target: string }) =>
    r.kind !== "located-in" && (scope === "all" || !isGeographic(r, kindOf));
  const gold = curated.relations.filter(
    (r) => inScope(r) && r.derivedFrom === undefined && r.evidence.some((e) => e.source === sourceId),
  );
  const idOf = curatedIdOf(draft, curated.entities);
  const proposals = draft.relations
    .map((r) => ({ ...r, source: idOf(r.source), target: idOf(r.target) }))
    .filter(inScope);
  const found = new Set<string>();
  const confusion = new Map<string, number>();
  let correct = 0;
  let exactCorrect = 0;
  let statusRight = 0;
  let statusMatched = 0;
  let claimsRight = 0;
  let claims = 0;
  let dateRight = 0;
  let dateCompared = 0;
  const wrong: DraftRelation[] = [];
  for (const p of proposals) {
    const symmetric = RELATION_KINDS[p.kind].direction === "symmetric";
    const sameEnds = gold.filter((g) => endsMatch(p, g, true));
    const cell = `${sameEnds[0]?.kind ?? "(none)"} → ${p.kind}`;
    const exact = sameEnds.find((g) => g.kind === p.kind) ?? sameEnds[0];
    const key = exact ? `${exact.kind} → ${p.kind}` : cell;
    confusion.set(key, (confusion.get(key) ?? 0) + 1);
    const kindAndEnds = gold.filter(
      (g) =>
        equivalent(g.kind, p.kind) &&
        endsMatch(p, g, symmetric || RELATION_KINDS[g.kind].direction === "symmetric"),
    );
    if (kindAndEnds.length > 0) {
      dateCompared++;
      if (kindAndEnds.some((g) => datesMatch(p, g))) dateRight++;
    }
    const match = kindAndEnds.find((g) => datesMatch(p, g));
    if (!match) {
      wrong.push(p);
      continue;
    }
    correct++;
    if (kindAndEnds.some((g) => g.kind === p.kind && datesMatch(p, g))) exactCorrect++;
    found.add(match.id);
    const own = match.evidence.filter((e) => e.source === sourceId);
    const paragraphs = new Set(p.evidence.map((e) => e.paragraph));
    const relevant = own.some((e) => paragraphs.has(e.paragraph ?? -1))
      ? own.filter((e) => paragraphs.has(e.paragraph ?? -1))
      : own;
    const curatedClaim = relevant.every((e) => e.claimedBy !== undefined);
    const proposedClaim = p.status !== "reported";
    statusMatched++;
    if (curatedClaim === proposedClaim) statusRight++;
    if (curatedClaim) {
      claims++;
      if (proposedClaim) claimsRight++;
    }
  }
  return {
    source: sourceId,
    proposals: proposals.length,
    correct,
    curated: gold.length,
    found: found.size,
    exactCorrect,
    statedCurated: gold.filter((g) => stated.has(g.id)).length,
    statedFound: gold.filter((g) => stated.has(g.id) && found.has(g.id)).length,
    statusRight,
    statusMatched,
    claimsRight,
    claims,
    dateRight,
    dateCompared,
    confusion,
    wrong,
    missed: gold.filter((g) => !found.has(g.id)),
  };
}

/** Precision, recall and F1 of a score (0 when undefined). */
export function prf(s: Pick<ReportScore, "proposals" | "correct" | "curated" | "found">): {
  precision: number;
  recall: number;
  f1: number;
} {
  const precision = s.proposals === 0 ? 0 : s.correct / s.proposals;
  const recall = s.curated === 0 ? 0 : s.found / s.curated;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
