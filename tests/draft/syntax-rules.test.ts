import { beforeAll, describe, expect, it } from "vitest";
import type { Dataset } from "../../src/model/core.js";
import { draftFixtureDataset } from "./draft-fixture.js";
import type { ProposalRow } from "./draft-case.js";
import { draftCase, proposalRows } from "./draft-case.js";

/**
 * Short paragraphs of our own for the sentence machinery around the lexicon: names the tagger
 * half-misses, shared names (a capital for its government), possessives, on-the-spot naming,
 * clause bounds, meetings, promises and ceasefire areas. Published Wednesday 2024-12-04.
 */
const CASES: { about: string; text: string; rows: ProposalRow[] }[] = [
  {
    about: "a capital standing for its government where an actor is needed",
    text: "Iran pledged to help Damascus on Tuesday.",
    rows: [["expressed-support", "iran", "syrian-government", "2024-12-03", "reported", ""]],
  },
  {
    about: "a country's possessive before a title, and a first name the graph does not know",
    text: "Syria's President Bashar Assad spoke on Monday.",
    rows: [["leads", "assad", "syrian-government", null, "reported", ""]],
  },
  {
    about: "a new person named in full, then by the last name alone",
    text: "Rami Halabi, the head of the Northern Brigade, spoke on Monday. Halabi said Russian warplanes struck Saraqib.",
    rows: [
      ["leads", "rami-halabi", "northern-brigade", null, "reported", ""],
      ["attacked", "russia", "saraqib", "2024-12-04~", "claimed", "rami-halabi"],
    ],
  },
  {
    about: "'their' before an event noun is the clause's subject, not the nearest name",
    text: "Government forces backed by their Russian allies stepped up their shelling of Kafr Nabl.",
    rows: [
      ["backs", "russia", "syrian-government", null, "reported", ""],
      ["attacked", "syrian-government", "kafr-nabl", "2024-12-04~", "reported", ""],
    ],
  },
  {
    about: "a description named on the spot stands for the name",
    text: "Turkish-backed rebels operating under the banner of the Northern Brigade shelled Saraqib.",
    rows: [
      ["backs", "turkey", "northern-brigade", null, "reported", ""],
      ["attacked", "northern-brigade", "saraqib", "2024-12-04~", "reported", ""],
      // the rebels' banner is part of the rebels (coalition-named-on-the-spot)
      ["member-of", "northern-brigade", "opposition", null, "reported", ""],
    ],
  },
  {
    about: "a backer of the rebels backs the collective, not the group the report says leads them",
    text: "The rebels led by HTS shelled Saraqib on Monday. Turkey, a backer of the rebels, called for calm.",
    rows: [
      ["attacked", "hts", "saraqib", "2024-12-02", "reported", ""],
      ["backs", "turkey", "opposition", null, "reported", ""],
    ],
  },
  {
    about: "a title with no actor named: the party the graph knows the person heads, and nothing for others",
    text: "President Assad spoke on Monday. President Karim spoke too.",
    rows: [["leads", "assad", "syrian-government", null, "reported", ""]],
  },
  {
    about: "reported speech with no date of its own takes the date of the previous paragraph's statement",
    text: "Last month, the Syrian Observatory for Human Rights warned of escalation.\nYusuf Karim said government forces had shelled Saraqib.",
    rows: [["attacked", "syrian-government", "saraqib", "2024-11", "reported", ""]],
  },
  {
    about: "a paragraph that reports no statement keeps the publication day, whatever came before",
    text: "Last month, the Syrian Observatory for Human Rights warned of escalation.\nRussian warplanes struck Saraqib.",
    rows: [["attacked", "russia", "saraqib", "2024-12-04~", "reported", ""]],
  },
  {
    about:
      "a leader left unnamed, then named with the same epithet, leads the collective for the whole report",
    text: "The rebels led by a Turkish-trained group shelled Saraqib on Monday. The Turkish-trained Northern Brigade is growing.",
    rows: [["attacked", "northern-brigade", "saraqib", "2024-12-02", "reported", ""]],
  },
  {
    about: "an epithet given to two groups names neither",
    text: "The rebels led by a hardline group shelled Saraqib on Monday. The hardline Northern Brigade grew. The hardline HTS grew.",
    rows: [["attacked", "opposition", "saraqib", "2024-12-02", "reported", ""]],
  },
  {
    about: "a body the report ties to a party speaks for it, also when named again by its last word",
    text: "The government-affiliated Sham Pulse outlet spoke on Monday. The Pulse outlet said the rebels shelled Saraqib on Sunday.",
    rows: [
      ["member-of", "sham-pulse", "syrian-government", null, "reported", ""],
      ["attacked", "opposition", "saraqib", "2024-12-01", "claimed", "syrian-government"],
    ],
  },
  {
    about: "an event told with 'after' does not take the main clause's date, only one of its own",
    text: "Government forces shelled Saraqib on Sunday after seizing Kafr Nabl. Russia struck Hama on Tuesday after taking Idlib on Monday.",
    rows: [
      ["attacked", "syrian-government", "saraqib", "2024-12-01", "reported", ""],
      ["captured", "syrian-government", "kafr-nabl", "2024-12-04~", "reported", ""],
      ["attacked", "russia", "hama", "2024-12-03", "reported", ""],
      ["captured", "russia", "idlib", "2024-12-02", "reported", ""],
    ],
  },
  {
    about: "a single new name the noun after it calls a movement or militia is a group",
    text: "Iran backs the Zaynabiyoun movement, which shelled Saraqib on Monday.",
    rows: [
      ["backs", "iran", "zaynabiyoun", null, "reported", ""],
      ["attacked", "zaynabiyoun", "saraqib", "2024-12-02", "reported", ""],
    ],
  },
  {
    about: "a ceasefire covers the province, not the city of the same name",
    text: "Russia and Turkey brokered a ceasefire in Idlib in March.",
    rows: [
      ["brokered-ceasefire", "russia", "idlib-province", "2024-03", "reported", ""],
      ["brokered-ceasefire", "turkey", "idlib-province", "2024-03", "reported", ""],
    ],
  },
  {
    about: "an event noun's patient does not reach past the next verb",
    text: "The air strikes on Tuesday came hours after Russia rejected a truce.",
    rows: [],
  },
  {
    about:
      "a name modifying a noun ('Assad allies') is not a party to the meeting, nor is a summit held a place",
    text: "Turkey and Assad allies Russia and Iran held a summit in Tehran on Friday.",
    rows: [
      // Assad's allies are his government's allies (he leads it).
      ["allied-with", "russia", "syrian-government", null, "reported", ""],
      ["allied-with", "iran", "syrian-government", null, "reported", ""],
      // and he heads it (leader-metonymy)
      ["leads", "assad", "syrian-government", null, "reported", ""],
      ["negotiated-with", "iran", "russia", "2024-11-29", "reported", ""],
      ["negotiated-with", "iran", "turkey", "2024-11-29", "reported", ""],
      ["negotiated-with", "russia", "turkey", "2024-11-29", "reported", ""],
    ],
  },
  {
    about: "backing promised for later is a declared support",
    text: "Iran will support the Syrian government.",
    rows: [["expressed-support", "iran", "syrian-government", "2024-12-04~", "reported", ""]],
  },
  {
    about: "a place the text calls a city is the city, not the province of the same name",
    text: "Government forces shelled the city of Idlib on Tuesday.",
    rows: [["attacked", "syrian-government", "idlib", "2024-12-03", "reported", ""]],
  },
  {
    about: "who leads the rebels, said later in the report, holds from its first paragraph",
    text: "Rebels seized Saraqib on Monday.\nThe rebels, led by HTS, say they will go on.",
    rows: [["captured", "hts", "saraqib", "2024-12-02", "reported", ""]],
  },
  {
    about:
      "who leads the rebels in the report's events does not lead them in a sentence set years earlier ('the war between X and the rebels since 2012')",
    text: "The rebels, led by HTS, seized Saraqib on Monday.\nThe 2013 siege of Homs marked the war between government forces and the rebels.",
    rows: [
      ["captured", "hts", "saraqib", "2024-12-02", "reported", ""],
      ["fights", "opposition", "syrian-government", null, "reported", ""],
    ],
  },
  {
    about: "a sentence of the report's own year keeps the report's leader of the rebels",
    text: "The rebels, led by HTS, seized Saraqib on Monday.\nIn 2024 the war between government forces and the rebels flared.",
    rows: [
      ["captured", "hts", "saraqib", "2024-12-02", "reported", ""],
      ["fights", "hts", "syrian-government", null, "reported", ""],
    ],
  },
  {
    about: "a name the graph does not know, followed by a known one in parentheses, is the known one",
    text: "The Northern Brigade, which is part of the Syrian opposition formation Jabhat Tahrir Dimashq (HTS), held a meeting.",
    rows: [
      ["member-of", "northern-brigade", "hts", null, "reported", ""],
      // the descriptor says what the named formation is part of (member-descriptor)
      ["member-of", "hts", "opposition", null, "reported", ""],
    ],
  },
  {
    about: "'parts of' a place is geography, not membership",
    text: "The Northern Brigade operates in parts of Idlib province.",
    rows: [],
  },
  {
    about:
      "an 'including' list after a collective noun: every name in it is the subject, titles inside it are no members",
    text: "Foreign leaders, including King Omar of Jordan and President of Turkey Yusuf Karim, expressed solidarity with Damascus on Tuesday.",
    rows: [
      ["expressed-support", "jordan", "syrian-government", "2024-12-03", "reported", ""],
      ["expressed-support", "turkey", "syrian-government", "2024-12-03", "reported", ""],
      ["leads", "omar-of-jordan", "jordan", null, "reported", ""],
      ["leads", "yusuf-karim", "turkey", null, "reported", ""],
    ],
  },
  {
    about: "'including' after a name is no list standing for a collective",
    text: "Turkey, including its army, struck Saraqib.",
    rows: [["attacked", "turkey", "saraqib", "2024-12-04~", "reported", ""]],
  },
  {
    about: "a group named only by its patron and a plural noun is proposed under that description",
    text: "Turkish-backed fighters shelled Saraqib on Monday.",
    rows: [
      ["backs", "turkey", "turkish-backed-fighters", null, "reported", ""],
      ["attacked", "turkish-backed-fighters", "saraqib", "2024-12-02", "reported", ""],
    ],
  },
  {
    about: "'X and allied militias': the militias are a group of their own, allied to X, and in X's list",
    text: "Government forces and allied militias shelled Saraqib on Monday.",
    rows: [
      ["allied-with", "allied-militias", "syrian-government", null, "reported", ""],
      ["attacked", "syrian-government", "saraqib", "2024-12-02", "reported", ""],
      ["attacked", "allied-militias", "saraqib", "2024-12-02", "reported", ""],
    ],
  },
  {
    about: "'X and allied factions' names a coalition after X: no group of its own is proposed",
    text: "HTS and allied factions shelled Saraqib on Monday.",
    rows: [["attacked", "hts", "saraqib", "2024-12-02", "reported", ""]],
  },
  {
    about:
      "a new name given to a described armed body ('security forces known as X') is a group standing for the description",
    text: "Clashes erupted between government forces and local security forces known as Sakr on Monday.",
    rows: [["clashed-with", "sakr", "syrian-government", "2024-12-02", "reported", ""]],
  },
  {
    about: "a name given to anything but an armed body is no group",
    text: "Government forces shelled a village known as Sakr on Monday.",
    rows: [],
  },
];

