import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { writeGraphData } from "../helpers/mini-data.js";
import { ROOT, runCli } from "../helpers/run-cli.js";

const BIN = resolve(ROOT, "bin", "faultline.js");

/** A graph-data folder with many relations, so an export takes long enough to be interrupted. */
function largeGraphData(relations: number): string {
  const dir = mkdtempSync(join(tmpdir(), "faultline-large-"));
  mkdirSync(join(dir, "entities"));
  mkdirSync(join(dir, "relations"));
  const source = {
    id: "wire",
    kind: "news-report",
    outlet: "Wire",
    title: "Wire",
    published: "2024-12-01",
    language: "en",
  };
  writeFileSync(join(dir, "sources.json"), JSON.stringify({ sources: [source] }));
  const n = 400;
  const entities = Array.from({ length: n }, (_, i) => ({
    id: `group-${i}`,
    label: `Group ${i}`,
    kind: "armed-group",
  }));
  writeFileSync(join(dir, "entities", "groups.json"), JSON.stringify({ entities }));
  const items = Array.from({ length: relations }, (_, k) => {
    const a = k % n;
    const b = (a + 1 + Math.floor(k / n)) % n;
    const day = 1 + (k % 28);
    return {
      id: `attack-${k}`,
      kind: "attacked",
      source: `group-${a}`,
      target: `group-${b === a ? (b + 1) % n : b}`,
      date: `20${10 + (Math.floor(k / 28) % 14)}-${String(1 + (Math.floor(k / 392) % 12)).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
      status: "reported",
      evidence: [{ source: "wire", paragraph: 1, note: `Attack number ${k}.` }],
    };
  });
  writeFileSync(join(dir, "relations", "attacks.json"), JSON.stringify({ relations: items }));
  return dir;
}

describe("file-system errors, closed pipes and signals", () => {
  it("class 8: a file-system error is one clear line and exit 2, never a stack trace", () => {
    const data = writeGraphData();
    const missing = runCli(["export", "gexf", "--out", "/nonexistent/x.gexf", "--data", data]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe(
      "faultline export: cannot write /nonexistent/x.gexf: no such file or folder (ENOENT)\n",
    );
    const notFolder = runCli([
      "export",
      "graphml",
      "--out",
      join(data, "sources.json", "x.graphml"),
      "--data",
      data,
    ]);
    expect(notFolder.status).toBe(2);
    expect(notFolder.stderr).toMatch(
      /^faultline export: cannot write .*sources\.json\/x\.graphml: a part of the path is not a folder \(ENOTDIR\)\n$/,
    );
    const fileAsData = runCli(["check", join(data, "sources.json")]);
    expect(fileAsData.status).toBe(2);
    expect(fileAsData.stderr).toContain(
      "cannot read the folder: a part of the path is not a folder (ENOTDIR)",
    );
    for (const run of [missing, notFolder, fileAsData]) expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("class 8: a file too large for the limit (EFBIG) is one line and exit 2", () => {
    const data = writeGraphData();
    const out = join(mkdtempSync(join(tmpdir(), "faultline-efbig-")), "x.gexf");
    const run = spawnSync(
      "sh",
      [
        "-c",
        `ulimit -f 1 && exec "${process.execPath}" "${BIN}" export gexf --out "${out}" --data "${data}"`,
      ],
      { encoding: "utf8" },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`faultline export: cannot write ${out}: file too large (EFBIG)\n`);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(join(out, "..")).filter((n) => n.includes(".partial-"))).toEqual([]);
  });

  it("class 8: a reader that stops early (EPIPE from | head) ends the command quietly", () => {
    const run = spawnSync(
      "sh",
      ["-c", `"${process.execPath}" "${BIN}" export gexf | head -c 100 >/dev/null; echo "status $?"`],
      {
        encoding: "utf8",
      },
    );
    expect(run.stdout).toBe("status 0\n");
    expect(run.stderr).not.toMatch(/EPIPE|Error|\n\s+at /);
  });

  it("class 11: Ctrl-C during an export leaves no *.partial-* file behind", async () => {
    const data = largeGraphData(20_000);
    const folder = mkdtempSync(join(tmpdir(), "faultline-sigint-"));
    const out = join(folder, "big.gexf");
    const child = spawn(process.execPath, [BIN, "export", "gexf", "--out", out, "--data", data], {
      stdio: "ignore",
    });
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
      child.on("exit", (code, signal) => done({ code, signal })),
    );
    let interrupted = false;
    while (!interrupted && child.exitCode === null) {
      if (readdirSync(folder).some((n) => n.includes(".partial-"))) {
        child.kill("SIGINT");
        interrupted = true;
      } else await new Promise((r) => setTimeout(r, 5));
    }
    const { code } = await exited;
    expect(interrupted, "the export finished before a partial file was seen").toBe(true);
    expect(code).toBe(130);
    expect(readdirSync(folder)).toEqual([]);
    expect(existsSync(out)).toBe(false);
  }, 300_000);
});

describe("signals while busy", () => {
  // A handler only runs when the event loop is free: one kept installed would leave a long
  // synchronous load (check on 10^6 relations) deaf to Ctrl-C until it finished.
  it("Ctrl-C ends the process in the middle of synchronous work when no write is in progress", async () => {
    const script = [
      `import { guardProcess } from ${JSON.stringify(resolve(ROOT, "lib/cli/process-guards.js"))};`,
      "guardProcess();",
      'process.stdout.write("busy\\n");',
      "const end = Date.now() + 20000;",
      "while (Date.now() < end) {}",
      'process.stdout.write("finished\\n");',
    ].join("\n");
    const child = spawn(process.execPath, ["--input-type=module", "-e", script], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
      child.on("exit", (code, signal) => done({ code, signal })),
    );
    await new Promise<void>((ready) =>
      child.stdout.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes("busy")) ready();
      }),
    );
    child.kill("SIGINT");
    const { code, signal } = await exited;
    expect(out).not.toContain("finished");
    expect({ code, signal }).toEqual({ code: null, signal: "SIGINT" });
  }, 120_000);
});
