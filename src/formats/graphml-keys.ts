/**
 * The GraphML keys (typed data columns) of our GraphML files, shared by the writer and the
 * import. Ids are prefixed by what they describe (`g-`, `n-`, `e-`); readers show `attr.name`.
 * Lists and nested records are JSON text (GraphML has no list type).
 */

/** A GraphML attribute type we use. */
export type GraphmlType = "string" | "int" | "double" | "boolean";

/** One key: the id data elements refer to, what it describes, its name and type. */
export interface GraphmlKey {
  readonly id: string;
  readonly for: "graph" | "node" | "edge";
  readonly name: string;
  readonly type: GraphmlType;
}

const key = (f: GraphmlKey["for"], name: string, type: GraphmlType): GraphmlKey => ({
  id: `${f[0]}-${name}`,
  for: f,
  name,
  type,
});

/** Graph data: the graph's name, every source (JSON list), and the snapshot date of a snapshot. */
export const GRAPHML_GRAPH_KEYS = [
  key("graph", "name", "string"),
  key("graph", "sources", "string"),
  key("graph", "snapshotAt", "string"),
  key("graph", "snapshotWindowDays", "int"),
] as const;

/** Node data: the entity's fields (`aliases`, `sharedNames` JSON lists). */
export const GRAPHML_NODE_KEYS = [
  key("node", "label", "string"),
  key("node", "kind", "string"),
  key("node", "aliases", "string"),
  key("node", "sharedNames", "string"),
  key("node", "wikidata", "string"),
  key("node", "description", "string"),
  key("node", "founded", "string"),
  key("node", "dissolved", "string"),
  key("node", "lifetimeEvidence", "string"),
  key("node", "placeKind", "string"),
  key("node", "lat", "double"),
  key("node", "lon", "double"),
  key("node", "placeApproximate", "boolean"),
] as const;

/**
 * Edge data, one edge per relation (the edge id is the relation id): its kind and what the
 * vocabulary says of it, status, effective time (`start`/`end` EDTF, absent when open, with
 * `startDerived`/`endDerived` when taken from the evidence; `firstDay`/`lastDay` the ISO days
 * they cover), certainty (in a snapshot, whether it certainly holds on the date; otherwise on every
 * day of its time), sources and claimants (JSON lists), note, an event dataset's details of the
 * event (JSON: place, deaths, precision), evidence (JSON).
 */
export const GRAPHML_EDGE_KEYS = [
  key("edge", "kind", "string"),
  key("edge", "label", "string"),
  key("edge", "sign", "int"),
  key("edge", "symmetric", "boolean"),
  key("edge", "temporality", "string"),
  key("edge", "status", "string"),
  key("edge", "start", "string"),
  key("edge", "end", "string"),
  key("edge", "startDerived", "boolean"),
  key("edge", "endDerived", "boolean"),
  key("edge", "firstDay", "string"),
  key("edge", "lastDay", "string"),
  key("edge", "certainty", "string"),
  key("edge", "sources", "string"),
  key("edge", "claimedBy", "string"),
  key("edge", "note", "string"),
  key("edge", "event", "string"),
  key("edge", "evidence", "string"),
] as const;

/** Every key, in declaration order. */
export const GRAPHML_KEYS: readonly GraphmlKey[] = [
  ...GRAPHML_GRAPH_KEYS,
  ...GRAPHML_NODE_KEYS,
  ...GRAPHML_EDGE_KEYS,
];
