import { beforeAll, describe, expect, it } from "vitest";
import { coalitionOf } from "../../src/draft/coalition-rules.js";
import { draftReport } from "../../src/draft/draft-report.js";
import { LEXICON } from "../../src/draft/lexicon.js";
import { splitParagraphs } from "../../src/draft/report-text.js";
import { loadDataset } from "../../src/data/load-graph-data.js";
import type { Dataset } from "../../src/model/core.js";
import { writeGraphDataFolder } from "../helpers/graph-data-folder.js";
import { draftFixture } from "./draft-fixture.js";

/**
 * The drafting fixture plus two coalitions HTS belongs to: one founded in 2024, named "HTS and
 * its allies" (known from a 2024 source), and an older one with no known founding whose only
 * evidence is from 2017.
 */
function withCoalitions() {
  const fixture = draftFixture();
  const source = (id: string, published: string) => ({
    id,
    kind: "news-report",
    outlet: "Wire",
    title: id,
    published,
    language: "en",
    inferred: [],
  });
  const coalitions = [
    {
      id: "northern-coalition",
      label: "Northern Coalition",
      kind: "coalition",
      aliases: ["HTS and its allies"],
      founded: "2024",
      lifetimeEvidence: [{ source: "atlas", note: "Formed in 2024." }],
    },
    { id: "old-front", label: "Old Front", kind: "coalition", aliases: [] },
  ];
  const member = (target: string, sourceId: string) => ({
    id: `hts-member-of-${target}`,
    kind: "member-of",
    source: "hts",
    target,
    status: "reported",
    evidence: [{ source: sourceId, paragraph: 1, note: "HTS is in it." }],
  });
  return {
    sources: [...fixture.sources, source("wire-2017", "2017-06-01"), source("wire-2024", "2024-11-01")],
    entities: { ...fixture.entities, "coalitions.json": coalitions },
    relations: {
      ...fixture.relations,
      "coalitions.json": [member("northern-coalition", "wire-2024"), member("old-front", "wire-2017")],
    },
  };
}

type Row = [string, string, string];

describe("draft: coalitions named by their leader (short paragraphs of our own, published 2024-12-04)", () => {
  let dataset: Dataset;
  beforeAll(async () => {
    dataset = await loadDataset(writeGraphDataFolder(withCoalitions()), { corpusDir: null });
  });

  const fired = new Set<string>();
  const rowsOf = (text: string): Row[] => {
    const draft = draftReport(
      { file: "case.txt", paragraphs: splitParagraphs(text) },
      { published: "2024-12-04", sourceId: "case", reportPath: "case.txt", sha256: "0" },
      dataset,
    );
    for (const r of draft.relations) for (const e of r.evidence) fired.add(e.rule);
    return draft.relations.filter((r) => r.rule !== "attack-verb").map((r) => [r.kind, r.source, r.target]);
  };

  it("the coalition of the day is the one the graph knows, by its lifetime or a source within a year", () => {
    const hts = dataset.entities.find((e) => e.id === "hts")!;
    expect(coalitionOf(hts, dataset, "2024-12-04", "opposition")?.id).toBe("northern-coalition");
    expect(coalitionOf(hts, dataset, "2017-09-01", "opposition")?.id).toBe("old-front");
    expect(coalitionOf(hts, dataset, "2021-01-01", "opposition")).toBeNull();
  });

  it("'the rebels, led by X and including Y': X leads the coalition, X and Y are members, it is part of the rebels", () => {
    const rows = rowsOf(
      "The rebels, led by HTS and including the Northern Brigade, shelled Saraqib on Monday.",
    );
    expect(rows).toEqual(
      expect.arrayContaining([
        ["leads", "hts", "northern-coalition"],
        ["member-of", "hts", "northern-coalition"],
        ["member-of", "northern-brigade", "northern-coalition"],
        ["member-of", "northern-coalition", "opposition"],
      ]),
    );
    expect(rows).toHaveLength(4);
  });

  it("a quoted commander of rebels the report says a group leads speaks for that group's coalition", () => {
    expect(
      rowsOf(
        "The rebels, led by HTS, shelled Saraqib on Monday.\nRebel commander Yusuf Karim said his fighters were advancing.",
      ),
    ).toEqual(expect.arrayContaining([["represents", "yusuf-karim", "northern-coalition"]]));
  });

  it("a quoted commander of rebels with no leader named in the report speaks for the rebels themselves", () => {
    expect(rowsOf("Rebel commander Yusuf Karim said his fighters were advancing.")).toEqual([
      ["represents", "yusuf-karim", "opposition"],
    ]);
  });

  it("'X and its allies' names the coalition and makes X a member", () => {
    expect(rowsOf("HTS and its allies shelled Saraqib on Monday.")).toEqual([
      ["member-of", "hts", "northern-coalition"],
    ]);
  });

  it("a collective's description named on the spot: the name is part of the collective", () => {
    expect(
      rowsOf("Rebels operating under the banner of the Northern Brigade shelled Saraqib on Monday."),
    ).toEqual([["member-of", "northern-brigade", "opposition"]]);
  });

  it("a collective led by a group with no coalition of the day gives no coalition relations", () => {
    expect(rowsOf("The rebels led by the Northern Brigade shelled Saraqib on Monday.")).toEqual([]);
  });

  it("every coalition rule of the lexicon fired in the cases above", () => {
    for (const rule of LEXICON.filter((r) => r.form === "coalition"))
      expect(fired, rule.id).toContain(rule.id);
  });
});
