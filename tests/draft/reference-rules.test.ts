import { beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../../src/data/load-graph-data.js";
import { LEXICON } from "../../src/draft/lexicon.js";
import type { Dataset } from "../../src/model/core.js";
import { writeGraphDataFolder } from "../helpers/graph-data-folder.js";
import { draftFixture } from "./draft-fixture.js";
import type { ProposalRow } from "./draft-case.js";
import { draftCase, proposalRows } from "./draft-case.js";

/**
 * Rules that read a relation from how a report refers to an actor (names that say who backs the
 * actor, offices and their holders, possessives, titles), each with a paragraph of our own where
 * it fires and one where it must not. Published Wednesday 2024-12-04.
 */
const CASES: { about: string; text: string; rows: ProposalRow[] }[] = [
  {
    about: "a known name that says who backs it: the first word's actor backs the group",
    text: "The Iran-backed militias shelled Saraqib on Monday.",
    rows: [
      ["backs", "iran", "iran-backed-militias", null, "reported", ""],
      ["attacked", "iran-backed-militias", "saraqib", "2024-12-02", "reported", ""],
    ],
  },
  {
    about: "the backing in a name is the outlet's description, even inside a party's statement",
    text: "HTS said it was fighting the Iran-backed militias.",
    rows: [
      ["backs", "iran", "iran-backed-militias", null, "reported", ""],
      ["fights", "hts", "iran-backed-militias", null, "claimed", "hts"],
    ],
  },
  {
    about: "a hyphenated name whose first word names no actor backs nothing",
    text: "The Locally-backed Committees shelled Saraqib on Monday.",
    rows: [["attacked", "locally-backed-committees", "saraqib", "2024-12-02", "reported", ""]],
  },
  {
    about: "an office named, then the person the graph knows holds it named in the next paragraph",
    text: "The UN special envoy for Syria warned of escalation on Monday.\nJan Berg said government forces had shelled Saraqib.",
    rows: [
      // the office is named after the body it belongs to (named-after-parent)
      ["member-of", "un-envoy", "united-nations", null, "reported", ""],
      ["leads", "jan-berg", "un-envoy", null, "reported", ""],
      ["represents", "jan-berg", "united-nations", null, "reported", ""],
      ["attacked", "syrian-government", "saraqib", "2024-12-02", "reported", ""],
    ],
  },
  {
    about: "an office's holder named too far from it, or a person who holds no office, gives no holding",
    text: "The UN special envoy for Syria warned of escalation.\nTurkey called for calm.\nRussia called for calm.\nJan Berg spoke. Yusuf Karim, beside the UN special envoy, spoke too.",
    rows: [["member-of", "un-envoy", "united-nations", null, "reported", ""]],
  },
  {
    about: "a leader named where the party they head is meant: the person leads the party",
    text: "Iran, a staunch ally of Assad, sent advisers.",
    rows: [
      ["allied-with", "iran", "syrian-government", null, "reported", ""],
      ["leads", "assad", "syrian-government", null, "reported", ""],
    ],
  },
  {
    about: "a leader named for themselves, or a person who heads nothing the graph knows, leads nothing",
    text: "Assad spoke in Damascus on Monday. Iran, a staunch ally of Yusuf Karim, sent advisers.",
    rows: [],
  },
  {
    about: "a counterpart named with a demonym holds the other person's office for that country",
    text: "Syrian President Bashar al-Assad called his Russian counterpart, Vladimir Putin, on Monday.",
    rows: [
      ["leads", "assad", "syrian-government", null, "reported", ""],
      ["leads", "vladimir-putin", "russia", null, "reported", ""],
    ],
  },
  {
    about: "a counterpart of someone whose office the sentence does not give holds nothing",
    text: "The head of the Syrian army called his Russian counterpart, Oleg Ivanov, on Monday.",
    rows: [],
  },
  {
    about: "a king titled with his country after the name leads it, a state the graph did not know",
    text: "King Omar of Ruritania spoke on Monday.",
    rows: [["leads", "omar-of-ruritania", "ruritania", null, "reported", ""]],
  },
  {
    about: "a president titled with the country before the name leads the state the graph knows",
    text: "President of Turkey Ali Karam spoke on Monday.",
    rows: [["leads", "ali-karam", "turkey", null, "reported", ""]],
  },
  {
    about: "a name with 'of' but no title, or a title of something that is no country, leads nothing",
    text: "Omar of Ruritania spoke on Monday. The president of the council spoke too.",
    rows: [],
  },
  {
    about:
      "a speaker described beside the name ('according to X, a spokesman for Y,'): X represents Y in the outlet's voice, and Y is no party to what X says",
    text: "According to Yusuf Karim, a spokesman for the Northern Brigade, government forces shelled Saraqib.",
    rows: [
      ["represents", "yusuf-karim", "northern-brigade", null, "reported", ""],
      ["attacked", "syrian-government", "saraqib", "2024-12-04~", "reported", ""],
    ],
  },
  {
    about: "a clause after the speaker's comma is what the speaker says, not a description of the speaker",
    text: "According to HTS, the Northern Brigade shelled Saraqib.",
    rows: [["attacked", "northern-brigade", "saraqib", "2024-12-04~", "claimed", "hts"]],
  },
  {
    about:
      "a speaker named after the statement ('…, said X, a spokesman for Y.'): the subject before the comma is no speaker, X represents Y in the outlet's voice",
    text: "Government forces shelled Saraqib, said Yusuf Karim, a spokesman for the Northern Brigade.",
    rows: [
      ["represents", "yusuf-karim", "northern-brigade", null, "reported", ""],
      ["attacked", "syrian-government", "saraqib", "2024-12-04~", "reported", ""],
    ],
  },
  {
    about:
      "a name after the speech verb that opens the reported clause ('X, a spokesman for Y, said NAME shelled Z') is no speaker",
    text: "Hassan Tarek, a spokesman for Hayat Tahrir al-Sham, said government forces shelled Saraqib.",
    rows: [
      ["represents", "hassan-tarek", "hts", null, "reported", ""],
      ["attacked", "syrian-government", "saraqib", "2024-12-04~", "claimed", "hassan-tarek"],
    ],
  },
  {
    about:
      "a head of state declaring support declares it for the state ('King X of Y expressed solidarity with Z')",
    text: "King Omar of Ruritania expressed solidarity with the Syrian government on Monday.",
    rows: [
      ["leads", "omar-of-ruritania", "ruritania", null, "reported", ""],
      ["expressed-support", "ruritania", "syrian-government", "2024-12-02", "reported", ""],
    ],
  },
  {
    about: "a person heading no state keeps the support declared as their own",
    text: "Yusuf Karim expressed solidarity with the Syrian government on Monday.",
    rows: [["expressed-support", "yusuf-karim", "syrian-government", "2024-12-02", "reported", ""]],
  },
  {
    about: "a body named after the organisation it belongs to is part of it",
    text: "The UN special envoy for Syria warned of escalation.",
    rows: [["member-of", "un-envoy", "united-nations", null, "reported", ""]],
  },
  {
    about: "a body whose first word is a demonym, a place or its whole name is part of nothing",
    text: "The Syrian Observatory for Human Rights and SANA warned of escalation. The Damascus Media Office spoke.",
    rows: [],
  },
  {
    about:
      "an outlet called a country's state outlet is part of its state, under the description when it has no name",
    text: "Syrian state television said government forces shelled Saraqib on Monday.",
    rows: [
      ["attacked", "syrian-government", "saraqib", "2024-12-02", "claimed", "syrian-government"],
      ["member-of", "syrian-state-television", "syrian-government", null, "reported", ""],
    ],
  },
  {
    about: "a state outlet's own name after the description, with the country as a possessive",
    text: "According to Iran's state news agency IRNA, Russian warplanes struck Saraqib.",
    rows: [
      ["attacked", "russia", "saraqib", "2024-12-04~", "claimed", "iran"],
      ["member-of", "irna", "iran", null, "reported", ""],
    ],
  },
  {
    about: "a state outlet with no country named belongs to no state",
    text: "The state news agency said Russian warplanes struck Saraqib.",
    rows: [["attacked", "russia", "saraqib", "2024-12-04~", "claimed", "syrian-government"]],
  },
];

/** The drafting fixture with the names these rules need. */
function fixture() {
  const base = draftFixture();
  return {
    ...base,
    entities: {
      ...base.entities,
      "actors.json": [
        ...base.entities["actors.json"],
        { id: "iran-backed-militias", label: "Iran-backed militias", kind: "armed-group" },
        { id: "locally-backed-committees", label: "Locally-backed Committees", kind: "armed-group" },
        { id: "united-nations", label: "United Nations", kind: "organization", aliases: ["UN"] },
        { id: "un-envoy", label: "UN special envoy for Syria", kind: "organization" },
        { id: "jan-berg", label: "Jan Berg", kind: "person", aliases: ["Berg"] },
      ],
    },
    relations: {
      "membership.json": [
        ...base.relations["membership.json"],
        {
          id: "jan-berg-leads-un-envoy",
          kind: "leads",
          source: "jan-berg",
          target: "un-envoy",
          status: "reported",
          evidence: [{ source: "atlas", note: "Berg holds the office of the envoy." }],
        },
        {
          id: "jan-berg-represents-united-nations",
          kind: "represents",
          source: "jan-berg",
          target: "united-nations",
          status: "reported",
          evidence: [{ source: "atlas", note: "Berg speaks for the UN." }],
        },
      ],
    },
  };
}

describe("draft: relations read from how a report refers to an actor (paragraphs of our own)", () => {
  let dataset: Dataset;
  beforeAll(async () => {
    dataset = await loadDataset(writeGraphDataFolder(fixture()), { corpusDir: null });
  });

  it("every reference rule of the lexicon is exercised here", () => {
    const rules = new Set(CASES.flatMap((c) => draftCase(c.text, dataset).relations.map((r) => r.rule)));
    for (const rule of LEXICON.filter((r) => r.form === "reference")) expect(rules).toContain(rule.id);
  });

  it.each(CASES)("$about", ({ text, rows: expected }) => {
    const got = proposalRows(draftCase(text, dataset));
    expect(got).toEqual(expect.arrayContaining(expected));
    expect(got).toHaveLength(expected.length);
  });
});

describe("draft: a country a head of state rules is proposed as a state", () => {
  it("the new country of 'King X of Y' is a state, not a place", async () => {
    const dataset = await loadDataset(writeGraphDataFolder(fixture()), { corpusDir: null });
    const draft = draftCase("King Omar of Ruritania spoke on Monday.", dataset);
    expect(draft.entities.map((e) => [e.id, e.kind])).toEqual(
      expect.arrayContaining([
        ["ruritania", "state"],
        ["omar-of-ruritania", "person"],
      ]),
    );
  });
});
