import type { DiffAnswer } from "../analysis/diff.js";
import type { RelationRef } from "../analysis/relation-ref.js";
import { diffDates } from "../analysis/diff.js";
import type { KnowledgeGraph } from "../graph/knowledge-graph.js";
import type { RelationKind } from "../model/core.js";
import { dayToIso } from "../model/core.js";
import { parseQueryDate } from "../query/query-date.js";
import { analysisScope, scopeOptions } from "./analysis-scope.js";
import type { CompareDates, ExplorerState } from "./explorer-state.js";

/** How a relation changed between the two dates, as the comparison draws it. */
export type ChangeKind = "began" | "ended" | "came-and-went" | "tone" | "event";

/** Every change kind, from the one drawn on top (began) to the one drawn under the others (event). */
export const CHANGE_KINDS: readonly ChangeKind[] = ["began", "ended", "came-and-went", "tone", "event"];

/** Colour of each change on the graph and in the list. */
export const CHANGE_COLORS: Readonly<Record<ChangeKind, string>> = {
  began: "#1a9850",
  ended: "#b2182b",
  "came-and-went": "#e08a00",
  tone: "#c51b7d",
  event: "#a59fd0",
};

/** What a change means, for the legend and the list's headings. */
export const CHANGE_MEANING: Readonly<Record<ChangeKind, string>> = {
  began: "began: holds on the later date, ruled out on the earlier one",
  ended: "ended: held on the earlier date, ruled out on the later one",
  "came-and-went": "came and went: held only in between",
  tone: "tone changed: the pair turned cooperative, hostile or ambivalent",
  event: "event in between",
};

/** The comparison of two dates: the library's answer, and each relation's change for drawing. */
export interface CompareView {
  readonly dates: CompareDates;
  /** The answer of `faultline diff` for the two dates and the kinds the filters leave on. */
  readonly answer: DiffAnswer;
  /** Relation id → its change (the first of CHANGE_KINDS when it has several). */
  readonly changes: ReadonlyMap<string, ChangeKind>;
  /** Entities at an end of a changed relation. */
  readonly entities: ReadonlySet<string>;
  /** The terminal command that lists the same. */
  readonly command: string;
}

const cache = new WeakMap<KnowledgeGraph, { key: string; view: CompareView }>();

/**
 * The comparison a state asks for, or null when it compares nothing: `diffDates` of the analysis
 * library (what `faultline diff EARLIER LATER` runs) over the relation kinds the filters leave on,
 * as the page's other questions take them. Kept until the dates or kinds change.
 */
export function compareViewOf(kg: KnowledgeGraph, state: ExplorerState): CompareView | null {
  const dates = state.compare;
  if (!dates) return null;
  const kinds = analysisScope(state).kinds as RelationKind[];
  const key = `${dates.before},${dates.after},${kinds.join(",")}`;
  const known = cache.get(kg);
  if (known?.key === key) return known.view;
  const before = dayToIso(dates.before);
  const after = dayToIso(dates.after);
  const answer = diffDates(kg, { before: parseQueryDate(before), after: parseQueryDate(after), kinds });
  const changes = new Map<string, ChangeKind>();
  const mark = (ids: Iterable<string>, change: ChangeKind) => {
    for (const id of ids) if (!changes.has(id)) changes.set(id, change);
  };
  const ids = (refs: readonly RelationRef[]) => refs.map((r) => r.id);
  mark(ids(answer.began), "began");
  mark(ids(answer.ended), "ended");
  mark(ids(answer.cameAndWent), "came-and-went");
  mark(
    answer.signChanges.flatMap((c) => [...c.relationsBefore, ...c.relationsAfter]),
    "tone",
  );
  mark(ids(answer.events), "event");
  const entities = new Set<string>();
  for (const id of changes.keys()) {
    const relation = kg.relations.get(id);
    if (!relation) continue;
    entities.add(relation.source);
    entities.add(relation.target);
  }
  // scopeOptions prints `--at DATE[ --kinds …]`: only the kinds apply to diff.
  const options = scopeOptions(analysisScope(state));
  const kindsOption = options.includes(" --kinds ") ? options.slice(options.indexOf(" --kinds ")) : "";
  const view: CompareView = {
    dates,
    answer,
    changes,
    entities,
    command: `faultline diff ${before} ${after}${kindsOption}`,
  };
  cache.set(kg, { key, view });
  return view;
}
