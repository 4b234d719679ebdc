import type { SerializedGraph } from "graphology-types";
import { entityAttributes, relationAttributes } from "../graph/build-graph.js";
import type { EntityNodeAttributes, RelationEdgeAttributes } from "../graph/attributes.js";
import type { Certainty } from "../graph/time-bounds.js";
import type { EventDetails, Evidence } from "../model/core.js";
import { timelineCertainty } from "./edge-certainty.js";
import type { ExportSelection } from "./export-selection.js";
import { eventRecord, evidenceRecord, sourceRecord } from "./graph-data-records.js";

/**
 * Node attributes in the JSON export: the graph's own, whether a place's coordinates are
 * approximate, and the entity's shared names and lifetime when it has them.
 */
export interface JsonNodeAttributes extends EntityNodeAttributes {
  placeApproximate?: boolean;
  sharedNames?: string[];
  founded?: string;
  dissolved?: string;
  lifetimeEvidence?: Evidence[];
}

/**
 * Edge attributes in the JSON export: the graph's own (effective `start`/`end`, null when open),
 * whether each bound was taken from the evidence, the certainty (on the snapshot's date, or on
 * every day of the relation's time), the note, an event dataset's details of the event (place,
 * deaths, precision) and the evidence.
 */
export interface JsonEdgeAttributes extends RelationEdgeAttributes {
  startDerived: boolean;
  endDerived: boolean;
  certainty: Certainty;
  note?: string;
  event?: EventDetails;
  evidence: Evidence[];
}

/** Graph attributes in the JSON export: the name, every source, and the snapshot of a snapshot. */
export interface JsonGraphAttributes {
  name: string;
  sources: unknown[];
  snapshot?: { at: string; windowDays: number };
}

/** The JSON export: graphology's serialization, so `Graph.from(json)` rebuilds the graph. */
export type FaultlineJson = SerializedGraph<JsonNodeAttributes, JsonEdgeAttributes, JsonGraphAttributes>;

/**
 * Writes a selection as graphology's serialization (a directed multigraph, edges keyed by
 * relation id), one node or edge per line. JSON carries every character, so text is written as
 * is. Deterministic; browser-safe.
 */
export function* graphologyJsonChunks(selection: ExportSelection): Generator<string> {
  const snapshot = selection.snapshot;
  const attributes: JsonGraphAttributes = {
    name: "Faultline",
    sources: selection.sources.map(sourceRecord),
    ...(snapshot ? { snapshot: { at: snapshot.date.text, windowDays: snapshot.windowDays } } : {}),
  };
  const options = { type: "directed", multi: true, allowSelfLoops: false };
  yield `{\n"attributes": ${JSON.stringify(attributes)},\n"options": ${JSON.stringify(options)},\n"nodes": [\n`;
  let first = true;
  for (const e of selection.entities) {
    const node: JsonNodeAttributes = entityAttributes(e);
    if (e.place) node.placeApproximate = e.place.approximate;
    if (e.sharedNames.length > 0) node.sharedNames = [...e.sharedNames];
    if (e.founded !== undefined) node.founded = e.founded;
    if (e.dissolved !== undefined) node.dissolved = e.dissolved;
    if (e.lifetimeEvidence.length > 0) node.lifetimeEvidence = e.lifetimeEvidence.map(evidenceRecord);
    yield `${first ? "" : ",\n"}${JSON.stringify({ key: e.id, attributes: node })}`;
    first = false;
  }
  yield `${first ? "" : "\n"}],\n"edges": [\n`;
  first = true;
  for (const r of selection.relations) {
    const edge: JsonEdgeAttributes = {
      ...relationAttributes(r),
      startDerived: r.timing.startDerived,
      endDerived: r.timing.endDerived,
      certainty: snapshot ? (snapshot.certainty.get(r.id) ?? "possible") : timelineCertainty([r]),
      ...(r.note === undefined ? {} : { note: r.note }),
      ...(r.event === undefined ? {} : { event: eventRecord(r.event) }),
      evidence: r.evidence.map(evidenceRecord),
    };
    yield `${first ? "" : ",\n"}${JSON.stringify({ key: r.id, source: r.source, target: r.target, attributes: edge })}`;
    first = false;
  }
  yield `${first ? "" : "\n"}]\n}\n`;
}
