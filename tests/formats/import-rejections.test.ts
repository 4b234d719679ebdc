import { describe, expect, it } from "vitest";
import { wholeDataset } from "../../src/formats/export-selection.js";
import { ENTITY_COLUMNS } from "../../src/formats/csv-tables.js";
import { formatRejection } from "../../src/formats/import-result.js";
import { formatFixture } from "./helpers/format-fixture.js";
import { exportTexts, importTexts } from "./helpers/round-trip.js";

const fixture = formatFixture();
const texts = {
  gexf: exportTexts("gexf", wholeDataset(fixture)),
  graphml: exportTexts("graphml", wholeDataset(fixture)),
  csv: exportTexts("csv", wholeDataset(fixture)),
  json: exportTexts("json", wholeDataset(fixture)),
};

/** The 1-based line of the first line of `text` containing `needle`. */
function lineOf(text: string, needle: string): number {
  const index = text.indexOf(needle);
  if (index === -1) throw new Error(`"${needle}" not found`);
  return text.slice(0, index).split("\n").length;
}

/** Replaces the first occurrence of `from`, failing loudly when it is not there. */
function edit(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`"${from}" not found`);
  return text.replace(from, to);
}

describe("GEXF import rejections", () => {
  const gexf = texts.gexf["faultline.gexf"]!;
  const importGexf = (text: string) => importTexts("gexf", { "faultline.gexf": text });

  it("reports XML that is not well-formed at its line, and keeps nothing", () => {
    const broken = edit(
      gexf,
      '<node id="patron" label="Patron State">',
      '<node id="patron" label="Patron <State">',
    );
    const outcome = importGexf(broken);
    expect(outcome.dataset).toBeNull();
    expect(outcome.rejections.map(formatRejection)).toEqual([
      `faultline.gexf:${lineOf(broken, 'id="patron"')}: not well-formed XML: "<" in the value of label`,
    ]);
  });

  it("reports every bad element at once, each at its line with its reason", () => {
    let broken = edit(gexf, '<attvalue for="lat" value="35.93"/>', '<attvalue for="lat" value="north"/>');
    broken = edit(
      broken,
      `<attvalue for="records" value='[{"id":"envoy`,
      `<attvalue for="records" value='[{"id";"envoy`,
    );
    broken = edit(
      broken,
      '<attvalue for="kind" value="state"/>',
      '<attvalue for="kind" value="state"/>\n          <attvalue for="colour" value="red"/>',
    );
    const outcome = importGexf(broken);
    expect(outcome.dataset).toBeNull();
    const messages = outcome.rejections.map(formatRejection);
    expect(messages).toContainEqual(
      `faultline.gexf:${lineOf(broken, '<node id="idlib"')}: node "idlib": lat: "north" is not a number`,
    );
    expect(messages).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^faultline\\.gexf:${lineOf(broken, '<edge id="envoy--represents--un"')}: edge "envoy--represents--un": records: not valid JSON`,
        ),
      ),
    );
    expect(messages).toContainEqual(
      `faultline.gexf:${lineOf(broken, '<node id="gov"')}: node "gov": attribute value for "colour", which is not declared`,
    );
    // Rows in = kept + rejected: 1 catalogue + 9 nodes + 11 edges read.
    expect(outcome.elements).toBe(21);
  });

  it("runs the project's validator and points each problem at the element it comes from", () => {
    const broken = edit(gexf, '"status":"claimed"', '"status":"rumoured"');
    const outcome = importGexf(broken);
    const line = lineOf(broken, '<edge id="gov--negotiated-with--rebels"');
    expect(outcome.rejections.map(formatRejection)).toEqual([
      expect.stringMatching(
        new RegExp(`^faultline\\.gexf:${line}: relation "gov-negotiated-rebels": status: `),
      ),
    ]);
  });

  it("rejects a relation whose entity is gone, at the edge that holds it", () => {
    const start = gexf.indexOf('      <node id="un"');
    const end = gexf.indexOf("</node>", start) + "</node>\n".length;
    const broken = gexf.slice(0, start) + gexf.slice(end);
    const messages = importGexf(broken).rejections.map(formatRejection);
    expect(messages).toContainEqual(
      `faultline.gexf:${lineOf(broken, '<edge id="envoy--represents--un"')}: relation "envoy-represents-un": target: unknown entity "un"`,
    );
  });

  it("rejects an edge whose time no longer matches its relations' dates, and one on the wrong ends", () => {
    let broken = edit(gexf, 'start="2018-09-01" end="2019-12-31"', 'start="2018-09-01" end="2020-12-31"');
    broken = edit(
      broken,
      '<edge id="rebels--captured--idlib" source="rebels" target="idlib"',
      '<edge id="rebels--captured--idlib" source="gov" target="idlib"',
    );
    const messages = importGexf(broken).rejections.map(formatRejection);
    expect(messages).toEqual([
      `faultline.gexf:${lineOf(broken, '<edge id="rebels--captured--idlib"')}: edge "rebels--captured--idlib": relation "rebels-captured-idlib" joins rebels to idlib, not the edge's ends gov and idlib`,
      `faultline.gexf:${lineOf(broken, '<edge id="envoy--represents--un"')}: edge time 2018-09-01/2020-12-31 does not match the dates of its relations (2018-09-01/2019-12-31)`,
    ]);
  });

  it("refuses a document that is not GEXF", () => {
    const outcome = importTexts("gexf", { "faultline.gexf": texts.graphml["faultline.graphml"]! });
    expect(outcome.rejections.map(formatRejection)).toEqual([
      "faultline.gexf:2: expected a <gexf> document with a <graph>, found <graphml>",
    ]);
  });
});

