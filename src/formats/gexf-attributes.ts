/**
 * The attribute columns of our GEXF files (GEXF `<attributes>`), shared by the writer and the
 * import. Each id equals its title, so every reader (Gephi, networkx, graphology) shows the same
 * names. List values are written as `["a","b"]`, which Gephi and graphology read as lists and
 * `json.loads` reads in Python.
 */

/** A GEXF attribute type we use. */
export type GexfAttributeType = "string" | "integer" | "double" | "boolean" | "liststring";

/** One declared attribute. */
export interface GexfAttribute {
  readonly id: string;
  readonly type: GexfAttributeType;
}

/** Node attributes: everything an entity holds besides its id and label. */
export const GEXF_NODE_ATTRIBUTES = [
  { id: "kind", type: "string" },
  { id: "aliases", type: "liststring" },
  { id: "sharedNames", type: "liststring" },
  { id: "wikidata", type: "string" },
  { id: "description", type: "string" },
  { id: "founded", type: "string" },
  { id: "dissolved", type: "string" },
  { id: "lifetimeEvidence", type: "string" },
  { id: "placeKind", type: "string" },
  { id: "lat", type: "double" },
  { id: "lon", type: "double" },
  { id: "placeApproximate", type: "boolean" },
] as const satisfies readonly GexfAttribute[];

/**
 * Edge attributes. An edge stands for one or more relations (see EdgeGroup); `records` holds them
 * exactly as in graph-data (JSON), which is what `faultline import` reads back; the others are
 * for people and tools: `status` is the firmest status among them (reported, then disputed, then
 * claimed), `edtf` the dates of each relation as EDTF intervals, `certainty` whether the edge
 * certainly holds on every day of its time (or, in a snapshot, on the snapshot's date).
 */
export const GEXF_EDGE_ATTRIBUTES = [
  { id: "kind", type: "string" },
  { id: "sign", type: "integer" },
  { id: "symmetric", type: "boolean" },
  { id: "temporality", type: "string" },
  { id: "status", type: "string" },
  { id: "certainty", type: "string" },
  { id: "relations", type: "liststring" },
  { id: "edtf", type: "liststring" },
  { id: "sources", type: "liststring" },
  { id: "claimedBy", type: "liststring" },
  { id: "records", type: "string" },
] as const satisfies readonly GexfAttribute[];

/** The title of a node attribute. */
export type GexfNodeAttributeId = (typeof GEXF_NODE_ATTRIBUTES)[number]["id"];

/** The title of an edge attribute. */
export type GexfEdgeAttributeId = (typeof GEXF_EDGE_ATTRIBUTES)[number]["id"];
