import { describe, expect, it } from "vitest";
import { miniData, writeGraphData } from "../helpers/mini-data.js";
import { runCli, runCliJson } from "../helpers/run-cli.js";

const data = writeGraphData();

describe("faultline CLI on a small data set", () => {
  it("prints help for the program and every command, exit 0", () => {
    const help = runCli(["--help"]);
    expect(help.status).toBe(0);
    for (const command of [
      "resolve",
      "backers",
      "backed",
      "allies",
      "relations",
      "snapshot",
      "stats",
      "check",
    ]) {
      expect(help.stdout).toContain(command);
      const own = runCli([command, "--help"]);
      expect(own.status, command).toBe(0);
      expect(own.stdout).toMatch(new RegExp(`^Usage: faultline ${command}`));
    }
  });

  it("exits 2 on an unknown command, an unknown option, a missing or bad date", () => {
    expect(runCli(["frobnicate"]).status).toBe(2);
    expect(runCli(["stats", "--frob", "--data", data]).status).toBe(2);
    const missing = runCli(["backers", "gov", "--data", data]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("--at DATE is required");
    const bad = runCli(["backers", "gov", "--at", "2019-02-30", "--data", data]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("2019-02 does not have");
    expect(runCli(["relations", "--kinds", "befriends", "--data", data]).status).toBe(2);
    expect(runCli(["relations", "--from", "2020", "--to", "2019", "--data", data]).status).toBe(2);
  });

  it("resolves names, lists candidates with --all and exits 1 with suggestions on a miss", () => {
    expect(runCliJson(["resolve", "régime forces", "--data", data])).toEqual({
      id: "gov",
      label: "Government",
      kind: "state",
      aliases: ["the regime", "Régime forces"],
    });
    const all = runCliJson<{ id: string }[]>(["resolve", "Idlib", "--all", "--data", data]);
    expect(all.map((e) => e.id)).toEqual(["idlib", "idlib-province"]);
    const ambiguous = runCli(["resolve", "Idlib", "--data", data]);
    expect(ambiguous.status).toBe(0);
    expect(ambiguous.stderr).toContain("idlib-province");
    const miss = runCli(["resolve", "Patron Stat", "--data", data]);
    expect(miss.status).toBe(1);
    expect(miss.stderr).toContain("Did you mean: Patron State (patron)");
    expect(runCli(["backers", "nobody at all", "--at", "2020", "--data", data]).status).toBe(1);
  });

  it("answers backers, backed and allies with certainty and the relations behind them", () => {
    expect(runCliJson(["backers", "Government", "--at", "2024-11-15", "--data", data])).toEqual([
      {
        id: "patron",
        label: "Patron State",
        kind: "state",
        certainty: "certain",
        basis: { kind: "evidenced", firstReport: "2018-09-08", lastReport: "2024-12-01" },
        status: "reported",
        claimedBy: [],
        via: [],
        relations: ["patron-backs-gov"],
      },
      {
        id: "second-patron",
        label: "Second Patron",
        kind: "state",
        // A claim is never certain; its stated start (2024-11) is the basis.
        certainty: "possible",
        basis: { kind: "stated" },
        status: "claimed",
        claimedBy: ["second-patron"],
        via: [],
        relations: ["second-backs-gov"],
      },
    ]);
    expect(runCliJson(["backed", "PS", "--at", "2020", "--data", data])).toEqual([
      {
        id: "gov",
        label: "Government",
        kind: "state",
        certainty: "certain",
        basis: { kind: "evidenced", firstReport: "2018-09-08", lastReport: "2024-12-01" },
        status: "reported",
        claimedBy: [],
        via: [],
        relations: ["patron-backs-gov"],
      },
    ]);
    expect(
      runCliJson<{ id: string }[]>(["allies", "Ally Group", "--at", "2013", "--data", data]).map((a) => a.id),
    ).toEqual(["rebels"]);
    const human = runCli(["backers", "gov", "--at", "2024-11-15", "--data", data]);
    expect(human.stdout).toMatch(
      /patron\s+Patron State\s+state\s+certain\s+evidenced to 2024-12-01\s+reported\s+patron-backs-gov/,
    );
    expect(human.stdout).toMatch(
      /second-patron\s+Second Patron\s+state\s+possible\s+stated\s+claimed by Second Patron\s+second-backs-gov/,
    );
    // Before the first report nothing rules the backing out: possible, not absent (docs/time-model.md).
    expect(runCli(["backers", "gov", "--at", "2000", "--data", data]).stdout).toMatch(
      /patron\s+Patron State\s+state\s+possible\s+before first report 2018-09-08\s+reported\s+patron-backs-gov/,
    );
    // An empty answer says why: here --certain left the possible one out.
    expect(runCli(["backers", "gov", "--at", "2000", "--certain", "--data", data]).stdout).toBe(
      "No backer of Government on 2000 is certain; 1 may hold (run without --certain to see them).\n",
    );
  });

  it("lists relations by kind, entity and range in the documented JSON shape", () => {
    const captures = runCliJson<Record<string, unknown>[]>([
      "relations",
      "--kinds",
      "captured",
      "--entity",
      "RF",
      "--from",
      "2024-11-27",
      "--to",
      "2024-12-01",
      "--data",
      data,
    ]);
    expect(captures).toEqual([
      {
        id: "rebels-captured-idlib",
        kind: "captured",
        source: "rebels",
        target: "idlib",
        start: "2024-11",
        end: "2024-11",
        status: "reported",
        claimedBy: [],
        certainty: "possible",
        basis: { kind: "stated" },
        evidence: [{ source: "report-b", paragraph: 6, note: "The rebels took the city during the month." }],
      },
      {
        id: "rebels-captured-town",
        kind: "captured",
        source: "rebels",
        target: "town",
        start: "2024-11-28",
        end: "2024-11-28",
        status: "claimed",
        claimedBy: ["rebels"],
        // Resting only on the rebels' claim, the capture is never certain.
        certainty: "possible",
        basis: { kind: "stated" },
        evidence: [
          {
            source: "report-b",
            paragraph: 5,
            note: "The rebels say they took the town.",
            claimedBy: "rebels",
          },
        ],
      },
    ]);
    const open = runCliJson<{ id: string; start: string | null; end: string | null }[]>([
      "relations",
      "--kinds",
      "backs,located-in",
      "--data",
      data,
    ]);
    expect(open.map((r) => [r.id, r.start, r.end])).toEqual([
      ["town-in-idlib-province", null, null],
      ["patron-backs-gov", "2018-09-08", "2024-12-01"],
      ["second-backs-gov", "2024-11", null],
    ]);
  });

  it("counts the data and checks it", () => {
    // The 6 relations in the files, counted apart from the control each of the 2 captures derives.
    const stats = runCliJson<{ relationsByKind: Record<string, number> }>(["stats", "--data", data]);
    expect(stats).toMatchObject({ entities: 9, relations: 6, derivedRelations: 2, sources: 3 });
    expect(stats.relationsByKind).toEqual({ "allied-with": 1, backs: 2, captured: 2, "located-in": 1 });
    expect(runCli(["stats", "--data", data]).stdout).toMatch(/^relations +6$[^]*^derived from captures +2$/m);
    const ok = runCli(["check", data]);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toBe("OK: 6 files, 3 sources, 9 entities, 6 relations (+2 derived from captures).\n");
  });

  it("names every problem of broken data with its file and exits 2, from check and from any query", () => {
    const broken = miniData();
    broken.relations["support.json"][0]!.target = "nobody";
    broken.relations["territory.json"][1]!.date = "2024-13";
    broken.entities["actors.json"].push({ id: "ally", label: "Another Ally", kind: "armed-group" });
    const dir = writeGraphData(broken);
    const check = runCli(["check", dir]);
    expect(check.status).toBe(2);
    expect(check.stderr).toContain(
      'relations/support.json: $.relations[0].target (patron-backs-gov): unknown entity "nobody"',
    );
    expect(check.stderr).toContain(
      'relations/territory.json: $.relations[1].date (rebels-captured-idlib): "2024-13" has month 13',
    );
    expect(check.stderr).toMatch(
      /entities\/actors\.json: \$\.entities\[6\]\.id \(ally\): duplicate entity id "ally" \(first defined in .*entities\/actors\.json at \$\.entities\[4\]\)/,
    );
    expect(check.stderr).toContain("3 problem(s)");
    expect(runCli(["stats", "--data", dir]).status).toBe(2);
    expect(runCli(["check", "/nonexistent/graph-data"]).status).toBe(2);
  });
});
