import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wholeDataset } from "../../src/formats/export-selection.js";
import { EXPORT_FORMATS } from "../../src/formats/format-names.js";
import { formatRejection } from "../../src/formats/import-result.js";
import { REPLACEMENT_CHARACTER } from "../../src/formats/text-rule.js";
import { arbitraryDataset } from "./helpers/arbitrary-dataset.js";
import { formatFixture, XML_FORBIDDEN_SAMPLE } from "./helpers/format-fixture.js";
import { canonical, expectedAfter, exportTexts, importTexts, roundTrip } from "./helpers/round-trip.js";

const fixture = formatFixture();

describe.each(EXPORT_FORMATS)("round trip through %s", (format) => {
  it("gives back the same sources, entities, relations, dates, statuses and evidence", () => {
    const outcome = roundTrip(format, fixture);
    expect(outcome.rejections.map(formatRejection)).toEqual([]);
    expect(canonical(outcome.dataset!)).toEqual(canonical(expectedAfter(format, fixture)));
  });

  it("keeps the EDTF text of every date exactly, and which bounds were open or taken from the evidence", () => {
    const back = new Map(roundTrip(format, fixture).dataset!.relations.map((r) => [r.id, r]));
    for (const r of fixture.relations) {
      const b = back.get(r.id)!;
      expect([b.date, b.start, b.end], r.id).toEqual([r.date, r.start, r.end]);
    }
    expect(back.get("rebels-allied-ally")!.end).toBeNull();
    expect(back.get("envoy-represents-un")!.end).toBe("2019?");
    expect(back.get("patron-backs-gov")!).not.toHaveProperty("start");
    expect(back.get("ally-allied-rebels-2011")!.start).toBe("2011-04~");
  });

  it("is idempotent: exporting the imported dataset gives the same bytes", () => {
    const first = exportTexts(format, wholeDataset(fixture));
    const again = exportTexts(format, wholeDataset(importTexts(format, first).dataset!));
    expect(again).toEqual(first);
  });

  it("property: any valid dataset with nasty text and random EDTF dates comes back (text rule applied)", () => {
    fc.assert(
      fc.property(arbitraryDataset, (dataset) => {
        const outcome = roundTrip(format, dataset);
        // A dataset without relations is valid and comes back, except through CSV: its export is a
        // header-only relations.csv, which the CSV import refuses (docs/safety.md, class 13).
        if (format === "csv" && dataset.relations.length === 0) {
          expect(outcome.rejections.map(formatRejection)).toEqual([
            "relations.csv:1: a header and no rows: nothing to import from this file",
          ]);
          return;
        }
        expect(outcome.rejections.map(formatRejection)).toEqual([]);
        expect(canonical(outcome.dataset!)).toEqual(canonical(expectedAfter(format, dataset)));
      }),
      { numRuns: 150 },
    );
  });
});

describe("text through the formats", () => {
  it("keeps quotes, ampersands, angle brackets, Arabic script and emoji intact in every format", () => {
    for (const format of EXPORT_FORMATS) {
      const back = roundTrip(format, fixture).dataset!;
      const gov = back.entities.find((e) => e.id === "gov")!;
      expect(gov.label, format).toBe('Government "of" Syria & <co>');
      expect(gov.aliases, format).toEqual(["الحكومة السورية", "the regime"]);
      expect(gov.description, format).toBe("Line one\nLine two\twith a tab\r\nand CRLF");
      expect(back.entities.find((e) => e.id === "rebels")!.label, format).toBe("Rebel Front 🛡️");
      expect(back.sources.find((s) => s.id === "wire-2018")!.outlet, format).toBe('Wire & "Co" <Agency>');
    }
  });

  it("replaces each character XML forbids by U+FFFD in GEXF and GraphML, and only lone surrogates in CSV", () => {
    const nine = REPLACEMENT_CHARACTER.repeat(XML_FORBIDDEN_SAMPLE.length);
    for (const format of ["gexf", "graphml"] as const) {
      const ally = roundTrip(format, fixture).dataset!.entities.find((e) => e.id === "ally")!;
      expect(ally.label, format).toBe(`Ally${nine}Group`);
    }
    const csv = roundTrip("csv", fixture).dataset!.entities.find((e) => e.id === "ally")!;
    expect(csv.label).toBe(`Ally${XML_FORBIDDEN_SAMPLE.replace("\uD800", REPLACEMENT_CHARACTER)}Group`);
    const json = roundTrip("json", fixture).dataset!.entities.find((e) => e.id === "ally")!;
    expect(json.label).toBe(`Ally${XML_FORBIDDEN_SAMPLE}Group`);
  });
});
