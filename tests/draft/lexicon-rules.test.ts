import { beforeAll, describe, expect, it } from "vitest";
import { LEXICON } from "../../src/draft/lexicon.js";
import type { Dataset } from "../../src/model/core.js";
import { draftFixtureDataset } from "./draft-fixture.js";
import type { ProposalRow } from "./draft-case.js";
import { draftCase, proposalRows } from "./draft-case.js";

/** Short paragraphs of our own, each with the relations a reader draws from it, and the rules that must fire. */
const CASES: { text: string; rows: ProposalRow[]; rules: string[] }[] = [
  {
    text: "Hayat Tahrir al-Sham said its fighters captured Saraqib on Monday.",
    rows: [["captured", "hts", "saraqib", "2024-12-02", "claimed", "hts"]],
    rules: ["capture-verb"],
  },
  {
    text: "The Northern Brigade said it had expelled regime forces from Kafr Nabl.",
    rows: [["captured", "northern-brigade", "kafr-nabl", "2024-12-04~", "claimed", "northern-brigade"]],
    rules: ["expel-verb"],
  },
  {
    text: "Rebels entered Hama on Sunday, but there was no independent confirmation.",
    rows: [["captured", "opposition", "hama", "2024-12-01", "claimed", "opposition"]],
    rules: ["enter-verb"],
  },
  {
    text: "Government forces shelled Kafr Nabl on Tuesday, according to the Syrian Observatory for Human Rights.",
    rows: [["attacked", "syrian-government", "kafr-nabl", "2024-12-03", "reported", ""]],
    rules: ["attack-verb"],
  },
  {
    text: "Russian warplanes carried out air strikes on Idlib province last month.",
    rows: [["attacked", "russia", "idlib-province", "2024-11", "reported", ""]],
    rules: ["attack-noun"],
  },
  {
    text: "Russia and Iran back the Syrian government.",
    rows: [
      ["backs", "russia", "syrian-government", null, "reported", ""],
      ["backs", "iran", "syrian-government", null, "reported", ""],
    ],
    rules: ["back-verb"],
  },
  {
    text: "Turkish-backed rebels attacked Saraqib in March.",
    rows: [
      ["backs", "turkey", "opposition", null, "reported", ""],
      ["attacked", "opposition", "saraqib", "2024-03", "reported", ""],
    ],
    rules: ["back-compound", "attack-verb"],
  },
  {
    text: "Turkey, a long-time backer of the rebels, urged restraint.",
    rows: [["backs", "turkey", "opposition", null, "reported", ""]],
    rules: ["backer-noun"],
  },
  {
    text: "Iran said it supports the Syrian government.",
    rows: [["expressed-support", "iran", "syrian-government", "2024-12-04~", "claimed", "iran"]],
    rules: ["back-verb"],
  },
  {
    text: "Iran pledged to support the Syrian government on Tuesday.",
    rows: [["expressed-support", "iran", "syrian-government", "2024-12-03", "reported", ""]],
    rules: ["pledge-support"],
  },
  {
    text: "The regime and its ally Russia pounded Saraqib.",
    rows: [
      ["allied-with", "russia", "syrian-government", null, "reported", ""],
      ["attacked", "syrian-government", "saraqib", "2024-12-04~", "reported", ""],
      ["attacked", "russia", "saraqib", "2024-12-04~", "reported", ""],
    ],
    rules: ["ally-noun", "attack-verb"],
  },
  {
    text: "HTS fought alongside the Northern Brigade near Hama.",
    rows: [["allied-with", "hts", "northern-brigade", null, "reported", ""]],
    rules: ["ally-verb"],
  },
  {
    text: "The Northern Brigade, which is part of the Syrian opposition, held Kafr Nabl.",
    rows: [
      ["member-of", "northern-brigade", "opposition", null, "reported", ""],
      ["controls", "opposition", "kafr-nabl", null, "reported", ""],
    ],
    rules: ["member-noun", "control-verb"],
  },
  {
    text: "One rebel group, the Northern Brigade, said its fighters had shelled Saraqib on Monday.",
    rows: [
      ["member-of", "northern-brigade", "opposition", null, "reported", ""],
      ["attacked", "northern-brigade", "saraqib", "2024-12-02", "claimed", "northern-brigade"],
    ],
    rules: ["member-descriptor", "attack-verb"],
  },
  {
    text: "Saraqib fell quiet after the Northern Brigade, a rebel umbrella group, withdrew.",
    rows: [["member-of", "northern-brigade", "opposition", null, "reported", ""]],
    rules: ["member-descriptor"],
  },
  {
    text: "The rebel group leaders met in Saraqib.",
    rows: [],
    rules: [],
  },
  {
    text: "The Syrian government and allied Northern Brigade fighters were quiet on Monday.",
    rows: [["allied-with", "northern-brigade", "syrian-government", null, "reported", ""]],
    rules: ["allied-adjective"],
  },
  {
    text: "Russia said allied Northern Brigade fighters were quiet.",
    rows: [],
    rules: [],
  },
  {
    text: "The war between the Syrian government and the rebels has lasted for years.",
    rows: [["fights", "opposition", "syrian-government", null, "reported", ""]],
    rules: ["war-between"],
  },
  {
    text: "The war left the Syrian government and the rebels exhausted.",
    rows: [],
    rules: [],
  },
  {
    text: "The government-affiliated Sham Pulse outlet said the rebels shelled Saraqib on Monday.",
    rows: [
      ["member-of", "sham-pulse", "syrian-government", null, "reported", ""],
      ["attacked", "opposition", "saraqib", "2024-12-02", "claimed", "syrian-government"],
    ],
    rules: ["affiliate-compound", "attack-verb"],
  },
  {
    text: "Yusuf Karim, the commander of the Northern Brigade, said nothing.",
    rows: [["leads", "yusuf-karim", "northern-brigade", null, "reported", ""]],
    rules: ["lead-noun"],
  },
  {
    text: "Rebel commander Yusuf Karim visited Hama.",
    rows: [["member-of", "yusuf-karim", "opposition", null, "reported", ""]],
    rules: ["lead-title"],
  },
  {
    text: "Syrian President Bashar al-Assad visited Hama.",
    rows: [["leads", "assad", "syrian-government", null, "reported", ""]],
    rules: ["lead-title"],
  },
  {
    text: "Yusuf Karim, a spokesperson for HTS, spoke to reporters.",
    rows: [["represents", "yusuf-karim", "hts", null, "reported", ""]],
    rules: ["represent-noun"],
  },
  {
    text: "Turkish Foreign Minister Yusuf Karim met Russian officials.",
    rows: [
      ["represents", "yusuf-karim", "turkey", null, "reported", ""],
      ["negotiated-with", "russia", "yusuf-karim", "2024-12-04~", "reported", ""],
    ],
    rules: ["represent-title", "talks-verb"],
  },
  {
    text: "The rebel-held town of Saraqib was quiet.",
    rows: [["controls", "opposition", "saraqib", null, "reported", ""]],
    rules: ["control-compound"],
  },
  {
    text: "Kafr Nabl has been under rebel control since 2019.",
    rows: [["controls", "opposition", "kafr-nabl", "2019", "reported", ""]],
    rules: ["control-noun"],
  },
  {
    text: "The Syrian government controls Hama.",
    rows: [["controls", "syrian-government", "hama", null, "reported", ""]],
    rules: ["control-verb"],
  },
  {
    text: "Russia and Turkey brokered a ceasefire in Idlib province in 2020.",
    rows: [
      ["brokered-ceasefire", "russia", "idlib-province", "2020", "reported", ""],
      ["brokered-ceasefire", "turkey", "idlib-province", "2020", "reported", ""],
    ],
    rules: ["ceasefire-broker"],
  },
  {
    text: "Russia held talks with Turkey on Friday.",
    rows: [["negotiated-with", "russia", "turkey", "2024-11-29", "reported", ""]],
    rules: ["talks-verb"],
  },
  {
    text: "Russia, Iran and Turkey met at a summit on Friday.",
    rows: [
      ["negotiated-with", "russia", "turkey", "2024-11-29", "reported", ""],
      ["negotiated-with", "iran", "russia", "2024-11-29", "reported", ""],
      ["negotiated-with", "iran", "turkey", "2024-11-29", "reported", ""],
    ],
    rules: ["talks-between"],
  },
  {
    text: "Clashes erupted between government forces and rebels on Tuesday.",
    rows: [["clashed-with", "opposition", "syrian-government", "2024-12-03", "reported", ""]],
    rules: ["clash-between"],
  },
  {
    text: "Turkey has fought the rebels since 2016.",
    rows: [["fights", "opposition", "turkey", "2016", "reported", ""]],
    rules: ["fight-verb"],
  },
  {
    text: "Saraqib was captured by government forces on Tuesday.",
    rows: [["captured", "syrian-government", "saraqib", "2024-12-03", "reported", ""]],
    rules: ["capture-verb"],
  },
  {
    text: "Assad's forces bombed Saraqib on Sunday.",
    rows: [
      ["attacked", "syrian-government", "saraqib", "2024-12-01", "reported", ""],
      // the leader named for his government heads it (leader-metonymy)
      ["leads", "assad", "syrian-government", null, "reported", ""],
    ],
    rules: ["attack-verb"],
  },
  {
    text: "SANA said government forces retook Kafr Nabl on Wednesday.",
    rows: [["captured", "syrian-government", "kafr-nabl", "2024-12-04", "claimed", "syrian-government"]],
    rules: ["capture-verb"],
  },
  {
    // campaign-fights: an offensive against an actor is an attack that day and a war between them
    text: "The Northern Brigade launched an offensive against government forces on Monday.",
    rows: [
      ["attacked", "northern-brigade", "syrian-government", "2024-12-02", "reported", ""],
      ["fights", "northern-brigade", "syrian-government", null, "reported", ""],
    ],
    rules: ["attack-noun", "campaign-fights"],
  },
  {
    // campaign-fights: "their counter-offensive against the Y" too; the place it happens in is only attacked
    text: "Rebel forces pushed their counter-offensive against the regime in Idlib province.",
    rows: [
      ["attacked", "opposition", "syrian-government", "2024-12-04~", "reported", ""],
      ["attacked", "opposition", "idlib-province", "2024-12-04~", "reported", ""],
      ["fights", "opposition", "syrian-government", null, "reported", ""],
    ],
    rules: ["campaign-fights"],
  },
  {
    // campaign-fights: an offensive on a place, or a campaign not waged against a named actor, is no war
    text: "Government forces launched an offensive on Saraqib on Monday.",
    rows: [["attacked", "syrian-government", "saraqib", "2024-12-02", "reported", ""]],
    rules: ["attack-noun"],
  },
  {
    // call-noun: the caller is the clause's subject, not the capital named before the call
    text: "Iran pledged to help Damascus in separate calls to Assad on Monday.",
    rows: [
      ["expressed-support", "iran", "syrian-government", "2024-12-02", "reported", ""],
      ["negotiated-with", "assad", "iran", "2024-12-02", "reported", ""],
    ],
    rules: ["pledge-support", "call-noun"],
  },
  {
    // call-noun: a call for something is no call to the party named further on
    text: "Russia repeated its call for a ceasefire with the rebels on Monday.",
    rows: [],
    rules: [],
  },
  {
    // joint-plan: every pair of the parties announcing a plan; the apposition inside the list is no party
    text: "Russia and Iran, allies of Assad, and Turkey announced they were working on a plan for Idlib province on Monday.",
    rows: [
      ["allied-with", "russia", "syrian-government", null, "reported", ""],
      ["allied-with", "iran", "syrian-government", null, "reported", ""],
      ["negotiated-with", "iran", "russia", "2024-12-02", "reported", ""],
      ["negotiated-with", "russia", "turkey", "2024-12-02", "reported", ""],
      ["negotiated-with", "iran", "turkey", "2024-12-02", "reported", ""],
      ["leads", "assad", "syrian-government", null, "reported", ""],
    ],
    rules: ["joint-plan", "ally-noun", "leader-metonymy"],
  },
  {
    // joint-plan: an accord signed by two parties
    text: "Russia and Turkey signed an accord on Monday.",
    rows: [["negotiated-with", "russia", "turkey", "2024-12-02", "reported", ""]],
    rules: ["joint-plan"],
  },
  {
    // joint-plan: one party announcing a plan negotiated with no one
    text: "Turkey announced a plan for Idlib province on Monday.",
    rows: [],
    rules: [],
  },
];

