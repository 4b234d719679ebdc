import type { KnowledgeGraph } from "../../graph/knowledge-graph.js";
import type { DatedRelation } from "../../model/core.js";
import type { ExplorerState } from "../explorer-state.js";
import { visibleView } from "../visible-view.js";

/**
 * How well a place's control on a date is known: `certain` when reported evidence or a stated date
 * covers the date; `claimed` when they cover it but only a party's claim (or disputed sources)
 * says so; `possible` when the date lies only beyond the reports (extrapolated) or within dates too
 * coarse to be sure, so the control may have ended long before.
 */
export type ControlLevel = "certain" | "claimed" | "possible";

/** Who controls a place on the date, as the map shows it. */
export interface PlaceControl {
  /** Controller ids at the best-known level (several when control is split), sorted. */
  readonly controllers: readonly string[];
  readonly level: ControlLevel;
  /** Every control at that level rests on a claim (a dashed ring, at any level). */
  readonly claimed: boolean;
  /** The `controls` relations behind it, in data order. */
  readonly relations: readonly DatedRelation[];
}

const RANK: Record<ControlLevel, number> = { certain: 0, claimed: 1, possible: 2 };

/** The level of one `controls` relation on `day` (one that may hold then). */
function levelOn(r: DatedRelation, day: number): ControlLevel {
  const covered = r.validity.innerLo <= day && r.validity.innerHi >= day;
  if (!covered) return "possible";
  return r.validity.neverCertain ? "claimed" : "certain";
}

/**
 * Control of each place on the state's date: the `controls` relations the library's snapshot holds
 * then (derived ones from captures included) that pass the relation and status filters, keeping
 * only the best-known level at each place, so a control reported this week is not drawn beside one
 * merely extrapolated from a capture years ago. Places are kept whatever the entity filters.
 */
export function placeControl(kg: KnowledgeGraph, state: ExplorerState): Map<string, PlaceControl> {
  const view = visibleView(kg, {
    ...state,
    filters: { ...state.filters, entityKinds: new Set([...state.filters.entityKinds, "place"]) },
  });
  const best = new Map<string, { level: ControlLevel; relations: DatedRelation[] }>();
  for (const id of view.relations.keys()) {
    const r = kg.relations.get(id)!;
    if (r.kind !== "controls") continue;
    const level = levelOn(r, state.day);
    const entry = best.get(r.target);
    if (!entry || RANK[level] < RANK[entry.level]) best.set(r.target, { level, relations: [r] });
    else if (level === entry.level) entry.relations.push(r);
  }
  const control = new Map<string, PlaceControl>();
  for (const [place, { level, relations }] of best)
    control.set(place, {
      controllers: [...new Set(relations.map((r) => r.source))].sort(),
      level,
      claimed: relations.every((r) => r.validity.neverCertain),
      relations,
    });
  return control;
}
