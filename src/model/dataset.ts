import type { Entity } from "./schemas/entity.js";
import type { Relation } from "./schemas/relation.js";
import type { Source } from "./schemas/source.js";
import type { Timing } from "./timing.js";
import type { Validity } from "./validity.js";

/** A relation with its dates and its open-world validity worked out. */
export interface DatedRelation extends Relation {
  readonly timing: Timing;
  readonly validity: Validity;
  /** Ids of the relations this one was derived from (a capture's control); absent when entered. */
  readonly derivedFrom?: readonly string[];
}

/** The validated, cross-checked content of a graph-data folder: what the graph is built from. */
export interface Dataset {
  readonly sources: readonly Source[];
  readonly entities: readonly Entity[];
  readonly relations: readonly DatedRelation[];
}
