import type { Entity } from "../model/core.js";
import { RELATION_KINDS } from "../model/core.js";
import { relationDays, unionOfDays, isoBound } from "./day-interval.js";
import { snapshotCertainty, timelineCertainty } from "./edge-certainty.js";
import type { EdgeGroup } from "./edge-groups.js";
import { edgeGroups } from "./edge-groups.js";
import type { ExportSelection } from "./export-selection.js";
import type { GexfAttribute } from "./gexf-attributes.js";
import { GEXF_EDGE_ATTRIBUTES, GEXF_NODE_ATTRIBUTES } from "./gexf-attributes.js";
import { evidenceRecord, relationRecord, sourceRecord } from "./graph-data-records.js";
import type { Rgb } from "./kind-colors.js";
import { ENTITY_KIND_COLORS, SIGN_COLORS } from "./kind-colors.js";
import type { Position } from "./node-positions.js";
import { formatCoordinate, nodePosition } from "./node-positions.js";
import { citedSources, claimantsOf, edtfInterval, firmestStatus } from "./relation-summary.js";
import type { TextRule } from "./text-rule.js";
import { cleanStrings, xmlTextRule } from "./text-rule.js";
import { escapeText, quoteAttribute } from "./xml-escape.js";

/** The GEXF 1.3 namespace. */
export const GEXF_NAMESPACE = "http://gexf.net/1.3";
/** The GEXF 1.3 viz namespace. */
export const GEXF_VIZ_NAMESPACE = "http://gexf.net/1.3/viz";

/** Counts a GEXF writer fills in as it goes, for the notes a command prints. */
export interface GexfStats {
  nodes: number;
  edges: number;
  relations: number;
  /** The distinct finite times (days) written; Gephi's timeline needs two. */
  readonly times: Set<number>;
}

/** Options of the GEXF writer. */
export interface GexfOptions {
  /** Node positions of a layout (e.g. the page's); places without one are drawn at their coordinates. */
  readonly layout?: ReadonlyMap<string, Position>;
  /** The rule for characters XML forbids (a fresh xmlTextRule by default); read its count afterwards. */
  readonly rule?: TextRule;
  readonly stats?: GexfStats;
}

/** Empty counts for a GEXF writer. */
export function gexfStats(): GexfStats {
  return { nodes: 0, edges: 0, relations: 0, times: new Set() };
}

/** The catalogue GEXF keeps in `<meta><description>` (GEXF has no graph attributes): the sources, and the snapshot. */
export interface GexfCatalogue {
  readonly generator: "faultline";
  readonly snapshot?: { readonly at: string; readonly windowDays: number };
  readonly sources: readonly unknown[];
}

/**
 * Writes a selection as GEXF 1.3, piece by piece. The whole dataset gives a dynamic graph for
 * Gephi's timeline (`mode="dynamic"`, `timeformat="date"`, intervals with inclusive day bounds,
 * open bounds left out, several periods as `<spells>`, edges merged per EdgeGroup so no two
 * intervals of one edge overlap); a snapshot gives a static graph. Deterministic: the same
 * selection gives the same bytes. Browser-safe.
 */
