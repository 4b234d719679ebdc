import type { TimeIndexLayout } from "../graph/relation-time-index.js";
import type { Segments } from "../graph/span-index.js";
import type { Dataset, DatedRelation, EventDetails, Evidence } from "../model/core.js";
import type { Timing } from "../model/timing.js";
import type { Validity } from "../model/validity.js";

/**
 * The validated dataset as the site ships it, in two parts. This first part holds what the page
 * needs to draw (the graph, slider, legend, filters, map and answers): the Dataset with each
 * relation's timing and validity (the same for every event of a day) written once in a table and
 * named by position, its kind, ends, status and event place named by position in a table of
 * names (fewer bytes and strings to parse), its evidence cut to its outline (which source, on whose claim)
 * and its event details to where, how many died and when. The rest (the evidence notes,
 * paragraphs, records, who reported it, the datasets' precision codes) is the DatasetDetails
 * part, fetched after the first frame.
 */
export interface DatasetAsset {
  readonly sources: Dataset["sources"];
  readonly entities: Dataset["entities"];
  /** The relations, each with `timing`, `validity` and `evidence` replaced by their positions in the tables. */
  readonly relations: readonly AssetRelation[];
  readonly timings: readonly Timing[];
  readonly validities: readonly Validity[];
  /** Distinct evidence outlines: the source and claimant of each piece of a relation's evidence. */
  readonly outlines: readonly (readonly EvidenceOutline[])[];
  /** Distinct kinds, entity ids and statuses the relations name. */
  readonly names: readonly string[];
  /** The time index's layout over the relations (positions in their order), so the page does not sort the spans again. */
  readonly timeLayout: AssetTimeLayout;
}

/** A time index layout as JSON: each span index's slots (relation positions) and segments. */
export interface AssetTimeLayout {
  readonly states: { readonly slots: readonly number[]; readonly segments: Segments };
  readonly events: { readonly slots: readonly number[]; readonly segments: Segments };
}

/** A relation of the asset: its fields in their order; timing, validity, evidence, kind, ends, status and event place as table positions. */
export type AssetRelation = Omit<
  DatedRelation,
  "timing" | "validity" | "evidence" | "kind" | "source" | "target" | "status" | "event"
> & {
  readonly kind: number;
  readonly source: number;
  readonly target: number;
  readonly status: number;
  readonly event?: Omit<EventDetails, "place"> & { readonly place?: number };
  readonly timing: number;
  readonly validity: number;
  readonly evidence: number;
};

/** What the graph needs of a piece of evidence: which source, and whose claim it is when it is one. */
export type EvidenceOutline = Pick<Evidence, "source" | "claimedBy">;

/**
 * The second part of the shipped dataset, relation by relation in the order of the first: every
 * piece of evidence whole, and the event details whole (null for a relation without them).
 */
export interface DatasetDetails {
  readonly evidence: readonly (readonly Evidence[])[];
  readonly events: readonly (EventDetails | null)[];
}

/** The event details the first part keeps: place, deaths and period (the map, the lists and the answers use them). */
function eventOutline(event: EventDetails): EventDetails {
  const { datePrecision: _date, placePrecision: _place, ...drawn } = event;
  return drawn;
}

/**
 * Writes the first part of a dataset's asset; `key` must give equal text exactly for values that
 * are the same (the build passes lossless JSON, which tells -0, ±Infinity and null apart). Key
 * order is kept. `timeLayout` is the layout of the time index over the dataset's relations.
 */
export function encodeDatasetAsset(
  dataset: Dataset,
  key: (value: unknown) => string,
  timeLayout: TimeIndexLayout,
): DatasetAsset {
  const timings = new Table<Timing>(key);
  const validities = new Table<Validity>(key);
  const outlines = new Table<EvidenceOutline[]>(key);
  const names = new Table<string>((name) => name as string);
  const event = (e: EventDetails): AssetRelation["event"] => {
    const outline = eventOutline(e);
    const { place, ...rest } = outline;
    // The place as its position, in its own place, so the key order stays the loader's.
    return place === undefined ? rest : { ...outline, place: names.add(place) };
  };
  const relations = dataset.relations.map((r): AssetRelation => ({
    // Every field in its place (key order kept); those below replaced by their positions.
    ...(r as Omit<DatedRelation, "event">),
    kind: names.add(r.kind),
    source: names.add(r.source),
    target: names.add(r.target),
    status: names.add(r.status),
    ...(r.event ? { event: event(r.event) } : {}),
    evidence: outlines.add(
      r.evidence.map((e) =>
        e.claimedBy === undefined ? { source: e.source } : { source: e.source, claimedBy: e.claimedBy },
      ),
    ),
    timing: timings.add(r.timing),
    validity: validities.add(r.validity),
  }));
  return {
    sources: dataset.sources,
    entities: dataset.entities,
    relations,
    timings: timings.values,
    validities: validities.values,
    outlines: outlines.values,
    names: names.values,
    timeLayout: {
      states: { slots: [...timeLayout.states.slots], segments: timeLayout.states.segments },
      events: { slots: [...timeLayout.events.slots], segments: timeLayout.events.segments },
    },
  };
}

/**
 * The time index layout the first part holds, for the relations it holds. Throws when its slots
 * are not each relation's position exactly once (an asset of another build or a broken one).
 */
