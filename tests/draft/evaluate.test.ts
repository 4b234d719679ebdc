import { beforeAll, describe, expect, it } from "vitest";
import type { Draft, DraftRelation } from "../../src/draft/draft-types.js";
import { leaveOneOut, prf, scoreDraft } from "../../src/draft/evaluate.js";
import { loadDataset } from "../../src/data/load-graph-data.js";
import type { Dataset } from "../../src/model/core.js";
import type { GraphDataFolderContent } from "../helpers/graph-data-folder.js";
import { writeGraphDataFolder } from "../helpers/graph-data-folder.js";
import { statedInOneParagraph } from "../../src/draft/stated-relations.js";
import { EntityResolver } from "../../src/query/entity-resolver.js";
import { draftFixture } from "./draft-fixture.js";

/** The fixture plus two reports: "report-a" is the only one naming Tell Tuqan and the alias "Kataib Shamal". */
function withReports(): GraphDataFolderContent {
  const fixture = draftFixture();
  const report = (id: string, published: string) => ({
    id,
    kind: "news-report",
    outlet: "Wire",
    title: id,
    published,
    language: "en",
    inferred: [],
  });
  const actors = fixture.entities["actors.json"].map((e) =>
    e.id === "northern-brigade" ? { ...e, aliases: ["Kataib Shamal"] } : e,
  );
  const tellTuqan = {
    id: "tell-tuqan",
    label: "Tell Tuqan",
    kind: "place",
    aliases: [],
    place: { placeKind: "village", lat: 36, lon: 36.7 },
  };
  return {
    sources: [...fixture.sources, report("report-a", "2024-12-04"), report("report-b", "2024-12-10")],
    entities: {
      ...fixture.entities,
      "actors.json": actors,
      "places.json": [...fixture.entities["places.json"], tellTuqan],
    },
    relations: {
      ...fixture.relations,
      "events.json": [
        {
          id: "hts-captured-tell-tuqan",
          kind: "captured",
          source: "hts",
          target: "tell-tuqan",
          date: "2024-12-02",
          status: "claimed",
          evidence: [
            { source: "report-a", paragraph: 1, note: "HTS says it took the village.", claimedBy: "hts" },
          ],
        },
        {
          id: "russia-backs-syrian-government",
          kind: "backs",
          source: "russia",
          target: "syrian-government",
          status: "reported",
          evidence: [
            { source: "report-a", paragraph: 2, note: "Russia backs the government." },
            { source: "report-b", paragraph: 1, note: "Russia backs the government again." },
          ],
        },
        {
          id: "opposition-fights-syrian-government",
          kind: "fights",
          source: "opposition",
          target: "syrian-government",
          start: "2012",
          status: "reported",
          evidence: [{ source: "report-a", paragraph: 3, note: "The sides fight." }],
        },
      ],
    },
  };
}

const TEXTS = new Map([
  ["report-a", "HTS took Tell Tuqan. Russia backs the Syrian government. Kataib Shamal fought."],
  ["report-b", "Russia backs the Syrian government, and the Northern Brigade is quiet."],
]);

function proposal(
  p: Partial<DraftRelation> & Pick<DraftRelation, "kind" | "source" | "target">,
): DraftRelation {
  return {
    id: `${p.source}-${p.kind}-${p.target}`,
    start: null,
    end: null,
    status: "reported",
    claimedBy: [],
    evidence: [{ source: "report-a", paragraph: 1, note: "n", trigger: { start: 0, end: 1 }, rule: "r" }],
    confidence: 0.5,
    rule: "r",
    ...p,
  };
}

function draftWith(relations: DraftRelation[], entities: Draft["entities"] = []): Draft {
  return {
    format: "faultline-draft/1",
    report: { path: "a.txt", sha256: "", paragraphs: 3 },
    source: {
      id: "report-a",
      kind: "news-report",
      outlet: "Wire",
      title: "a",
      published: "2024-12-04",
      language: "en",
      inferred: [],
    },
    entities,
    relations,
    stats: { sentences: 3, knownMentions: 3, newNames: 0 },
  };
}

