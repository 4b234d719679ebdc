/**
 * Where `faultline check` finds the corpus of reports (--corpus, FAULTLINE_CORPUS, ../shared/corpus
 * beside the repository) and what it says when there is none.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { locateCorpus } from "../../src/data/corpus-location.js";
import { CORPUS, itWith } from "../helpers/shared-material.js";
import { runCli } from "../helpers/run-cli.js";
import { SHIPPED_DATA } from "../helpers/shipped-graph.js";

/** A corpus folder holding every report the shipped sources name, each only two paragraphs long. */
function shortCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), "faultline-short-corpus-"));
  const { sources } = JSON.parse(readFileSync(join(SHIPPED_DATA, "sources.json"), "utf8")) as {
    sources: { file?: string }[];
  };
  for (const { file } of sources) if (file) writeFileSync(join(dir, file), "First paragraph.\n\nSecond.\n");
  return dir;
}

/** Runs check with an environment where FAULTLINE_CORPUS is set as given (or removed). */
function check(args: string[], corpusEnv: string | undefined) {
  const saved = process.env.FAULTLINE_CORPUS;
  if (corpusEnv === undefined) delete process.env.FAULTLINE_CORPUS;
  else process.env.FAULTLINE_CORPUS = corpusEnv;
  try {
    return runCli(["check", ...args]);
  } finally {
    if (saved === undefined) delete process.env.FAULTLINE_CORPUS;
    else process.env.FAULTLINE_CORPUS = saved;
  }
}

describe("faultline check and the corpus", () => {
  it("checks evidence paragraphs against the corpus given with --corpus", () => {
    const run = check(["--corpus", shortCorpus()], undefined);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/paragraph \d+/);
    expect(run.stderr).not.toContain("warning:");
  });

  it("takes the corpus from FAULTLINE_CORPUS, and --corpus over it", () => {
    const fromEnv = check([], shortCorpus());
    expect(fromEnv.status).toBe(2);
    expect(fromEnv.stderr).toMatch(/paragraph \d+/);
    if (CORPUS.path !== null) expect(check(["--corpus", CORPUS.path], shortCorpus()).status).toBe(0);
  });

  it("FAULTLINE_CORPUS also holds for the other commands, which validate the data they load", () => {
    const saved = process.env.FAULTLINE_CORPUS;
    process.env.FAULTLINE_CORPUS = shortCorpus();
    try {
      const run = runCli(["stats"]);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/paragraph \d+/);
    } finally {
      if (saved === undefined) delete process.env.FAULTLINE_CORPUS;
      else process.env.FAULTLINE_CORPUS = saved;
    }
  });

  it("refuses a --corpus folder that does not exist (exit 2, named)", () => {
    const run = check(["--corpus", "no-such-corpus"], undefined);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("--corpus names no-such-corpus, which is not a folder");
  });

  it("warns on stderr, and still passes valid data, when FAULTLINE_CORPUS names no folder", () => {
    const run = check([], "no-such-corpus");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^OK: /);
    expect(run.stderr).toContain("warning: FAULTLINE_CORPUS names no-such-corpus, which is not a folder");
    expect(run.stderr).toContain("evidence paragraphs were not checked against the reports");
    expect(run.stderr).toContain("--corpus DIR");
  });

  it("says in --json whether paragraphs were checked", () => {
    const json = JSON.parse(check(["--json"], "no-such-corpus").stdout) as {
      ok: boolean;
      paragraphsChecked: boolean;
    };
    expect(json).toMatchObject({ ok: true, paragraphsChecked: false });
    const withCorpus = JSON.parse(check(["--json", "--corpus", shortCorpus()], undefined).stdout) as {
      ok: boolean;
      paragraphsChecked: boolean;
    };
    expect(withCorpus).toMatchObject({ ok: false, paragraphsChecked: true });
  });

  it("uses ../shared/corpus beside the repository when nothing is configured, and warns when it is absent", () => {
    const run = check([], undefined);
    expect(run.status).toBe(0);
    if (CORPUS.path === null) {
      expect(run.stderr).toContain("warning: no corpus found; evidence paragraphs were not checked");
    } else {
      expect(run.stderr).toBe("");
    }
  });

  itWith([CORPUS])("passes the shipped data against the real corpus", () => {
    const run = check(["--corpus", CORPUS.path!], undefined);
    expect(run.stdout).toMatch(/^OK: /);
    expect(run.status).toBe(0);
  });
});

describe("locateCorpus", () => {
  const nowhere = join(tmpdir(), "faultline-no-shared-here", "corpus");
  const folder = mkdtempSync(join(tmpdir(), "faultline-corpus-"));

  it("prefers the option, then the environment, then the folder beside the repository", () => {
    expect(locateCorpus(folder, { FAULTLINE_CORPUS: "elsewhere" }, nowhere)).toMatchObject({
      dir: folder,
      from: "option",
    });
    expect(locateCorpus(undefined, { FAULTLINE_CORPUS: folder }, nowhere)).toMatchObject({
      dir: folder,
      from: "environment",
    });
    expect(locateCorpus(undefined, {}, folder)).toMatchObject({ dir: folder, from: "beside-repository" });
  });

  it("finds nothing, without a problem, when nothing is configured and nothing is beside the repository", () => {
    expect(locateCorpus(undefined, {}, nowhere)).toEqual({ dir: null, from: null, problem: null });
  });

  it("names a configured folder that does not exist instead of falling back", () => {
    expect(locateCorpus(undefined, { FAULTLINE_CORPUS: "nope" }, folder)).toEqual({
      dir: null,
      from: null,
      problem: "FAULTLINE_CORPUS names nope, which is not a folder",
    });
  });
});
