import { loadDataset } from "../../src/data/load-graph-data.js";
import type { Dataset } from "../../src/model/core.js";
import type { GraphDataFolderContent } from "../helpers/graph-data-folder.js";
import { writeGraphDataFolder } from "../helpers/graph-data-folder.js";

const place = (
  id: string,
  label: string,
  placeKind: string,
  lat: number,
  lon: number,
  aliases: string[] = [],
) => ({
  id,
  label,
  kind: "place",
  aliases,
  place: { placeKind, lat, lon },
});

/** A small graph of our own for drafting tests: actors, a monitor, state media, a leader and places. */
export function draftFixture() {
  return {
    sources: [
      {
        id: "atlas",
        kind: "reference",
        outlet: "Atlas",
        title: "Atlas of actors",
        published: "2024-01-01",
        language: "en",
        url: "https://example.org/atlas",
      },
    ],
    entities: {
      "actors.json": [
        {
          id: "syrian-government",
          label: "Syrian government",
          kind: "state",
          aliases: ["government forces", "regime forces", "Syrian army", "the regime"],
          sharedNames: ["Damascus", "Syria"],
        },
        { id: "russia", label: "Russia", kind: "state", aliases: ["Russian forces"] },
        { id: "iran", label: "Iran", kind: "state" },
        { id: "turkey", label: "Turkey", kind: "state", aliases: ["Turkish forces"] },
        {
          id: "opposition",
          label: "Syrian opposition",
          kind: "coalition",
          aliases: ["rebels", "rebel forces"],
        },
        { id: "hts", label: "Hayat Tahrir al-Sham", kind: "armed-group", aliases: ["HTS"] },
        { id: "northern-brigade", label: "Northern Brigade", kind: "armed-group" },
        {
          id: "monitor",
          label: "Syrian Observatory for Human Rights",
          kind: "organization",
          aliases: ["SOHR"],
        },
        { id: "state-news", label: "SANA", kind: "organization", aliases: ["state news agency"] },
        { id: "assad", label: "Bashar al-Assad", kind: "person", aliases: ["Assad"] },
        { id: "yusuf-karim", label: "Yusuf Karim", kind: "person", aliases: ["Karim"] },
      ],
      "places.json": [
        place("idlib-province", "Idlib province", "province", 35.8, 36.6),
        place("saraqib", "Saraqib", "town", 35.86, 36.8),
        place("hama", "Hama", "city", 35.13, 36.75),
        place("kafr-nabl", "Kafr Nabl", "town", 35.61, 36.56),
        place("idlib", "Idlib", "city", 35.93, 36.63),
        place("damascus", "Damascus", "city", 33.51, 36.29),
        place("syria", "Syria", "country", 35, 38),
      ],
    },
    relations: {
      "membership.json": [
        {
          id: "assad-leads-syrian-government",
          kind: "leads",
          source: "assad",
          target: "syrian-government",
          status: "reported",
          evidence: [{ source: "atlas", note: "Assad heads the government." }],
        },
        {
          id: "state-news-member-of-syrian-government",
          kind: "member-of",
          source: "state-news",
          target: "syrian-government",
          status: "reported",
          evidence: [{ source: "atlas", note: "The state news agency is part of the state." }],
        },
      ],
    },
  } satisfies GraphDataFolderContent;
}

/** Writes the fixture to a temporary graph-data folder and loads it. */
export async function draftFixtureDataset(): Promise<{ dir: string; dataset: Dataset }> {
  const dir = writeGraphDataFolder(draftFixture());
  return { dir, dataset: await loadDataset(dir, { corpusDir: null }) };
}
