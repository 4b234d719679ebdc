import type { Entity } from "./entity";
import type { Relation } from "./relation";
import type { Source } from "./source";
import type { Timing } from "./timing";

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
