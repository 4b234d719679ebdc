import type { DayRange } from "../graph/time-bounds.js";
import type { Dataset, DatedRelation, RelationKind } from "../model/core.js";
import { dayToIso, edtf, RELATION_KINDS } from "../model/core.js";

/** Which events to count: their kinds, the days they must lie within, the place they must lie in. */
export interface EventFilter {
  readonly kinds?: readonly RelationKind[];
  /** Only events whose every possible day lies in this range (a month-dated event counts in its month). */
  readonly within?: DayRange;
  /** Only events at this place or at a place located in it (through located-in, at any depth). */
  readonly inPlace?: string;
}

/** One counterparty of an actor in events: how many events, how many deaths, of which kinds, first and last day. */
export interface EventCounterparty {
  readonly entity: string;
  readonly events: number;
  readonly deaths: number;
  readonly kinds: readonly RelationKind[];
  readonly first: string;
  readonly last: string;
}

/** The days an event relation may have happened on: its dataset period when given, else its date. */
export function eventDays(r: DatedRelation): DayRange | null {
  if (r.event?.period) return { lo: edtf(r.event.period.start).lo, hi: edtf(r.event.period.end).hi };
  const { start, end } = r.timing;
  if (start === null || end === null) return null;
  return { lo: start.lo, hi: end.hi };
}

/** Whether `place` is `area` or lies in it through located-in relations (static), at any depth. */
export function placeIsIn(
  place: string,
  area: string,
  parents: ReadonlyMap<string, readonly string[]>,
): boolean {
  const seen = new Set<string>();
  const queue = [place];
  while (queue.length > 0) {
    const p = queue.pop()!;
    if (p === area) return true;
    if (seen.has(p)) continue;
    seen.add(p);
    queue.push(...(parents.get(p) ?? []));
  }
  return false;
}

/**
 * An actor's counterparties in event relations (clashes, attacks, fought-alongside…), with the
 * number of events and deaths, most frequent first: the other actor of each event relation the
 * actor is an end of, places left out. The place of an event is its `event.place`, else its
 * target when that is a place.
 */
export function eventCounterparties(
  dataset: Dataset,
  actor: string,
  filter: EventFilter = {},
): EventCounterparty[] {
  const places = new Set(dataset.entities.filter((e) => e.kind === "place").map((e) => e.id));
  const parents = new Map<string, string[]>();
  for (const r of dataset.relations) {
    if (r.kind !== "located-in") continue;
    const list = parents.get(r.source);
    if (list) list.push(r.target);
    else parents.set(r.source, [r.target]);
  }
  const kinds = filter.kinds ? new Set(filter.kinds) : null;
  const tally = new Map<
    string,
    { events: number; deaths: number; kinds: Set<RelationKind>; lo: number; hi: number }
  >();
  for (const r of dataset.relations) {
    if (RELATION_KINDS[r.kind].temporality !== "event") continue;
    if (kinds && !kinds.has(r.kind)) continue;
    if (r.source !== actor && r.target !== actor) continue;
    const other = r.source === actor ? r.target : r.source;
    if (places.has(other) || other === actor) continue;
    const days = eventDays(r);
    if (filter.within) {
      if (days === null || days.lo < filter.within.lo || days.hi > filter.within.hi) continue;
    }
    if (filter.inPlace !== undefined) {
      const where = r.event?.place ?? (places.has(r.target) ? r.target : undefined);
      if (where === undefined || !placeIsIn(where, filter.inPlace, parents)) continue;
    }
    const t = tally.get(other) ?? { events: 0, deaths: 0, kinds: new Set(), lo: Infinity, hi: -Infinity };
    t.events++;
    t.deaths += r.event?.deaths?.best ?? 0;
    t.kinds.add(r.kind);
    if (days) {
      t.lo = Math.min(t.lo, days.lo);
      t.hi = Math.max(t.hi, days.hi);
    }
    tally.set(other, t);
  }
  return [...tally.entries()]
    .map(([entity, t]) => ({
      entity,
      events: t.events,
      deaths: t.deaths,
      kinds: [...t.kinds].sort(),
      first: Number.isFinite(t.lo) ? dayToIso(t.lo) : "",
      last: Number.isFinite(t.hi) ? dayToIso(t.hi) : "",
    }))
    .sort((a, b) => b.events - a.events || b.deaths - a.deaths || (a.entity < b.entity ? -1 : 1));
}
