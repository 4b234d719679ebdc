import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import * as prettier from "prettier";
import { beforeEach, describe, expect, it } from "vitest";
import { writeGraphDataFolder } from "../helpers/graph-data-folder.js";
import { ROOT, runCli } from "../helpers/run-cli.js";
import { draftFixture } from "./draft-fixture.js";

/** A short report of our own, in the corpus format (one paragraph per line). */
const REPORT = [
  "Government forces shelled Kafr Nabl on Tuesday, according to the Syrian Observatory for Human Rights.",
  "Rebels seized the village of Tell Tuqan on Monday, the opposition said.",
  "Russia and Iran back the Syrian government.",
].join("\n");

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const folder of ["", "entities", "relations"]) {
    for (const name of readdirSync(join(dir, folder))) {
      if (name.endsWith(".json")) out[join(folder, name)] = readFileSync(join(dir, folder, name), "utf8");
    }
  }
  return out;
}

function allGraphDataText(dir: string): string {
  return Object.values(snapshot(dir)).join("\n");
}

describe("faultline draft and review (the real CLI)", () => {
  let work: string;
  let data: string;
  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), "faultline-draft-"));
    data = writeGraphDataFolder(draftFixture());
    writeFileSync(join(work, "report.txt"), REPORT);
  });

  const draft = (...extra: string[]) =>
    runCli(
      ["draft", "report.txt", "--published", "2024-12-04", "--outlet", "Test Wire", "--data", data, ...extra],
      {
        cwd: work,
      },
    );

  it("round trip: draft → review --accept → graph-data that passes check, with nothing copied from the report", async () => {
    const before = snapshot(data);
    const drafted = draft("--out", "report.draft.json");
    expect(drafted.stderr).toBe("");
    expect(drafted.status).toBe(0);
    expect(drafted.stdout).toContain(
      "source test-wire-2024-12-04 (new), 1 new entity, 4 relation proposal(s)",
    );
    const file = JSON.parse(readFileSync(join(work, "report.draft.json"), "utf8"));
    expect(file.relations.map((r: { id: string }) => r.id)).toEqual([
      "syrian-government-attacked-kafr-nabl-2024-12-03",
      "opposition-captured-tell-tuqan-2024-12-02",
      "russia-backs-syrian-government",
      "iran-backs-syrian-government",
    ]);
    const reviewed = runCli(
      [
        "review",
        "report.draft.json",
        "--accept",
        "all",
        "--set",
        "tell-tuqan.place=village,35.95,36.7",
        "--data",
        data,
      ],
      { cwd: work },
    );
    expect(reviewed.stderr).toBe("");
    expect(reviewed.status).toBe(0);
    expect(reviewed.stdout).toContain("source:    test-wire-2024-12-04");
    expect(reviewed.stdout).toContain("entities:  tell-tuqan");
    expect(reviewed.stdout).toContain("Every check rule passed.");
    const check = runCli(["check", data, "--json"], { cwd: work });
    expect(check.status).toBe(0);
    expect(JSON.parse(check.stdout).ok).toBe(true);
    const relations = JSON.parse(
      runCli(["relations", "--entity", "tell-tuqan", "--json", "--data", data], { cwd: work }).stdout,
    );
    expect(relations[0]).toMatchObject({
      id: "opposition-captured-tell-tuqan-2024-12-02",
      kind: "captured",
      status: "claimed",
      claimedBy: ["opposition"],
    });
    expect(relations[0].evidence[0]).toMatchObject({ source: "test-wire-2024-12-04", paragraph: 2 });
    const text = allGraphDataText(data);
    for (const sentence of REPORT.split(/[.\n]/)
      .map((s) => s.trim())
      .filter((s) => s.length > 20))
      expect(text).not.toContain(sentence);
    expect(text).not.toContain('"trigger"');
    // Every file review wrote is already as the repository's prettier config formats it.
    const after = snapshot(data);
    const changed = Object.keys(after).filter((path) => after[path] !== before[path]);
    expect(changed.sort()).toEqual([
      "entities/places.json",
      "relations/hostilities.json",
      "relations/support.json",
      "relations/territory.json",
      "sources.json",
    ]);
    const options = {
      ...(await prettier.resolveConfig(join(ROOT, "graph-data", "sources.json"))),
      parser: "json",
    };
    for (const path of changed) expect(await prettier.check(after[path]!, options), path).toBe(true);
  });

  it("a kind changed in review gives the relation an id from its new kind", () => {
    expect(draft("--out", "report.draft.json").status).toBe(0);
    const reviewed = runCli(
      [
        "review",
        "report.draft.json",
        "--set",
        "opposition-captured-tell-tuqan-2024-12-02.kind=attacked",
        "--set",
        "tell-tuqan.place=village,35.95,36.7",
        "--accept",
        "all",
        "--data",
        data,
      ],
      { cwd: work },
    );
    expect(reviewed.stderr).toBe("");
    expect(reviewed.status).toBe(0);
    expect(reviewed.stdout).toContain(
      "renamed:   opposition-captured-tell-tuqan-2024-12-02 → opposition-attacked-tell-tuqan-2024-12-02",
    );
    const ids = (
      JSON.parse(
        runCli(["relations", "--entity", "tell-tuqan", "--json", "--data", data], { cwd: work }).stdout,
      ) as {
        id: string;
        kind: string;
      }[]
    ).map((r) => `${r.kind} ${r.id}`);
    expect(ids).toContain("attacked opposition-attacked-tell-tuqan-2024-12-02");
    expect(ids.some((id) => id.includes("captured"))).toBe(false);
  });

  it("re-drafting a report already in the graph proposes nothing it already holds", () => {
    expect(draft("--out", "first.json").status).toBe(0);
    const accepted = runCli(
      [
        "review",
        "first.json",
        "--accept",
        "all",
        "--reject",
        "tell-tuqan",
        "--reject",
        "opposition-captured-tell-tuqan-2024-12-02",
        "--data",
        data,
      ],
      { cwd: work },
    );
    expect(accepted.status).toBe(0);
    writeFileSync(join(work, "report.txt"), `${REPORT}\nIran backs the Syrian government.`);
    const again = draft("--json");
    expect(again.status).toBe(0);
    const json = JSON.parse(again.stdout);
    expect(Object.keys(json)).toEqual(["source", "entities", "relations"]);
    expect(json.source).toMatchObject({ id: "test-wire-2024-12-04", existing: true });
    expect(
      json.relations.map((r: { id: string; addsTo?: string; evidence: { paragraph: number }[] }) => [
        r.id,
        r.addsTo,
        r.evidence.map((e) => e.paragraph),
      ]),
    ).toEqual([
      ["opposition-captured-tell-tuqan-2024-12-02", undefined, [2]],
      ["iran-backs-syrian-government", "iran-backs-syrian-government", [4]],
    ]);
  });

  it("review walks the proposals on the terminal when driven through stdin", () => {
    expect(draft("--out", "d.json").status).toBe(0);
    const answers = [
      "place village 35.95 36.7", // item 1: the new place gets its coordinates…
      "a", // …and is accepted
      "status claimed monitor", // item 2: a change is shown again before deciding
      "a",
      "kind attacked", // item 3: captured → attacked, and a month instead of the day
      "date 2024-12",
      "a",
      "r", // item 4: russia backs … rejected
      "q", // stop: item 5 left undecided
    ];
    const run = spawnSync(
      process.execPath,
      [resolve(ROOT, "bin", "faultline.js"), "review", "d.json", "--data", data],
      {
        cwd: work,
        input: `${answers.join("\n")}\n`,
        encoding: "utf8",
      },
    );
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("[1/5] NEW ENTITY tell-tuqan");
    expect(run.stdout).toContain('¶1 "shelled"');
    expect(run.stdout).toContain("entities:  tell-tuqan");
    expect(run.stdout).toContain("rejected:  1, left undecided: 1");
    const relations = JSON.parse(runCli(["relations", "--json", "--data", data], { cwd: work }).stdout) as {
      id: string;
      kind: string;
      start: string | null;
      status: string;
      claimedBy: string[];
    }[];
    const shelled = relations.find((r) => r.id === "syrian-government-attacked-kafr-nabl-2024-12-03")!;
    expect(shelled).toMatchObject({ status: "claimed", claimedBy: ["monitor"] });
    // The reviewer made the capture an attack in December 2024: its id now says so.
    expect(relations.map((r) => r.id)).not.toContain("opposition-captured-tell-tuqan-2024-12-02");
    const attacked = relations.find((r) => r.id === "opposition-attacked-tell-tuqan-2024-12")!;
    expect(attacked).toMatchObject({ kind: "attacked", start: "2024-12", status: "claimed" });
    expect(relations.map((r) => r.id)).not.toContain("russia-backs-syrian-government");
    expect(relations.map((r) => r.id)).not.toContain("iran-backs-syrian-government");
  });

  it("accepted proposals that fail a check rule are all reported and nothing is written", () => {
    expect(draft("--out", "d.json").status).toBe(0);
    const before = snapshot(data);
    const run = runCli(["review", "d.json", "--accept", "all", "--data", data], { cwd: work });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('new place "tell-tuqan" (Tell Tuqan) needs its kind and coordinates');
    expect(snapshot(data)).toEqual(before);
  });

  describe("bad input: a clear error naming the file, exit 2, nothing written", () => {
    it.each([
      ["an empty file", "\n  \n", [], "report.txt: the report is empty"],
      ["a binary file", "GIF89a\u0000\u0001\u0002", [], "report.txt: byte 7 is NUL: this is a binary file"],
      [
        "a date that does not parse",
        REPORT,
        ["--published", "last Tuesday"],
        '--published: "last Tuesday" is not a day',
      ],
      [
        "a report naming nothing known",
        "The weather in the mountains was mild and the harvest was good.",
        [],
        "report.txt: the report names no entity the graph knows",
      ],
    ])("%s", (_what, content, extra, message) => {
      writeFileSync(join(work, "report.txt"), content);
      const args = ["draft", "report.txt", "--data", data, "--out", "out.json"];
      const run = runCli([...args, ...(extra.length > 0 ? extra : ["--published", "2024-12-04"])], {
        cwd: work,
      });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(message);
      expect(run.stdout).toBe("");
      expect(existsSync(join(work, "out.json"))).toBe(false);
      expect(readdirSync(work).filter((f) => f !== "report.txt")).toEqual([]);
    });

    it("a draft file that is not a draft", () => {
      writeFileSync(join(work, "d.json"), JSON.stringify({ format: "something-else" }));
      const before = snapshot(data);
      const run = runCli(["review", "d.json", "--accept", "all", "--data", data], { cwd: work });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain("d.json: $.format");
      expect(snapshot(data)).toEqual(before);
    });
  });
});
