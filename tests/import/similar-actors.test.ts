import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/data/load-graph-data.js";
import { namesAlike, SimilarActors } from "../../src/import/similar-actors.js";
import { ROOT } from "../helpers/run-cli.js";

const shipped = await loadDataset(join(ROOT, "graph-data"), { corpusDir: null });
const similar = new SimilarActors(shipped.entities);

describe("similar-name hints for the actors an import creates", () => {
  it.each([
    ["Tahrir al- Sham Army", "hts"],
    ["Hayat Tahrir al-Sham Army", "hts"],
    ["Jaish al-Izza Brigades", "jaysh-al-izza"],
    ["Islamic State in Iraq", "islamic-state"],
    ["Revolutionary Guard", "irgc"],
    ["Turkistan Islamic Party in Syria", "turkistan-islamic-party"],
  ])("hints %s at %s", (name, id) => {
    expect(similar.of([name])).toContain(id);
  });

  // Names the GED import used to hint loosely (one letter apart, a shared common word).
  it.each([
    ["FSA", []],
    ["NSA", []],
    ["PLO", []],
    ["Iraq", []],
    ["Jaysh al-Islam", []],
    ["Ahrar al-Sham", []],
    ["Jabhat Fateh al-Sham", []],
    ["Islamic Front", []],
    ["Liwa al-Sham", []],
    ["Southern Front", []],
    ["Sham Legion", []],
    ["Kurdish People's Protection Units", []],
  ])("hints nothing for %s", (name, ids) => {
    expect(similar.of([name])).toEqual(ids);
  });

  it("takes an acronym for the name it abbreviates, either way round, and never for another acronym", () => {
    expect(namesAlike("FSA", "Free Syrian Army")).toBe(true);
    expect(namesAlike("Free Syrian Army", "FSA")).toBe(true);
    expect(namesAlike("HTS", "Hayat Tahrir al-Sham")).toBe(true);
    expect(namesAlike("FSA", "SNA")).toBe(false);
    expect(namesAlike("FSA", "Syrian National Army")).toBe(false);
    expect(namesAlike("Fsa", "Free Syrian Army")).toBe(false);
  });

  it("takes long words one letter apart as one word, short ones not", () => {
    expect(namesAlike("Harakat Nour al-Din al-Zenki", "Nour al-Din al-Zinki Movement")).toBe(true);
    expect(namesAlike("Iraq", "Iran")).toBe(false);
  });
});
