import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { countParagraphs } from "../../src/data/paragraph-counts.js";
import { EntityResolver } from "../../src/query/entity-resolver.js";
import { CORPUS, itWith, materialFile } from "../helpers/shared-material.js";
import { shippedGraph } from "../helpers/shipped-graph.js";
import { REPORT_FILES, REPORT_NAME_FORMS } from "./report-name-forms.js";

let resolver: EntityResolver;
beforeAll(async () => {
  resolver = new EntityResolver((await shippedGraph()).dataset.entities);
});

/** The report's paragraphs: its non-empty lines, the unit evidence is numbered in. */
function paragraphs(file: string): string[] {
  const lines = readFileSync(materialFile(CORPUS, file), "utf8")
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "");
  expect(lines.length).toBe(countParagraphs(readFileSync(materialFile(CORPUS, file), "utf8")));
  return lines;
}

describe("the actor names of the five reports, as the press writes them", () => {
  it.each(REPORT_NAME_FORMS.map((f) => [f.form, f] as const))(
    "%s resolves to its actor in a question about actors",
    (_form, f) => {
      const resolution = resolver.resolveActor(f.form);
      const [best, ...rest] = resolution.candidates.map((c) => c.entity.id);
      expect(best, `${f.form} (${f.report} ¶${f.paragraph})`).toBe(f.entity);
      const others = [...rest, ...resolution.setAside.map((c) => c.entity.id)].sort();
      expect(others, `other readings of ${f.form}`).toEqual([...(f.others ?? [])].sort());
    },
  );

  it("counts each form once, whatever its case", () => {
    const keys = REPORT_NAME_FORMS.map((f) => f.form.toLowerCase());
    expect(new Set(keys).size).toBe(keys.length);
    expect(REPORT_NAME_FORMS.length).toBeGreaterThanOrEqual(140);
  });

  itWith([CORPUS])("quotes every form from the report and paragraph it names", () => {
    const missing: string[] = [];
    for (const f of REPORT_NAME_FORMS) {
      const text = paragraphs(REPORT_FILES[f.report]!)[f.paragraph - 1] ?? "";
      if (!text.includes(f.form)) missing.push(`${f.form} (${f.report} ¶${f.paragraph})`);
    }
    expect(missing).toEqual([]);
  });
});
