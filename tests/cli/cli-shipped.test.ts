import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, runCliJson } from "../helpers/run-cli.js";
import { SHIPPED_DATA } from "../helpers/shipped-graph.js";

interface Answer {
  id: string;
  certainty: string;
  relations: string[];
}
interface RelationOut {
  id: string;
  source: string;
  target: string;
  status: string;
  claimedBy: string[];
  evidence: { source: string; paragraph: number | null; note: string }[];
}

describe("faultline on the shipped data, as a user runs it", () => {
  it("answers who backed the Syrian government in September 2018 and December 2024", () => {
    const sept2018 = runCliJson<Answer[]>(["backers", "Syrian government", "--at", "2018-09"]);
    expect(sept2018.map((a) => a.id)).toEqual(expect.arrayContaining(["russia", "iran"]));
    const dec2024 = runCliJson<Answer[]>(["backers", "the regime", "--at", "2024-12"]);
    expect(dec2024.map((a) => a.id)).toEqual(expect.arrayContaining(["russia", "iran"]));
    expect(
      dec2024.every((a) => a.relations.length > 0 && ["certain", "possible"].includes(a.certainty)),
    ).toBe(true);
  });

  it("answers who backs the SDF, the SNA and Hezbollah, and whom Turkey backs", () => {
    expect(runCliJson<Answer[]>(["backers", "SDF", "--at", "2024-12-01"]).map((a) => a.id)).toContain(
      "united-states",
    );
    expect(
      runCliJson<Answer[]>(["backers", "Syrian National Army", "--at", "2024-11-28"]).map((a) => a.id),
    ).toContain("turkey");
    expect(runCliJson<Answer[]>(["backers", "Hezbollah", "--at", "2024-11-28"]).map((a) => a.id)).toContain(
      "iran",
    );
    expect(runCliJson<Answer[]>(["backed", "Turkey", "--at", "2024-11-28"]).map((a) => a.id)).toContain(
      "sna",
    );
  });

  it("lists what HTS captured from 27 November to 1 December 2024, claims marked as such", () => {
    const captures = runCliJson<RelationOut[]>([
      "relations",
      "--kinds",
      "captured",
      "--entity",
      "HTS",
      "--from",
      "2024-11-27",
      "--to",
      "2024-12-01",
    ]);
    const byTarget = Object.fromEntries(captures.map((r) => [r.target, r]));
    expect(byTarget["khan-al-assal"]).toMatchObject({
      status: "claimed",
      claimedBy: expect.arrayContaining(["hts"]),
    });
    expect(byTarget["aleppo"]).toMatchObject({ status: "reported" });
    for (const r of captures) {
      expect(r.source).toBe("hts");
      expect(r.evidence.length).toBeGreaterThan(0);
      for (const e of r.evidence) expect(e.paragraph).toBeGreaterThan(0);
    }
  });

  it("lists the brokers of ceasefires and the towns of a province", () => {
    const ceasefires = runCliJson<RelationOut[]>(["relations", "--kinds", "brokered-ceasefire"]);
    expect(new Set(ceasefires.map((r) => r.source))).toEqual(new Set(["russia", "turkey"]));
    const inHama = runCliJson<RelationOut[]>([
      "relations",
      "--kinds",
      "located-in",
      "--entity",
      "Hama province",
    ]);
    expect(inHama.filter((r) => r.target === "hama-province").map((r) => r.source)).toEqual(
      expect.arrayContaining(["hama", "tal-malah"]),
    );
  });

  it("prints readable tables and counts", () => {
    const table = runCli(["backers", "Syrian government", "--at", "2018-09-08"]);
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(
      /^Backers of .+ on 2018-09-08:\nID\s+LABEL\s+KIND\s+CERTAINTY\s+BASIS\s+STATUS\s+RELATIONS\n-+/,
    );
    expect(runCliJson<{ entities: number; relations: number; sources: number }>(["stats"])).toMatchObject({
      sources: expect.any(Number),
      entities: expect.any(Number),
      relations: expect.any(Number),
    });
  });

  it("names each problem of a broken copy of graph-data with its file, and exits 2", () => {
    const dir = mkdtempSync(join(tmpdir(), "faultline-broken-"));
    cpSync(SHIPPED_DATA, dir, { recursive: true });
    const support = join(dir, "relations", "support.json");
    const relations = JSON.parse(readFileSync(support, "utf8"));
    relations.relations[0].target = "no-such-entity";
    relations.relations[1].start = "2019-02-30";
    writeFileSync(support, JSON.stringify(relations, null, 2));
    const states = join(dir, "entities", "states.json");
    const entities = JSON.parse(readFileSync(states, "utf8"));
    entities.entities.push({ ...entities.entities[0], aliases: [], label: "A second copy" });
    writeFileSync(states, JSON.stringify(entities, null, 2));

    const run = runCli(["check", dir]);
    expect(run.status).toBe(2);
    // Each problem names its file, its place and the id of the item it is in.
    const [first, second] = relations.relations as { id: string }[];
    const copied = (entities.entities as { id: string }[])[0]!.id;
    const copyAt = entities.entities.length - 1;
    expect(run.stderr).toContain(
      `relations/support.json: $.relations[0].target (${first!.id}): unknown entity "no-such-entity"`,
    );
    expect(run.stderr).toContain(
      `relations/support.json: $.relations[1].start (${second!.id}): "2019-02-30" has day 30`,
    );
    expect(run.stderr).toContain(
      `entities/states.json: $.entities[${copyAt}].id (${copied}): duplicate entity id "${copied}"`,
    );
    expect(run.stderr).toContain("3 problem(s)");
    expect(runCli(["check"]).status).toBe(0);
  });
});
