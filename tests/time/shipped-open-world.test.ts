import { beforeAll, describe, expect, it } from "vitest";
import { diffDates } from "../../src/analysis/diff.js";
import type { KnowledgeGraph } from "../../src/graph/knowledge-graph.js";
import { alliesOf, backersOf, counterparties } from "../../src/query/counterparties.js";
import { parseQueryDate } from "../../src/query/query-date.js";
import { shippedGraph } from "../helpers/shipped-graph.js";

let kg: KnowledgeGraph;
beforeAll(async () => {
  kg = await shippedGraph();
});
const on = parseQueryDate;
const ids = (answers: readonly { entity: { id: string } }[]) => answers.map((a) => a.entity.id);

describe("the shipped data, answered in an open world", () => {
  it("has Russia and Iran backing the government in June 2016, before the first report, and says so", () => {
    const backers = backersOf(kg, "syrian-government", on("2016-06"));
    expect(ids(backers)).toEqual(expect.arrayContaining(["russia", "iran"]));
    const russia = backers.find((a) => a.entity.id === "russia")!;
    expect(russia.certainty).toBe("possible");
    expect(russia.basis.kind).toBe("extrapolated-before");
  });

  it("keeps alliances and backing known only from late reports possible in the years before them", () => {
    expect(ids(alliesOf(kg, "syrian-government", on("2022-06-01")))).toContain("hezbollah");
    expect(ids(backersOf(kg, "hezbollah", on("2022-06-01")))).toContain("iran");
    expect(ids(backersOf(kg, "syrian-government", on("2022-06-01")))).toContain("irgc");
    expect(ids(alliesOf(kg, "hts", on("2020-06-01")))).toContain("turkistan-islamic-party");
  });

  it("does not call a leader or a backing ended because the reports stop mentioning it", () => {
    const diff = diffDates(kg, { before: on("2018-09-08"), after: on("2024-12-01") });
    const ended = diff.ended.map((r) => r.id);
    expect(ended).not.toContain("vladimir-putin-leads-russia");
    expect(ended).not.toContain("turkey-backs-sna");
    // What a source does end: the government's hold on Aleppo, taken on 2024-11-30.
    expect(ended).toContain("syrian-government-controls-aleppo");
  });

  it("lists the SDF as a possible ally of the government on 2024-12-01, on Turkey's claim only", () => {
    const sdf = alliesOf(kg, "syrian-government", on("2024-12-01")).find((a) => a.entity.id === "sdf")!;
    expect([sdf.certainty, sdf.status, sdf.claimedBy]).toEqual(["possible", "claimed", ["turkey"]]);
    expect(ids(alliesOf(kg, "syrian-government", on("2024-12-01"), { certainOnly: true }))).not.toContain(
      "sdf",
    );
  });

  it("makes HTS an ally of the coalition it leads and of the SNA within it on 2024-11-30", () => {
    const allies = alliesOf(kg, "hts", on("2024-11-30"));
    expect(ids(allies)).toEqual(expect.arrayContaining(["hts-led-coalition-2024", "sna"]));
    expect(allies.find((a) => a.entity.id === "sna")!.via.map((v) => v.id)).toContain(
      "hts-led-coalition-2024",
    );
  });

  it("has HTS controlling Aleppo from its capture on 2024-11-30, the government no longer", () => {
    const holders = (date: string) => ids(counterparties(kg, "aleppo", on(date), ["controls"], "target"));
    expect(holders("2024-12-01")).toEqual(["hts"]);
    expect(holders("2024-11-29")).toEqual(["syrian-government"]);
    const derived = kg.relations.get("hts-captured-aleppo-2024-11-30-control")!;
    expect([derived.kind, derived.derivedFrom]).toEqual(["controls", ["hts-captured-aleppo-2024-11-30"]]);
  });
});
