import { writeGraphDataFolder } from "./graph-data-folder.js";

/** A small, valid graph-data content used to test loading, checking and queries on known answers. */
export function miniData() {
  return {
    sources: [
      {
        id: "report-a",
        kind: "news-report",
        outlet: "Outlet A",
        title: "A",
        published: "2018-09-08",
        language: "en",
        inferred: [],
      },
      {
        id: "report-b",
        kind: "news-report",
        outlet: "Outlet B",
        title: "B",
        published: "2024-12-01",
        language: "en",
        inferred: [],
      },
      {
        id: "atlas",
        kind: "reference",
        outlet: "Atlas",
        title: "Atlas",
        published: "2026-01-01",
        language: "en",
        url: "https://example.org/atlas",
      },
    ],
    entities: {
      "actors.json": [
        { id: "gov", label: "Government", kind: "state", aliases: ["the regime", "Régime forces"] },
        { id: "patron", label: "Patron State", kind: "state", aliases: ["PS"] },
        { id: "second-patron", label: "Second Patron", kind: "state" },
        {
          id: "rebels",
          label: "Rebel Front",
          kind: "coalition",
          aliases: ["RF", "Levant Rebel Organization"],
        },
        { id: "ally", label: "Ally Group", kind: "armed-group" },
        { id: "monitor", label: "Monitor", kind: "organization" },
      ],
      "places.json": [
        { id: "idlib", label: "Idlib", kind: "place", place: { placeKind: "city", lat: 35.93, lon: 36.63 } },
        {
          id: "idlib-province",
          label: "Idlib province",
          kind: "place",
          aliases: ["Idlib Governorate"],
          place: { placeKind: "province", lat: 35.8, lon: 36.6 },
        },
        {
          id: "town",
          label: "Small Town",
          kind: "place",
          place: { placeKind: "town", lat: 35.5, lon: 36.5 },
        },
      ],
    },
    relations: {
      "support.json": [
        {
          id: "patron-backs-gov",
          kind: "backs",
          source: "patron",
          target: "gov",
          status: "reported",
          evidence: [
            { source: "report-a", paragraph: 1, note: "Patron backs the government." },
            { source: "report-b", paragraph: 2, note: "Patron still backs it." },
          ],
        },
        {
          id: "second-backs-gov",
          kind: "backs",
          source: "second-patron",
          target: "gov",
          start: "2024-11",
          end: null,
          status: "claimed",
          evidence: [
            {
              source: "report-b",
              paragraph: 3,
              note: "Second patron says it will back the government.",
              claimedBy: "second-patron",
            },
          ],
        },
        {
          id: "rebels-allied-ally",
          kind: "allied-with",
          source: "rebels",
          target: "ally",
          start: "2012",
          status: "reported",
          evidence: [
            { source: "report-a", paragraph: 4, note: "The two fight together.", reportedBy: "monitor" },
          ],
        },
      ],
      "territory.json": [
        {
          id: "rebels-captured-town",
          kind: "captured",
          source: "rebels",
          target: "town",
          date: "2024-11-28",
          status: "claimed",
          evidence: [
            {
              source: "report-b",
              paragraph: 5,
              note: "The rebels say they took the town.",
              claimedBy: "rebels",
            },
          ],
        },
        {
          id: "rebels-captured-idlib",
          kind: "captured",
          source: "rebels",
          target: "idlib",
          date: "2024-11",
          status: "reported",
          evidence: [
            { source: "report-b", paragraph: 6, note: "The rebels took the city during the month." },
          ],
        },
      ],
      "geography.json": [
        {
          id: "town-in-idlib-province",
          kind: "located-in",
          source: "town",
          target: "idlib-province",
          status: "reported",
          evidence: [{ source: "atlas", note: "The atlas places the town in the province." }],
        },
      ],
    },
  };
}

/** The content of a graph-data folder, as written by writeGraphData. */
export type GraphDataContent = ReturnType<typeof miniData>;

/** Writes graph-data content (the mini data set unless given) as a folder; returns its path. */
export function writeGraphData(content: GraphDataContent = miniData()): string {
  return writeGraphDataFolder(content);
}