describe("GraphML and JSON import rejections", () => {
  it("GraphML: an event whose end differs from its start, at the edge's line", () => {
    const graphml = texts.graphml["faultline.graphml"]!;
    const at = graphml.indexOf('<edge id="rebels-captured-idlib"');
    const broken =
      graphml.slice(0, at) +
      edit(graphml.slice(at), '<data key="e-end">2015-03</data>', '<data key="e-end">2015-04</data>');
    expect(importTexts("graphml", { "faultline.graphml": broken }).rejections.map(formatRejection)).toEqual([
      `faultline.graphml:${lineOf(broken, '<edge id="rebels-captured-idlib"')}: edge "rebels-captured-idlib": an event has one date: start (2015-03) and end (2015-04) differ`,
    ]);
  });

  it("JSON: an edge with a bad attribute, at its line", () => {
    const json = texts.json["faultline.json"]!;
    const broken = edit(json, '"start":"2018-09-01"', '"start":20180901');
    expect(importTexts("json", { "faultline.json": broken }).rejections.map(formatRejection)).toEqual([
      `faultline.json:${lineOf(broken, '"key":"envoy-represents-un"')}: edge "envoy-represents-un": start: expected an EDTF date or null`,
    ]);
    expect(importTexts("json", { "faultline.json": "{ nope" }).rejections[0]!.message).toMatch(
      /^not valid JSON/,
    );
  });
});

describe("CSV import rejections", () => {
  const csv = texts.csv;
  const importCsv = (changes: Record<string, string | null>) =>
    importTexts("csv", { ...csv, ...changes } as Record<string, string>);

  it("reports rows that cannot be read at their lines: a bad number, a wrong cell count", () => {
    const entities = edit(
      edit(csv["entities.csv"]!, ",35.93,", ",north,"),
      "patron,Patron State,state",
      "patron,Patron State,state,extra",
    );
    const outcome = importCsv({ "entities.csv": entities });
    expect(outcome.rejections.map(formatRejection)).toEqual(
      expect.arrayContaining([
        `entities.csv:${lineOf(entities, "idlib,")}: "idlib": lat: "north" is not a number`,
        `entities.csv:${lineOf(entities, "patron,")}: ${ENTITY_COLUMNS.length + 1} cells where the header has ${ENTITY_COLUMNS.length}`,
      ]),
    );
    expect(outcome.dataset).toBeNull();
  });

  it("counts a quoted field's line breaks, so later rows keep their true line", () => {
    const entities = csv["entities.csv"]!;
    const outcome = importCsv({ "entities.csv": edit(entities, "Patron State", "Patron Stat") });
    expect(outcome.rejections).toEqual([]);
    const bad = edit(entities, "un,U.N. Office,organization", "un,U.N. Office,organisation");
    const line = lineOf(bad, "un,U.N. Office");
    expect(bad.slice(0, bad.indexOf("un,U.N.")).includes('"Line one\nLine two')).toBe(true);
    expect(importCsv({ "entities.csv": bad }).rejections.map(formatRejection)).toContainEqual(
      expect.stringMatching(new RegExp(`^entities\\.csv:${line}: entity "un": kind: `)),
    );
  });

  it("sums up the relations that only fail because an entity they cite was rejected", () => {
    const entities = edit(
      csv["entities.csv"]!,
      "rebels,Rebel Front 🛡️,coalition",
      "rebels,Rebel Front 🛡️,front",
    );
    const messages = importCsv({ "entities.csv": entities }).rejections.map(formatRejection);
    const relations = csv["relations.csv"]!;
    // Controls the export wrote for the captures are derived again, not entered: not counted.
    const derivedControl = /^[^,]*-control,rebels,[^,]*,controls,/;
    const lines = relations
      .split("\r\n")
      .map((row, i) =>
        /^[^,]*,rebels,|^[^,]*,[^,]*,[^,]*,[^,]*,rebels,/.test(row) && !derivedControl.test(row)
          ? i + 1
          : null,
      )
      .filter((l) => l !== null);
    expect(messages).toEqual([
      expect.stringMatching(
        new RegExp(`^entities\\.csv:${lineOf(entities, "rebels,")}: entity "rebels": kind: `),
      ),
      `relations.csv: ${lines.length} relation(s) refer to the entity "rebels", which could not be read (lines ${lines.join(", ")})`,
    ]);
  });

  it("reports a missing file, a missing column and an unclosed quote", () => {
    const outcome = importCsv({
      "sources.csv": null,
      "entities.csv": edit(csv["entities.csv"]!, "id,label,kind,", "id,name,kind,"),
      "relations.csv": `${csv["relations.csv"]!}x,"unclosed\r\n`,
    });
    const messages = outcome.rejections.map(formatRejection);
    expect(messages.slice(0, 3)).toEqual([
      "sources.csv: missing",
      `entities.csv:1: missing column(s) label; unknown column(s) "name" (expected ${ENTITY_COLUMNS.join(",")})`,
      `relations.csv:${csv["relations.csv"]!.split("\n").length}: not valid CSV: a quoted field is never closed`,
    ]);
  });
});
