import type { DatedRelation, Entity } from "../model/core.js";
import { RELATION_KINDS } from "../model/core.js";
import { isoBound, relationDays } from "./day-interval.js";
import { timelineCertainty } from "./edge-certainty.js";
import type { ExportSelection } from "./export-selection.js";
import { eventRecord, evidenceRecord, sourceRecord } from "./graph-data-records.js";
import { GRAPHML_KEYS } from "./graphml-keys.js";
import { citedSources, claimantsOf } from "./relation-summary.js";
import type { TextRule } from "./text-rule.js";
import { cleanStrings, xmlTextRule } from "./text-rule.js";
import { escapeAttribute, escapeText } from "./xml-escape.js";

/** The GraphML namespace. */
export const GRAPHML_NAMESPACE = "http://graphml.graphdrawing.org/xmlns";

/** Options of the GraphML writer. */
export interface GraphmlOptions {
  /** The rule for characters XML forbids (a fresh xmlTextRule by default); read its count afterwards. */
  readonly rule?: TextRule;
}

/**
 * Writes a selection as GraphML with typed keys, piece by piece: a directed multigraph with a
 * node per entity and an edge per relation (symmetric kinds marked `symmetric`), for igraph,
 * networkx, yEd and Cytoscape. Deterministic; browser-safe.
 */
export function* graphmlChunks(selection: ExportSelection, options: GraphmlOptions = {}): Generator<string> {
  const rule = options.rule ?? xmlTextRule();
  const text = (value: string) => escapeText(rule.clean(value));
  const json = (value: unknown) => escapeText(JSON.stringify(cleanStrings(value, rule)));
  const data = (key: string, escaped: string) => `<data key="${key}">${escaped}</data>`;
  const snapshot = selection.snapshot;
  yield [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<graphml xmlns="${GRAPHML_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${GRAPHML_NAMESPACE} ${GRAPHML_NAMESPACE}/1.0/graphml.xsd">`,
    ...GRAPHML_KEYS.map(
      (k) => `  <key id="${k.id}" for="${k.for}" attr.name="${k.name}" attr.type="${k.type}"/>`,
    ),
    '  <graph id="faultline" edgedefault="directed">',
    `    ${data("g-name", "Faultline")}`,
    `    ${data("g-sources", json(selection.sources.map(sourceRecord)))}`,
    ...(snapshot
      ? [
          `    ${data("g-snapshotAt", snapshot.date.text)}`,
          `    ${data("g-snapshotWindowDays", String(snapshot.windowDays))}`,
        ]
      : []),
    "",
  ].join("\n");
  for (const e of selection.entities) yield nodeElement(e, text, json, data);
  for (const r of selection.relations) {
    const certainty = snapshot ? (snapshot.certainty.get(r.id) ?? "possible") : timelineCertainty([r]);
    yield edgeElement(r, certainty, text, json, data);
  }
  yield "  </graph>\n</graphml>\n";
}

type Data = (key: string, escaped: string) => string;

function nodeElement(
  e: Entity,
  text: (v: string) => string,
  json: (v: unknown) => string,
  data: Data,
): string {
  const values = [data("n-label", text(e.label)), data("n-kind", e.kind), data("n-aliases", json(e.aliases))];
  if (e.sharedNames.length > 0) values.push(data("n-sharedNames", json(e.sharedNames)));
  if (e.wikidata !== undefined) values.push(data("n-wikidata", text(e.wikidata)));
  if (e.description !== undefined) values.push(data("n-description", text(e.description)));
  if (e.founded !== undefined) values.push(data("n-founded", e.founded));
  if (e.dissolved !== undefined) values.push(data("n-dissolved", e.dissolved));
  if (e.lifetimeEvidence.length > 0)
    values.push(data("n-lifetimeEvidence", json(e.lifetimeEvidence.map(evidenceRecord))));
  if (e.place) {
    values.push(
      data("n-placeKind", e.place.placeKind),
      data("n-lat", String(e.place.lat)),
      data("n-lon", String(e.place.lon)),
      data("n-placeApproximate", String(e.place.approximate)),
    );
  }
  return `    <node id="${escapeAttribute(e.id)}">\n${values.map((v) => `      ${v}\n`).join("")}    </node>\n`;
}

function edgeElement(
  r: DatedRelation,
  certainty: string,
  text: (v: string) => string,
  json: (v: unknown) => string,
  data: Data,
): string {
  const spec = RELATION_KINDS[r.kind];
  const days = relationDays(r);
  const first = isoBound(days.lo);
  const last = isoBound(days.hi);
  const values = [
    data("e-kind", r.kind),
    data("e-label", text(spec.label)),
    data("e-sign", String(spec.sign)),
    data("e-symmetric", String(spec.direction === "symmetric")),
    data("e-temporality", spec.temporality),
    data("e-status", r.status),
  ];
  if (r.timing.start) values.push(data("e-start", r.timing.start.text));
  if (r.timing.end) values.push(data("e-end", r.timing.end.text));
  values.push(
    data("e-startDerived", String(r.timing.startDerived)),
    data("e-endDerived", String(r.timing.endDerived)),
  );
  if (first !== null) values.push(data("e-firstDay", first));
  if (last !== null) values.push(data("e-lastDay", last));
  values.push(data("e-certainty", certainty));
  values.push(data("e-sources", json(citedSources([r]))), data("e-claimedBy", json(claimantsOf([r]))));
  if (r.note !== undefined) values.push(data("e-note", text(r.note)));
  if (r.event !== undefined) values.push(data("e-event", json(eventRecord(r.event))));
  values.push(data("e-evidence", json(r.evidence.map(evidenceRecord))));
  return `    <edge id="${escapeAttribute(r.id)}" source="${escapeAttribute(r.source)}" target="${escapeAttribute(r.target)}">\n${values.map((v) => `      ${v}\n`).join("")}    </edge>\n`;
}
