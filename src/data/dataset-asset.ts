import type { Dataset, DatedRelation } from "../model/index.js";
import type { Timing } from "../model/timing.js";
import type { Validity } from "../model/validity.js";

/**
 * The validated dataset as the site ships it: the Dataset with each relation's timing and validity
 * (worked out from its dates, the same for every event of a day) written once in a table and
 * named by position, so the asset is about half the size to download and parse.
 */
export interface DatasetAsset {
  readonly sources: Dataset["sources"];
  readonly entities: Dataset["entities"];
  /** The relations, each with `timing` and `validity` replaced by their positions in the tables. */
  readonly relations: readonly AssetRelation[];
  readonly timings: readonly Timing[];
  readonly validities: readonly Validity[];
}

/** A relation of the asset: its fields in their order, timing and validity as table positions. */
export type AssetRelation = Omit<DatedRelation, "timing" | "validity"> & {
  readonly timing: number;
  readonly validity: number;
};

/**
 * Writes a dataset as an asset; `key` must give equal text exactly for values that are the same
 * (the build passes lossless JSON, which tells -0, ±Infinity and null apart). Key order is kept.
 */
export function encodeDatasetAsset(dataset: Dataset, key: (value: unknown) => string): DatasetAsset {
  const timings = new Table<Timing>(key);
  const validities = new Table<Validity>(key);
  const relations = dataset.relations.map((r): AssetRelation => ({
    ...r,
    timing: timings.add(r.timing),
    validity: validities.add(r.validity),
  }));
  return {
    sources: dataset.sources,
    entities: dataset.entities,
    relations,
    timings: timings.values,
    validities: validities.values,
  };
}

/**
 * The dataset an asset holds: every relation given back its timing and validity, in place (the
 * same field order as written). Relations that had equal ones share one frozen object, as the
 * loader's parsed dates already are. Throws when a position is outside its table.
 */
export function decodeDatasetAsset(asset: DatasetAsset): Dataset {
  const timings = asset.timings.map(deepFreeze);
  const validities = asset.validities.map(deepFreeze);
  const relations = asset.relations as unknown as Record<string, unknown>[];
  for (const r of relations) {
    const timing = timings[r.timing as number];
    const validity = validities[r.validity as number];
    if (timing === undefined || validity === undefined)
      throw new Error(`relation ${String(r.id)}: timing or validity outside the asset's tables`);
    r.timing = timing;
    r.validity = validity;
  }
  return {
    sources: asset.sources,
    entities: asset.entities,
    relations: relations as unknown as DatedRelation[],
  };
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