export function* gexfChunks(selection: ExportSelection, options: GexfOptions = {}): Generator<string> {
  const rule = options.rule ?? xmlTextRule();
  const stats = options.stats ?? gexfStats();
  const attr = (text: string) => quoteAttribute(rule.clean(text));
  const json = (value: unknown) => quoteAttribute(JSON.stringify(cleanStrings(value, rule)));
  const snapshot = selection.snapshot;
  const catalogue: GexfCatalogue = {
    generator: "faultline",
    ...(snapshot ? { snapshot: { at: snapshot.date.text, windowDays: snapshot.windowDays } } : {}),
    sources: selection.sources.map(sourceRecord),
  };
  const graphAttributes = snapshot
    ? 'mode="static" defaultedgetype="directed"'
    : 'mode="dynamic" defaultedgetype="directed" timeformat="date" timerepresentation="interval"';
  yield [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<gexf xmlns="${GEXF_NAMESPACE}" xmlns:viz="${GEXF_VIZ_NAMESPACE}" version="1.3">`,
    "  <meta>",
    "    <creator>Faultline</creator>",
    `    <description>${escapeText(JSON.stringify(cleanStrings(catalogue, rule)))}</description>`,
    "  </meta>",
    `  <graph ${graphAttributes}>`,
    ...declarations("node", GEXF_NODE_ATTRIBUTES),
    ...declarations("edge", GEXF_EDGE_ATTRIBUTES),
    `    <nodes count="${selection.entities.length}">`,
    "",
  ].join("\n");

  for (const entity of selection.entities) {
    stats.nodes++;
    yield nodeElement(entity, attr, json, nodePosition(entity, options.layout));
  }
  const groups = edgeGroups(selection.relations);
  yield `    </nodes>\n    <edges count="${groups.length}">\n`;
  for (const group of groups) {
    stats.edges++;
    stats.relations += group.relations.length;
    const certainty = snapshot
      ? snapshotCertainty(group.relations, snapshot.certainty)
      : timelineCertainty(group.relations);
    const days = snapshot ? [] : unionOfDays(group.relations.map(relationDays));
    for (const d of days) {
      if (Number.isFinite(d.lo)) stats.times.add(d.lo);
      if (Number.isFinite(d.hi)) stats.times.add(d.hi);
    }
    yield edgeElement(group, certainty, days, attr, json);
  }
  yield "    </edges>\n  </graph>\n</gexf>\n";
}

function declarations(elementClass: "node" | "edge", attributes: readonly GexfAttribute[]): string[] {
  return [
    `    <attributes class="${elementClass}" mode="static">`,
    ...attributes.map((a) => `      <attribute id="${a.id}" title="${a.id}" type="${a.type}"/>`),
    "    </attributes>",
  ];
}

/** An attribute value line; `quoted` is the value with its quotes (see quoteAttribute). */
function attvalue(id: string, quoted: string): string {
  return `          <attvalue for="${id}" value=${quoted}/>`;
}

/** A value known to need no escaping (ids, kinds, numbers, booleans), quoted. */
function plain(value: string): string {
  return `"${value}"`;
}

function color(c: Rgb): string {
  return `        <viz:color r="${c.r}" g="${c.g}" b="${c.b}"/>`;
}

function nodeElement(
  e: Entity,
  attr: (text: string) => string,
  json: (value: unknown) => string,
  position: Position | null,
): string {
  const values = [attvalue("kind", plain(e.kind)), attvalue("aliases", json(e.aliases))];
  if (e.sharedNames.length > 0) values.push(attvalue("sharedNames", json(e.sharedNames)));
  if (e.wikidata !== undefined) values.push(attvalue("wikidata", attr(e.wikidata)));
  if (e.description !== undefined) values.push(attvalue("description", attr(e.description)));
  if (e.founded !== undefined) values.push(attvalue("founded", plain(e.founded)));
  if (e.dissolved !== undefined) values.push(attvalue("dissolved", plain(e.dissolved)));
  if (e.lifetimeEvidence.length > 0)
    values.push(attvalue("lifetimeEvidence", json(e.lifetimeEvidence.map(evidenceRecord))));
  if (e.place) {
    values.push(
      attvalue("placeKind", plain(e.place.placeKind)),
      attvalue("lat", plain(String(e.place.lat))),
      attvalue("lon", plain(String(e.place.lon))),
      attvalue("placeApproximate", plain(String(e.place.approximate))),
    );
  }
  return [
    `      <node id="${e.id}" label=${attr(e.label)}>`,
    "        <attvalues>",
    ...values,
    "        </attvalues>",
    color(ENTITY_KIND_COLORS[e.kind]),
    ...(position
      ? [`        <viz:position x="${formatCoordinate(position.x)}" y="${formatCoordinate(position.y)}"/>`]
      : []),
    "      </node>",
    "",
  ].join("\n");
}

function timeAttributes(lo: number, hi: number): string {
  const start = isoBound(lo);
  const end = isoBound(hi);
  return `${start === null ? "" : ` start="${start}"`}${end === null ? "" : ` end="${end}"`}`;
}

function edgeElement(
  group: EdgeGroup,
  certainty: string,
  days: readonly { lo: number; hi: number }[],
  attr: (text: string) => string,
  json: (value: unknown) => string,
): string {
  const spec = RELATION_KINDS[group.kind];
  const { relations } = group;
  const single = days.length === 1 ? timeAttributes(days[0]!.lo, days[0]!.hi) : "";
  const weight = relations.length > 1 ? ` weight="${relations.length}"` : "";
  const spells =
    days.length > 1
      ? `        <spells>\n${days.map((d) => `          <spell${timeAttributes(d.lo, d.hi)}/>\n`).join("")}        </spells>\n`
      : "";
  const c = SIGN_COLORS[`${spec.sign}`];
  return `      <edge id="${group.id}" source="${group.source}" target="${group.target}" kind="${group.kind}" label=${attr(spec.label)}${weight}${single}>
        <attvalues>
${attvalue("kind", plain(group.kind))}
${attvalue("sign", plain(String(spec.sign)))}
${attvalue("symmetric", plain(String(spec.direction === "symmetric")))}
${attvalue("temporality", plain(spec.temporality))}
${attvalue("status", plain(firmestStatus(relations)))}
${attvalue("certainty", plain(certainty))}
${attvalue("relations", json(relations.map((r) => r.id)))}
${attvalue("edtf", json(relations.map(edtfInterval)))}
${attvalue("sources", json(citedSources(relations)))}
${attvalue("claimedBy", json(claimantsOf(relations)))}
${attvalue("records", json(relations.map(relationRecord)))}
        </attvalues>
${spells}        <viz:color r="${c.r}" g="${c.g}" b="${c.b}"/>
      </edge>
`;
}