export function decodeTimeLayout(asset: DatasetAsset): TimeIndexLayout {
  const n = asset.relations.length;
  const seen = new Uint8Array(n);
  const slotsOf = (part: AssetTimeLayout["states"]) => {
    const slots = Int32Array.from(part.slots);
    for (const p of slots) {
      if (p < 0 || p >= n || seen[p] === 1)
        throw new Error(`the time index layout names relation position ${p} twice or outside 0..${n - 1}`);
      seen[p] = 1;
    }
    return slots;
  };
  const layout = {
    states: { slots: slotsOf(asset.timeLayout.states), segments: asset.timeLayout.states.segments },
    events: { slots: slotsOf(asset.timeLayout.events), segments: asset.timeLayout.events.segments },
  };
  if (layout.states.slots.length + layout.events.slots.length !== n)
    throw new Error(
      `the time index layout covers ${layout.states.slots.length + layout.events.slots.length} of ${n} relations`,
    );
  return layout;
}

/** Writes the second part of a dataset's asset: every relation's evidence and event details, whole. */
export function encodeDatasetDetails(dataset: Dataset): DatasetDetails {
  return {
    evidence: dataset.relations.map((r) => r.evidence),
    events: dataset.relations.map((r) => r.event ?? null),
  };
}

/**
 * The dataset the first part holds: every relation given back its timing and validity, in place
 * (the same field order as written); relations that had equal ones share one frozen object, as
 * the loader's parsed dates already are. Until applyDatasetDetails runs, each relation's evidence
 * is its outline, whose notes, paragraphs, records and reporters throw when read (the page waits
 * for the details before it shows or exports them), and its event lacks the precision codes.
 * Throws when a position is outside its table.
 */
export function decodeDatasetAsset(asset: DatasetAsset): Dataset {
  const timings = asset.timings.map(deepFreeze);
  const validities = asset.validities.map(deepFreeze);
  const outlines = asset.outlines.map((o) =>
    Object.freeze(o.map((e) => Object.freeze(new PendingEvidence(e)))),
  );
  const { names } = asset;
  const relations = asset.relations as unknown as Record<string, unknown>[];
  for (const r of relations) {
    const timing = timings[r.timing as number];
    const validity = validities[r.validity as number];
    const evidence = outlines[r.evidence as number];
    const kind = names[r.kind as number];
    const source = names[r.source as number];
    const target = names[r.target as number];
    const status = names[r.status as number];
    const event = r.event as { place?: unknown } | undefined;
    const place = event?.place === undefined ? null : names[event.place as number];
    if (
      timing === undefined ||
      validity === undefined ||
      evidence === undefined ||
      kind === undefined ||
      source === undefined ||
      target === undefined ||
      status === undefined ||
      place === undefined
    )
      throw new Error(`relation ${String(r.id)}: a position outside the asset's tables`);
    r.kind = kind;
    r.source = source;
    r.target = target;
    r.status = status;
    if (event && place !== null) event.place = place;
    r.timing = timing;
    r.validity = validity;
    r.evidence = evidence;
  }
  return {
    sources: asset.sources,
    entities: asset.entities,
    relations: relations as unknown as DatedRelation[],
  };
}

/**
 * Completes a dataset decoded from the first part with its details, in place: each relation's
 * evidence and event details become the whole ones (same key order as the loader's). Throws,
 * changing nothing, when the details do not fit the relations (other counts or sources).
 */
export function applyDatasetDetails(dataset: Dataset, details: DatasetDetails): void {
  const { relations } = dataset;
  if (details.evidence.length !== relations.length || details.events.length !== relations.length)
    throw new Error(
      `the details hold ${details.evidence.length} relations, the dataset ${relations.length}: they are of another build`,
    );
  relations.forEach((r, i) => {
    const evidence = details.evidence[i]!;
    const fits =
      evidence.length === r.evidence.length &&
      evidence.every((e, j) => e.source === r.evidence[j]!.source) &&
      (details.events[i] === null) === (r.event === undefined);
    if (!fits) throw new Error(`relation ${r.id}: its details are of another relation`);
  });
  relations.forEach((r, i) => {
    const whole = r as { evidence: readonly Evidence[]; event?: EventDetails };
    whole.evidence = details.evidence[i]!;
    const event = details.events[i];
    if (event) whole.event = event;
  });
}

/** Whether a relation's evidence is still its outline (its details not applied yet). */
export function evidencePending(relation: DatedRelation): boolean {
  return relation.evidence[0] instanceof PendingEvidence;
}

/**
 * A piece of evidence known only by its outline: source and claimant are there; the rest throws
 * when read, so that nothing shows an empty note or a missing paragraph as if it were the answer.
 */
class PendingEvidence implements Evidence {
  readonly source: string;
  declare readonly claimedBy?: string;
  constructor(outline: EvidenceOutline) {
    this.source = outline.source;
    if (outline.claimedBy !== undefined) (this as { claimedBy?: string }).claimedBy = outline.claimedBy;
  }
  get note(): string {
    return notLoaded(this.source);
  }
  get paragraph(): number | undefined {
    return notLoaded(this.source);
  }
  get reportedBy(): string | undefined {
    return notLoaded(this.source);
  }
  get record(): string | undefined {
    return notLoaded(this.source);
  }
}

function notLoaded(source: string): never {
  throw new Error(`the evidence from ${source} is not loaded yet: wait for the dataset's details`);
}

/** Distinct values in first-seen order, by key. */
class Table<T> {
  readonly values: T[] = [];
  private readonly positions = new Map<string, number>();
  constructor(private readonly key: (value: unknown) => string) {}
  add(value: T): number {
    const k = this.key(value);
    let at = this.positions.get(k);
    if (at === undefined) {
      at = this.values.length;
      this.values.push(value);
      this.positions.set(k, at);
    }
    return at;
  }
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
