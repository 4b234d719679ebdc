import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Entity } from "../../src/model/core.js";
import { runCli, runCliJson } from "../helpers/run-cli.js";
import { SHIPPED_DATA, shippedGraph } from "../helpers/shipped-graph.js";

/** The last day a year, month or day date may denote, as ISO text (enough for plain EDTF dates). */
function lastDay(date: string): string {
  if (/^\d{4}$/.test(date)) return `${date}-12-31`;
  if (/^\d{4}-\d{2}$/.test(date)) return `${date}-31`;
  return date;
}

describe("lifetimes of the shipped actors", () => {
  it("records when the main armed groups and coalitions were formed, at the precision known", async () => {
    const entities = new Map((await shippedGraph()).dataset.entities.map((e) => [e.id, e]));
    const life = (id: string) => [entities.get(id)!.founded, entities.get(id)!.dissolved];
    expect(life("hts")).toEqual(["2017-01-28", "2025-01-29"]);
    expect(life("nlf")).toEqual(["2018-05-28", "2019-10-04"]);
    expect(life("sna")).toEqual(["2017-12-30", "2025-01-29"]);
    expect(life("sdf")).toEqual(["2015-10-10", undefined]);
    expect(life("hezbollah")).toEqual(["1982", undefined]);
    expect(life("syrian-government")).toEqual([undefined, "2024-12-08"]);
  });

  it("cites a reference source for every founded or dissolved date", async () => {
    const { dataset } = await shippedGraph();
    const kinds = new Map(dataset.sources.map((s) => [s.id, s.kind]));
    const dated = dataset.entities.filter((e) => e.founded !== undefined || e.dissolved !== undefined);
    expect(dated.length).toBeGreaterThanOrEqual(12);
    for (const e of dated) {
      expect(e.lifetimeEvidence.length, e.id).toBeGreaterThan(0);
      for (const ev of e.lifetimeEvidence)
        expect(kinds.get(ev.source), `${e.id} ${ev.source}`).toBe("reference");
    }
  });

  it("agrees with the reports: no report speaks of an actor before it was formed or after it ended", async () => {
    const { dataset } = await shippedGraph();
    const entities = new Map<string, Entity>(dataset.entities.map((e) => [e.id, e]));
    const published = new Map(
      dataset.sources.filter((s) => s.kind === "news-report").map((s) => [s.id, s.published]),
    );
    const clashes: string[] = [];
    for (const r of dataset.relations) {
      for (const end of [entities.get(r.source)!, entities.get(r.target)!]) {
        for (const ev of r.evidence) {
          const day = published.get(ev.source);
          if (day === undefined) continue;
          if (end.founded !== undefined && day < end.founded)
            clashes.push(`${r.id}: ${ev.source} before ${end.id}`);
          if (end.dissolved !== undefined && day > lastDay(end.dissolved))
            clashes.push(`${r.id}: ${ev.source} after ${end.id}`);
        }
      }
    }
    expect(clashes).toEqual([]);
  });

  it("answers nothing outside an actor's lifetime on the command line", () => {
    expect(runCli(["allies", "HTS", "--at", "2016-06"]).stdout).toBe(
      "No ally of Hayat Tahrir al-Sham on 2016-06: Hayat Tahrir al-Sham was founded 2017-01-28.\n",
    );
    // Silence on every day is not a "no": the answer says the graph records none.
    expect(runCli(["backers", "HTS", "--at", "2024-12"]).stdout).toMatch(
      /^No backer of Hayat Tahrir al-Sham on 2024-12: the graph records none on any day/,
    );
    // After the Syrian government fell, Hezbollah's alliance with it is listed on the days it may hold.
    expect(runCli(["allies", "Hezbollah", "--at", "2026"]).stdout).toContain(
      "Syrian government (syrian-government): may hold from 1982-01-01 until 2024-12-08",
    );
    expect(runCliJson<unknown[]>(["backers", "Syrian government", "--at", "2025-06"])).toEqual([]);
    expect(runCliJson<{ id: string }[]>(["allies", "HTS", "--at", "2017-06"]).map((a) => a.id)).toContain(
      "turkistan-islamic-party",
    );
  });

  it("check names a lifetime citation of a source that does not exist, and exits 2", () => {
    const dir = mkdtempSync(join(tmpdir(), "faultline-lifetime-"));
    cpSync(SHIPPED_DATA, dir, { recursive: true });
    const file = join(dir, "entities", "armed-groups.json");
    const data = JSON.parse(readFileSync(file, "utf8")) as { entities: Entity[] };
    const at = data.entities.findIndex((e) => e.id === "hts");
    data.entities[at]!.lifetimeEvidence[0]!.source = "no-such-source";
    writeFileSync(file, JSON.stringify(data, null, 2));
    const run = runCli(["check", dir]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      new RegExp(
        `armed-groups\\.json: \\$\\.entities\\[${at}\\]\\.lifetimeEvidence\\[0\\]\\.source.*unknown source "no-such-source"`,
      ),
    );
  });

  it("check refuses an event dated before an end was founded or after it was dissolved, naming both, and exits 2", () => {
    const dir = mkdtempSync(join(tmpdir(), "faultline-lifetime-"));
    cpSync(SHIPPED_DATA, dir, { recursive: true });
    const file = join(dir, "relations", "hostilities.json");
    const data = JSON.parse(readFileSync(file, "utf8")) as {
      relations: { id: string; kind: string; source: string; target: string; date?: string }[];
    };
    const events = data.relations
      .map((r, i) => [r, i] as const)
      .filter(([r]) => r.date !== undefined && [r.source, r.target].includes("hts"));
    const [before, after] = [events[0]!, events[1]!];
    const afterDate = after[0].date;
    before[0].date = "2016-12-31"; // HTS was founded 2017-01-28
    after[0].date = "2025-02"; // and dissolved 2025-01-29
    writeFileSync(file, JSON.stringify(data, null, 2));
    const run = runCli(["check", dir]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      `hostilities.json: $.relations[${before[1]}].date (${before[0].id}): ${before[0].kind} on 2016-12-31 is before Hayat Tahrir al-Sham (hts) was founded (2017-01-28)`,
    );
    expect(run.stderr).toContain(
      `hostilities.json: $.relations[${after[1]}].date (${after[0].id}): ${after[0].kind} on 2025-02 is after Hayat Tahrir al-Sham (hts) was dissolved (2025-01-29)`,
    );
    // On the founding day itself the event may be within the lifetime: no problem.
    before[0].date = "2017-01-28";
    after[0].date = afterDate;
    writeFileSync(file, JSON.stringify(data, null, 2));
    expect(runCli(["check", dir]).status).toBe(0);
  });
});