describe("draft: known drafts of short paragraphs (published Wednesday 2024-12-04)", () => {
  let dataset: Dataset;
  beforeAll(async () => {
    ({ dataset } = await draftFixtureDataset());
  });

  it.each(CASES)("$text", ({ text, rows: expected, rules }) => {
    const draft = draftCase(text, dataset);
    expect(proposalRows(draft)).toEqual(expect.arrayContaining(expected));
    expect(proposalRows(draft)).toHaveLength(expected.length);
    for (const rule of rules) expect(draft.relations.map((r) => r.rule)).toContain(rule);
    for (const r of draft.relations) expect(r.confidence).toBeGreaterThan(0);
    for (const r of draft.relations) expect(r.confidence).toBeLessThanOrEqual(1);
  });

  it("every lexicon rule is exercised by a case, and says what phrasing it covers", () => {
    const exercised = new Set(CASES.flatMap((c) => c.rules));
    for (const rule of LEXICON) {
      expect(rule.covers.length, rule.id).toBeGreaterThan(20);
      // coalition rules need a coalition in the graph: coalition-rules.test.ts exercises each of them;
      // reference rules need what the graph knows of offices: reference-rules.test.ts does
      if (rule.form === "coalition" || rule.form === "reference") continue;
      expect(exercised, `rule ${rule.id} has no case`).toContain(rule.id);
    }
  });

  it("the monitor a report is attributed to is kept as reportedBy", () => {
    const draft = draftCase(CASES[3]!.text, dataset);
    expect(draft.relations[0]!.evidence[0]!.reportedBy).toBe("monitor");
  });

  it("a denial in the next sentence makes the claim disputed, with both sides as evidence", () => {
    const draft = draftCase(
      "The rebels said they had seized Hama. The Syrian army denied the claim.",
      dataset,
    );
    expect(proposalRows(draft)).toEqual([
      ["captured", "opposition", "hama", "2024-12-04~", "disputed", "opposition,syrian-government"],
    ]);
    expect(draft.relations[0]!.evidence.map((e) => e.claimedBy)).toEqual(["opposition", "syrian-government"]);
  });

  it("an unknown place is proposed as a new entity with what the text calls it", () => {
    const text = "Rebels seized the village of Tell Tuqan on Monday.";
    const draft = draftCase(text, dataset);
    const start = text.indexOf("Tell Tuqan");
    expect(proposalRows(draft)).toEqual([
      ["captured", "opposition", "tell-tuqan", "2024-12-02", "reported", ""],
    ]);
    expect(draft.entities).toEqual([
      {
        id: "tell-tuqan",
        label: "Tell Tuqan",
        kind: "place",
        aliases: [],
        place: { placeKind: "village" },
        mentions: [{ paragraph: 1, start, end: start + 10 }],
      },
    ]);
  });

  it("triggers are offsets into the paragraph, and notes are our own words, never the report's", () => {
    const text =
      "Government forces shelled Kafr Nabl on Tuesday, according to the Syrian Observatory for Human Rights.";
    const draft = draftCase(text, dataset);
    const evidence = draft.relations[0]!.evidence[0]!;
    expect(text.slice(evidence.trigger.start, evidence.trigger.end)).toBe("shelled");
    expect(evidence.note).toBe(
      "Syrian government attacked Kafr Nabl (2024-12-03), according to Syrian Observatory for Human Rights.",
    );
    expect(text).not.toContain(evidence.note.slice(0, 25));
  });

  it("one fact stated twice becomes one relation with two pieces of evidence", () => {
    const draft = draftCase(
      "Russia and Iran back the Syrian government.\nIran backs the Syrian government.",
      dataset,
    );
    const iran = draft.relations.find((r) => r.source === "iran")!;
    expect(iran.evidence.map((e) => e.paragraph)).toEqual([1, 2]);
  });
});