describe("eval:draft scoring", () => {
  let dataset: Dataset;
  beforeAll(async () => {
    dataset = await loadDataset(writeGraphDataFolder(withReports()), { corpusDir: null });
  });

  it("leave-one-out forgets what only the drafted report taught: its evidence, its entities, its aliases", () => {
    const { dataset: known, resolver } = leaveOneOut(dataset, "report-a", TEXTS);
    expect(known.sources.map((s) => s.id)).not.toContain("report-a");
    const ids = known.relations.map((r) => r.id);
    expect(ids).not.toContain("hts-captured-tell-tuqan");
    expect(ids).not.toContain("opposition-fights-syrian-government");
    const backs = known.relations.find((r) => r.id === "russia-backs-syrian-government")!;
    expect(backs.evidence.map((e) => e.source)).toEqual(["report-b"]);
    expect(known.entities.map((e) => e.id)).not.toContain("tell-tuqan");
    expect(known.entities.find((e) => e.id === "northern-brigade")!.aliases).toEqual([]);
    expect(resolver.resolve("Kataib Shamal").candidates).toEqual([]);
    expect(resolver.resolve("Northern Brigade").candidates[0]!.entity.id).toBe("northern-brigade");
  });

  it("counts a proposal right on ends, kind or its equivalent, direction and date within precision", () => {
    const draft = draftWith(
      [
        // a new place proposed under the curated name counts as that entity; a month contains the day
        proposal({
          kind: "captured",
          source: "hts",
          target: "new-tell-tuqan",
          start: "2024-12",
          end: "2024-12",
          status: "claimed",
          claimedBy: ["hts"],
        }),
        proposal({ kind: "backs", source: "russia", target: "syrian-government" }),
        // a clash counts as fighting, either way round
        proposal({
          kind: "clashed-with",
          source: "syrian-government",
          target: "opposition",
          start: "2024-12-03",
          end: "2024-12-03",
        }),
        // wrong direction
        proposal({ kind: "backs", source: "syrian-government", target: "russia" }),
        // wrong day
        proposal({
          kind: "captured",
          source: "hts",
          target: "saraqib",
          start: "2024-11-30",
          end: "2024-11-30",
        }),
      ],
      [{ id: "new-tell-tuqan", label: "Tell Tuqan", kind: "place", aliases: [], mentions: [] }],
    );
    const score = scoreDraft(draft, dataset, "report-a");
    expect(score).toMatchObject({
      proposals: 5,
      correct: 3,
      curated: 3,
      found: 3,
      statusMatched: 3,
      statusRight: 3,
      claims: 1,
      claimsRight: 1,
    });
    const m = prf(score);
    expect([m.precision, m.recall]).toEqual([0.6, 1]);
    expect(m.f1).toBeCloseTo(0.75, 10);
    expect(score.confusion.get("backs → backs")).toBe(2); // the reversed one has the same ends: a direction miss
    expect(score.confusion.get("fights → clashed-with")).toBe(1);
  });

  it("a day outside the curated one is a date miss, counted apart", () => {
    const draft = draftWith([
      proposal({
        kind: "captured",
        source: "hts",
        target: "tell-tuqan",
        start: "2024-12-01",
        end: "2024-12-01",
      }),
    ]);
    const score = scoreDraft(draft, dataset, "report-a");
    expect(score).toMatchObject({ correct: 0, dateCompared: 1, dateRight: 0 });
  });

  it("an approximate day matches within its slack (a week), a plain one only on the day", () => {
    // the curated capture is on 2024-12-02: a proposal on the publication day marked ~ (2024-12-04~)
    // may denote it; the same day unmarked, or ~ a fortnight away, does not
    const capture = (day: string) =>
      draftWith([proposal({ kind: "captured", source: "hts", target: "tell-tuqan", start: day, end: day })]);
    expect(scoreDraft(capture("2024-12-04~"), dataset, "report-a")).toMatchObject({
      correct: 1,
      dateRight: 1,
    });
    expect(scoreDraft(capture("2024-12-04"), dataset, "report-a")).toMatchObject({
      correct: 0,
      dateRight: 0,
    });
    expect(scoreDraft(capture("2024-12-16~"), dataset, "report-a")).toMatchObject({
      correct: 0,
      dateRight: 0,
    });
  });

  it("tells relations one paragraph states (both ends named there) from those a curator inferred", () => {
    const paragraphs = [
      { number: 1, text: "HTS took Tell Tuqan." },
      { number: 2, text: "Russia backs the Syrian government." },
      { number: 3, text: "Kataib Shamal fought." },
    ];
    const stated = statedInOneParagraph(
      dataset.relations,
      "report-a",
      paragraphs,
      new EntityResolver(dataset.entities),
    );
    expect([...stated].sort()).toEqual(["hts-captured-tell-tuqan", "russia-backs-syrian-government"]);
    const draft = draftWith([proposal({ kind: "backs", source: "russia", target: "syrian-government" })]);
    const score = scoreDraft(draft, dataset, "report-a", stated);
    expect(score).toMatchObject({ curated: 3, found: 1, statedCurated: 2, statedFound: 1, exactCorrect: 1 });
    expect(score.missed.map((r) => r.id).sort()).toEqual([
      "hts-captured-tell-tuqan",
      "opposition-fights-syrian-government",
    ]);
  });

  it("scores the non-geographic subset apart: a relation with a place at either end is geographic", () => {
    const draft = draftWith([
      proposal({
        kind: "captured",
        source: "hts",
        target: "tell-tuqan",
        start: "2024-12-02",
        end: "2024-12-02",
      }),
      proposal({ kind: "backs", source: "russia", target: "syrian-government" }),
      // an attack on a town is geographic; a wrong one does not lower non-geographic precision
      proposal({
        kind: "attacked",
        source: "hts",
        target: "saraqib",
        start: "2024-12-01",
        end: "2024-12-01",
      }),
      // a wrong proposal between actors does
      proposal({ kind: "backs", source: "turkey", target: "hts" }),
    ]);
    const all = scoreDraft(draft, dataset, "report-a", new Set(), "all");
    const actors = scoreDraft(draft, dataset, "report-a", new Set(), "non-geographic");
    expect(all).toMatchObject({ proposals: 4, correct: 2, curated: 3, found: 2 });
    expect(actors).toMatchObject({ proposals: 2, correct: 1, curated: 2, found: 1 });
    expect(actors.missed.map((r) => r.id)).toEqual(["opposition-fights-syrian-government"]);
  });

  it("an equivalent event matches a state only on a day within the state's interval", () => {
    const clash = (day: string) =>
      proposal({
        kind: "clashed-with",
        source: "opposition",
        target: "syrian-government",
        start: day,
        end: day,
      });
    // the curated fighting starts in 2012: a clash in 2024 is evidence of it, one in 2011 is not
    expect(scoreDraft(draftWith([clash("2024-12-03")]), dataset, "report-a")).toMatchObject({ correct: 1 });
    expect(scoreDraft(draftWith([clash("2011-05-01")]), dataset, "report-a")).toMatchObject({
      correct: 0,
      dateCompared: 1,
      dateRight: 0,
    });
  });
});
