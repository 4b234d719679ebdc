import type { MultiDirectedGraph } from "graphology";
import type { EntityKind, PlaceKind, RelationKind, Sign, Status, Temporality } from "../model/core.js";

/** Attributes of an entity node. `kind`, never `type`: sigma reads `type` to pick a renderer. */
export interface EntityNodeAttributes {
  label: string;
  kind: EntityKind;
  aliases: string[];
  placeKind?: PlaceKind;
  lat?: number;
  lon?: number;
  wikidata?: string;
  description?: string;
}

/** Attributes of a relation edge; the edge key is the relation id. */
export interface RelationEdgeAttributes {
  kind: RelationKind;
  label: string;
  sign: Sign;
  symmetric: boolean;
  temporality: Temporality;
  status: Status;
  /** EDTF start and end of validity (the event date for events); null when open. */
  start: string | null;
  end: string | null;
  claimedBy: string[];
  sources: string[];
}

/** Graph-level attributes. */
export interface FaultlineGraphAttributes {
  name: string;
}

/** The Faultline graph: a directed multigraph of entities and dated relations, keyed by id. */
export type FaultlineGraph = MultiDirectedGraph<
  EntityNodeAttributes,
  RelationEdgeAttributes,
  FaultlineGraphAttributes
>;
