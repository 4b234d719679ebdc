import { describe, expect, it } from "vitest";
import { runCliJson } from "../helpers/run-cli.js";

interface RelationOut {
  id: string;
  kind: string;
  source: string;
  target: string;
  status: string;
  claimedBy: string[];
  evidence: { source: string; paragraph: number | null; note: string }[];
}
interface Answer {
  id: string;
}

const relations = (...args: string[]) => runCliJson<RelationOut[]>(["relations", ...args]);
const byId = (list: RelationOut[]) => new Map(list.map((r) => [r.id, r]));

describe("facts of the reports, answered on the command line", () => {
  it("the government captured villages of northern Hama and southern Idlib in spring 2019", () => {
    const spring = relations("--entity", "regime forces", "--from", "2019-04", "--to", "2019-06").filter(
      (r) => r.kind === "captured",
    );
    expect(spring.map((r) => r.target)).toContain("north-hama-south-idlib-villages-2019");
    const capture = spring.find((r) => r.target === "north-hama-south-idlib-villages-2019")!;
    expect(capture.status).toBe("reported");
    expect(capture.evidence.map((e) => e.paragraph)).toEqual([2, 3, 9]);
  });

  it("HTS led the 2017 insurgents, with the Turkistan Islamic Party among them, and took two villages", () => {
    const day = relations("--entity", "HTS", "--from", "2017-09-19", "--to", "2017-09-19");
    expect(day.filter((r) => r.kind === "leads").map((r) => r.target)).toContain("hts-led-insurgents-2017");
    const tip = relations("--entity", "Turkistan Islamic Party");
    expect(tip.find((r) => r.kind === "member-of")?.target).toBe("hts-led-insurgents-2017");
    const seized = relations("--entity", "hts-led-insurgents-2017").filter((r) => r.kind === "captured");
    expect(seized.map((r) => r.target)).toEqual(["northeast-hama-villages-2017"]);
    expect(runCliJson<Answer[]>(["allies", "HTS", "--at", "2017-09-19"]).map((a) => a.id)).toEqual(
      expect.arrayContaining(["al-qaeda", "turkistan-islamic-party"]),
    );
  });

  it("HTS led the 2024 coalition, which Turkish-backed fighters joined", () => {
    const sna = byId(relations("--entity", "Turkish-backed fighters"));
    expect(sna.get("sna-member-of-hts-led-coalition-2024")?.evidence[0]).toMatchObject({
      source: "france24-2024-12-01",
      paragraph: 13,
    });
    expect(sna.get("sna-based-in-idlib-province")?.kind).toBe("based-in");
    expect(sna.get("sna-controls-northwest-syria")?.kind).toBe("controls");
    expect(byId(relations("--entity", "HTS")).get("hts-leads-hts-led-coalition-2024")?.target).toBe(
      "hts-led-coalition-2024",
    );
  });

  it("keeps Russia's claim of factions seeking reconciliation apart, disputed by the NLF", () => {
    const all = byId(relations("--entity", "Syrian opposition"));
    const disputed = all.get("syrian-opposition-negotiated-with-syrian-government-2018-09-reconciliation")!;
    expect(disputed.status).toBe("disputed");
    expect([...disputed.claimedBy].sort()).toEqual(["nlf", "russia"]);
    expect(
      all.get("russia-negotiated-with-syrian-opposition-reconciliation-deals")?.evidence[0]?.paragraph,
    ).toBe(26);
  });

  it("names no attacker of Darat Izza, and no longer cites the prisoners paragraph for the capture of Aleppo", () => {
    expect(relations("--entity", "Darat Izza").map((r) => r.kind)).toEqual(["located-in"]);
    const aleppo = byId(relations("--entity", "HTS")).get("hts-captured-aleppo-2024-11-30")!;
    expect(aleppo.evidence.map((e) => e.paragraph)).not.toContain(15);
  });

  it("Kurdish forces hold neighbourhoods of Aleppo on 1 December 2024", () => {
    const held = relations("--entity", "SDF", "--from", "2024-12-01", "--to", "2024-12-01").filter(
      (r) => r.kind === "controls",
    );
    expect(held.map((r) => r.target)).toContain("aleppo-kurdish-neighbourhoods");
  });
});
