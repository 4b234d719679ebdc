import type { Entity } from "./entity.js";
import type { Relation } from "./relation.js";
import type { Source } from "./source.js";
import type { Timing } from "./timing.js";

/** A relation with its validity worked out. */
export interface DatedRelation extends Relation {
  readonly timing: Timing;
}

/** The validated, cross-checked content of a graph-data folder: what the graph is built from. */
export interface Dataset {
  readonly sources: readonly Source[];
  readonly entities: readonly Entity[];
  readonly relations: readonly DatedRelation[];
}
