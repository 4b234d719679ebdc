import type { GraphDataFile } from "../../../src/data/validate-graph-data.js";
import { validateGraphData } from "../../../src/data/validate-graph-data.js";
import { formatProblem } from "../../../src/data/problem.js";
import type { Dataset } from "../../../src/model/core.js";
import { graphDataFiles, writeGraphDataFolder } from "../../helpers/graph-data-folder.js";

/** Characters XML 1.0 forbids, one of each family: NUL, other C0 controls, a lone surrogate, U+FFFE, U+FFFF. */
export const XML_FORBIDDEN_SAMPLE = "\u0000\u0001\u0008\u000B\u000C\u001F\uD800\uFFFE\uFFFF";

/**
 * A small dataset built in code for the format tests and golden files (so they do not change as
 * the shipped data grows). It holds every case the writers treat specially: quotes, ampersands,
 * angle brackets, Arabic script, emoji, tab/LF/CR and characters XML forbids in text; day, month
 * and year precision, approximate and uncertain dates; open, given and evidence-derived bounds;
 * events, states and a static fact; relations merged into one edge (with one or several
 * periods, the last open-ended, and a symmetric kind written both ways round); every status; an
 * uncited source.
 */
export function formatFixtureContent() {
  return {
    sources: [
      {
        id: "wire-2018",
        kind: "news-report",
        outlet: 'Wire & "Co" <Agency>',
        title: "تقرير عن إدلب",
        published: "2018-09-08",
        file: "wire.txt",
        language: "ar",
        inferred: [{ field: "published", reason: 'Dated from the report\'s "Saturday" & its context' }],
      },
      {
        id: "monitor-2024",
        kind: "news-report",
        outlet: "Monitor 📡",
        title: "Weekly — update",
        published: "2024-12-01",
        url: "https://example.org/report?a=1&b=2",
        language: "en",
      },
      {
        id: "atlas",
        kind: "reference",
        outlet: "Atlas",
        title: "Atlas of places",
        published: "2026-01-01",
        language: "en",
      },
      {
        id: "unused-ref",
        kind: "reference",
        outlet: "Nobody cites this",
        title: `Ref ${XML_FORBIDDEN_SAMPLE} end`,
        published: "2025-01",
        language: "fr",
      },
    ],
    entities: [
      {
        id: "gov",
        label: 'Government "of" Syria & <co>',
        kind: "state",
        aliases: ["الحكومة السورية", "the regime"],
        wikidata: "Q858",
        description: "Line one\nLine two\twith a tab\r\nand CRLF",
      },
      { id: "rebels", label: "Rebel Front 🛡️", kind: "coalition", aliases: ["RF"] },
      { id: "ally", label: `Ally${XML_FORBIDDEN_SAMPLE}Group`, kind: "armed-group" },
      { id: "patron", label: "Patron State", kind: "state" },
      { id: "envoy", label: "Envoy O'Brien", kind: "person" },
      { id: "un", label: "U.N. Office", kind: "organization" },
      { id: "idlib", label: "Idlib", kind: "place", place: { placeKind: "city", lat: 35.93, lon: 36.63 } },
      {
        id: "town",
        label: "Kafr Town",
        kind: "place",
        aliases: ["Small town"],
        place: { placeKind: "town", lat: 35.5, lon: 36.5, approximate: false },
      },
      {
        id: "province",
        label: "Idlib province",
        kind: "place",
        place: { placeKind: "province", lat: 35.8, lon: 36.6 },
      },
    ],
    relations: [
      {
        id: "patron-backs-gov",
        kind: "backs",
        source: "patron",
        target: "gov",
        status: "reported",
        evidence: [
          { source: "wire-2018", paragraph: 1, note: "The patron backs the government." },
          { source: "monitor-2024", paragraph: 2, note: "It still does & says so <loudly>." },
        ],
      },
      {
        id: "patron-backs-gov-early",
        kind: "backs",
        source: "patron",
        target: "gov",
        start: "2011",
        end: "2012-06",
        status: "disputed",
        evidence: [
          { source: "wire-2018", paragraph: 3, note: "Support began in 2011." },
          {
            source: "monitor-2024",
            paragraph: 4,
            note: "The government denies any support before 2013.",
            claimedBy: "gov",
          },
        ],
      },
      {
        id: "rebels-allied-ally",
        kind: "allied-with",
        source: "rebels",
        target: "ally",
        start: "2012",
        end: null,
        status: "reported",
        evidence: [{ source: "wire-2018", paragraph: 5, note: "They fight together.", reportedBy: "un" }],
      },
      {
        id: "ally-allied-rebels-2011",
        kind: "allied-with",
        source: "ally",
        target: "rebels",
        start: "2011-04~",
        end: "2011-05",
        status: "reported",
        evidence: [
          { source: "monitor-2024", paragraph: 6, note: `A joint operation ${XML_FORBIDDEN_SAMPLE}.` },
        ],
      },
      {
        id: "rebels-captured-town",
        kind: "captured",
        source: "rebels",
        target: "town",
        date: "2024-11-28",
        status: "claimed",
        evidence: [
          {
            source: "monitor-2024",
            paragraph: 7,
            note: "The front says it took the town.",
            claimedBy: "rebels",
          },
        ],
      },
      {
        id: "rebels-captured-town-2016",
        kind: "captured",
        source: "rebels",
        target: "town",
        date: "2016-08",
        status: "reported",
        evidence: [{ source: "wire-2018", paragraph: 8, note: "Taken once before, in August 2016." }],
      },
      {
        id: "rebels-captured-idlib",
        kind: "captured",
        source: "rebels",
        target: "idlib",
        date: "2015-03",
        status: "reported",
        evidence: [{ source: "wire-2018", paragraph: 9, note: "The city fell in March 2015." }],
      },
      {
        id: "gov-attacked-rebels",
        kind: "attacked",
        source: "gov",
        target: "rebels",
        date: "2018-09-06~",
        status: "reported",
        evidence: [{ source: "wire-2018", paragraph: 10, note: "Shelling around the 6th." }],
      },
      {
        id: "envoy-represents-un",
        kind: "represents",
        source: "envoy",
        target: "un",
        start: "2018-09-01",
        end: "2019?",
        status: "reported",
        note: 'Named "special envoy" 🕊️ in the report',
        evidence: [{ source: "wire-2018", paragraph: 11, note: "The envoy speaks for the office." }],
      },
      {
        id: "un-brokered-ceasefire-idlib",
        kind: "brokered-ceasefire",
        source: "un",
        target: "idlib",
        date: "2018-09-07",
        status: "reported",
        evidence: [{ source: "wire-2018", paragraph: 12, note: "A truce for the city." }],
      },
      {
        id: "town-in-province",
        kind: "located-in",
        source: "town",
        target: "province",
        status: "reported",
        evidence: [{ source: "atlas", note: "The atlas puts the town in the province." }],
      },
      {
        id: "gov-negotiated-rebels",
        kind: "negotiated-with",
        source: "gov",
        target: "rebels",
        date: "2017-05-04",
        status: "claimed",
        evidence: [
          { source: "wire-2018", paragraph: 13, note: "Officials say talks took place.", claimedBy: "gov" },
        ],
      },
    ],
  };
}

/** The fixture content as graph-data files for validateGraphData. */
export function formatFixtureFiles(content = formatFixtureContent()): GraphDataFile[] {
  return graphDataFiles(content);
}

/** The fixture as a validated dataset; throws with every problem if it is not valid. */
export function formatFixture(): Dataset {
  const { dataset, problems } = validateGraphData(formatFixtureFiles());
  if (!dataset) throw new Error(`the format fixture is invalid:\n${problems.map(formatProblem).join("\n")}`);
  return dataset;
}

/** Writes the fixture as a graph-data folder in a fresh temporary folder and returns its path. */
export function writeFormatFixture(content = formatFixtureContent()): string {
  return writeGraphDataFolder(content);
}