describe("draft: sentence machinery on short paragraphs of our own", () => {
  let dataset: Dataset;
  beforeAll(async () => {
    ({ dataset } = await draftFixtureDataset());
  });

  it.each(CASES)("$about", ({ text, rows: expected }) => {
    const got = proposalRows(draftCase(text, dataset));
    expect(got).toEqual(expect.arrayContaining(expected));
    expect(got).toHaveLength(expected.length);
  });

  it("a patron written as an acronym with full stops, in a modifier the tagger kept whole ('U.S-backed')", () => {
    const iran = dataset.entities.find((e) => e.id === "iran")!;
    const withUs = {
      ...dataset,
      entities: [
        ...dataset.entities,
        { ...iran, id: "united-states", label: "United States", aliases: ["US"] },
      ],
    };
    const draft = draftCase("The U.S-backed fighters pushed their offensive against HTS.", withUs);
    expect(proposalRows(draft)).toEqual(
      expect.arrayContaining([
        ["backs", "united-states", "u-s-backed-fighters", null, "reported", ""],
        ["attacked", "u-s-backed-fighters", "hts", "2024-12-04~", "reported", ""],
        ["fights", "hts", "u-s-backed-fighters", null, "reported", ""],
      ]),
    );
    expect(draft.entities.map((e) => [e.label, e.kind])).toEqual([["U.S-backed fighters", "armed-group"]]);
  });
});
