import { describe, expect, it } from "vitest";
import { MEASURES, measureById } from "../../src/analysis/index.js";
import type { CommandArgs } from "../../src/cli/command.js";
import { analysisCommand, parameterOptions } from "../../src/cli/commands/analysis-command.js";
import { COMMANDS } from "../../src/cli/commands/index.js";
import { failureOf, main } from "../../src/cli/main.js";
import { dateOption, kindsOption } from "../../src/cli/options.js";
import { didYouMeanOption } from "../../src/cli/unknown-option.js";
import { FaultlineError } from "../../src/faultline-error.js";
import { writeGraphData } from "../helpers/mini-data.js";

const data = writeGraphData();

/** Runs the CLI in this process (the same main the bin runs) and captures what it printed. */
async function cli(...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const io = {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
  };
  const status = await main(argv, io);
  return { status, stdout, stderr };
}

const args = (values: CommandArgs["values"], positionals: string[] = []): CommandArgs => ({
  values,
  positionals,
  dataDir: data,
  json: false,
});

describe("errors become exit codes in one place", () => {
  it("maps each category of FaultlineError to its exit status and leaves other errors to propagate", () => {
    expect(failureOf(new FaultlineError("no-match", "nobody"))).toEqual({ exit: 1, message: "nobody" });
    expect(failureOf(new FaultlineError("bad-input", ["one", "two"]))).toEqual({
      exit: 2,
      message: "one\ntwo",
    });
    expect(failureOf(new FaultlineError("invalid-data", ["x"], { summary: "1 problem" }))).toEqual({
      exit: 2,
      message: "1 problem",
    });
    expect(failureOf(new TypeError("a bug"))).toBeNull();
  });

  it("a no-match, a bad option and invalid data end the real commands with 1, 2 and 2", async () => {
    expect((await cli("resolve", "Nobody At All", "--data", data)).status).toBe(1);
    expect((await cli("snapshot", "--at", "2019-02-30", "--data", data)).status).toBe(2);
    const invalid = await cli("stats", "--data", "/nonexistent-faultline-folder");
    expect(invalid.status).toBe(2);
  });
});

describe("one option vocabulary: --at, --from/--to and --kinds everywhere", () => {
  it("the old --kind is refused with a did-you-mean, before any data is read", async () => {
    const old = await cli("relations", "--kind", "captured", "--data", "/nonexistent-faultline-folder");
    expect(old.status).toBe(2);
    expect(old.stderr).toMatch(/^faultline relations: unknown option --kind\. Did you mean --kinds\?\n/);
    expect(didYouMeanOption("--form", ["at", "from", "to", "json"])).toBe(" Did you mean --from?");
    expect(didYouMeanOption("--zzz", ["at", "from", "to"])).toBe("");
  });

  it("--kinds takes a comma list or repeats, the same in relations and in every analysis command", async () => {
    const comma = await cli("relations", "--kinds", "backs,captured", "--json", "--data", data);
    const repeated = await cli(
      "relations",
      "--kinds",
      "backs",
      "--kinds",
      "captured",
      "--json",
      "--data",
      data,
    );
    expect(comma.status).toBe(0);
    expect(repeated.stdout).toBe(comma.stdout);
    const kinds = (JSON.parse(comma.stdout) as { kind: string }[]).map((r) => r.kind);
    expect(new Set(kinds)).toEqual(new Set(["backs", "captured"]));
    expect(kindsOption(args({ kinds: ["backs,captured", "backs"] }))).toEqual(["backs", "captured"]);
    for (const m of MEASURES) {
      for (const p of m.parameters.filter((q) => q.type === "kinds" || q.type === "date")) {
        expect(parameterOptions([m])[p.id], `${m.id} --${p.id}`).toEqual(
          p.type === "kinds" ? { type: "string", multiple: true } : { type: "string" },
        );
      }
    }
  });

  it("a bad date or kind names its option, whichever command reads it", async () => {
    expect(() => dateOption(args({ from: "2019-13" }), "from")).toThrow(/^--from: /);
    for (const argv of [
      ["snapshot", "--at", "2019-13"],
      ["backers", "gov", "--at", "2019-13"],
      ["blocs", "--at", "2019-13"],
      ["export", "json", "--at", "2019-13"],
    ]) {
      const run = await cli(...argv, "--data", data);
      expect([run.status, run.stderr], argv.join(" ")).toEqual([2, expect.stringContaining(" --at: ")]);
    }
    const kinds = await cli("relations", "--kinds", "befriends", "--data", data);
    expect(kinds.stderr).toContain("--kinds: unknown relation kind(s) befriends");
    expect((await cli("balance", "--kinds", "befriends", "--data", data)).stderr).toContain(
      "--kinds: unknown relation kind(s) befriends",
    );
  });
});

describe("the analysis command factory", () => {
  const balance = measureById("balance")!;
  const rendered: string[] = [];
  const command = analysisCommand({
    family: "timeline",
    measure: measureById("timeline")!,
    usage: "timeline A [B]",
    help: [],
    positionals: ["entity", "other"],
    optionalPositionals: 1,
    noAnswer: (result) => (result.entries.length === 0 ? "nothing to tell" : null),
    render: (result, { entities }) =>
      rendered.push(`${entities.map((e) => e.id).join("+")}: ${result.entries.length}`),
  });

  it("takes its options, defaults and positional count from the measure's registry entry", () => {
    expect(Object.keys(command.options).sort()).toEqual(["from", "kinds", "to"]);
    expect(command.positionals).toEqual({ min: 1, max: 2 });
    expect(
      Object.keys(
        analysisCommand({ family: "balance", measure: balance, usage: "", help: [], render: () => {} })
          .options,
      ).sort(),
    ).toEqual(balance.parameters.map((p) => p.id).sort());
  });

  it("resolves positional names, runs the measure and hands the typed answer to the renderer", async () => {
    const io = { stdout: { write: () => true }, stderr: { write: () => true } };
    expect(await command.run(args({}, ["Rebel Front", "Ally Group"]), io)).toBe(0);
    expect(rendered).toEqual(["rebels+ally: 1"]);
  });

  it("checks options before the data is read, and makes no answer exit 1", async () => {
    const io = { stdout: { write: () => true }, stderr: { write: () => true } };
    const missing = {
      ...args({ from: "2019-13", bogus: "1" }, ["x"]),
      dataDir: "/nonexistent-faultline-folder",
    };
    await expect(command.run(missing, io)).rejects.toMatchObject({
      category: "bad-input",
      problems: ["--bogus does not apply to timeline", expect.stringMatching(/^--from: /)],
    });
    await expect(command.run(args({}, ["monitor"]), io)).rejects.toMatchObject({
      category: "no-match",
      message: "nothing to tell",
    });
  });
});

describe("the command list", () => {
  it("loads every command's module on demand, each with usage, help, options and a run", async () => {
    expect(new Set(COMMANDS.map((c) => c.name)).size).toBe(COMMANDS.length);
    for (const entry of COMMANDS) {
      const command = await entry.load();
      expect(command.usage.startsWith(entry.name), entry.name).toBe(true);
      expect(typeof command.run).toBe("function");
    }
  });
});
