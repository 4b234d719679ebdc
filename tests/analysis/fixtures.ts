import { formatProblem } from "../../src/data/problem.js";
import { validateGraphData } from "../../src/data/validate-graph-data.js";
import type { KnowledgeGraph } from "../../src/graph/knowledge-graph.js";
import { buildKnowledgeGraph } from "../../src/graph/knowledge-graph.js";
import { graphDataFiles, writeGraphDataFolder } from "../helpers/graph-data-folder.js";

/** An entity of a hand-built graph: an armed group unless a kind is given (places get coordinates). */
export interface FixtureEntity {
  readonly id: string;
  readonly kind?: "state" | "armed-group" | "coalition" | "organization" | "person" | "place";
  readonly label?: string;
  readonly aliases?: readonly string[];
}

/** A relation of a hand-built graph: dates as in graph-data; evidence from the 2024 report unless told. */
export interface FixtureRelation {
  readonly id: string;
  readonly kind: string;
  readonly source: string;
  readonly target: string;
  readonly date?: string;
  readonly start?: string | null;
  readonly end?: string | null;
  readonly status?: "reported" | "claimed" | "disputed";
  readonly evidence?: readonly string[];
}

/** graph-data content: the three fixture sources, the entities and relations given. */
export interface FixtureData {
  readonly sources: unknown[];
  readonly entities: unknown[];
  readonly relations: unknown[];
}

const SOURCES = [
  {
    id: "r2018",
    kind: "news-report",
    outlet: "Outlet 2018",
    title: "T",
    published: "2018-09-08",
    language: "en",
  },
  {
    id: "r2019",
    kind: "news-report",
    outlet: "Outlet 2019",
    title: "T",
    published: "2019-06-06",
    language: "en",
  },
  {
    id: "r2024",
    kind: "news-report",
    outlet: "Outlet 2024",
    title: "T",
    published: "2024-12-01",
    language: "en",
  },
];

/** The graph-data content of a hand-built graph. */
export function fixtureData(
  entities: readonly FixtureEntity[],
  relations: readonly FixtureRelation[],
): FixtureData {
  return {
    sources: SOURCES,
    entities: entities.map((e) => ({
      id: e.id,
      label: e.label ?? e.id.toUpperCase(),
      kind: e.kind ?? "armed-group",
      aliases: e.aliases ?? [],
      ...(e.kind === "place" ? { place: { placeKind: "town", lat: 35, lon: 36 } } : {}),
    })),
    relations: relations.map(({ evidence = ["r2024"], status = "reported", ...r }) => ({
      ...r,
      status,
      evidence: evidence.map((source, i) => ({
        source,
        paragraph: i + 1,
        note: `${r.id} in ${source}`,
        // A claim is the source entity's own word.
        ...(status === "claimed" ? { claimedBy: r.source } : {}),
      })),
    })),
  };
}

/** The knowledge graph of fixture content, through the same validation as real data (fails on any problem). */
export function fixtureGraph(data: FixtureData): KnowledgeGraph {
  const { dataset, problems } = validateGraphData(graphDataFiles(data));
  if (!dataset) throw new Error(`invalid fixture:\n${problems.map(formatProblem).join("\n")}`);
  return buildKnowledgeGraph(dataset);
}

/** Writes fixture content as a graph-data folder in a fresh temporary directory and returns its path. */
export function writeFixture(data: FixtureData): string {
  return writeGraphDataFolder(data);
}

/** A state holding from 2015 to December 2024. */
const LONG = { start: "2015", end: "2024-12" } as const;

/**
 * A chain a–b–c–d–e and a separate pair f→g. a and b are joined twice (backs, and a symmetric
 * allied-with); d attacked e only on 2024-11-28; every other relation holds 2015 – 2024-12.
 */
export const CHAIN = fixtureData(
  ["a", "b", "c", "d", "e", "f", "g"].map((id) => ({ id })),
  [
    { id: "ab-allied", kind: "allied-with", source: "a", target: "b", ...LONG },
    { id: "ab-backs", kind: "backs", source: "a", target: "b", ...LONG },
    { id: "bc-allied", kind: "allied-with", source: "b", target: "c", ...LONG },
    { id: "cd-fights", kind: "fights", source: "c", target: "d", ...LONG },
    { id: "de-attacked", kind: "attacked", source: "d", target: "e", date: "2024-11-28" },
    { id: "fg-backs", kind: "backs", source: "f", target: "g", ...LONG },
  ],
);

/** The relations of WEB, to build variants of it. */
export const WEB_RELATIONS: readonly FixtureRelation[] = [
  { id: "ab-allied", kind: "allied-with", source: "a", target: "b", ...LONG },
  { id: "ab-backs", kind: "backs", source: "a", target: "b", ...LONG },
  { id: "bc-allied", kind: "allied-with", source: "b", target: "c", ...LONG },
  { id: "ca-fights", kind: "fights", source: "c", target: "a", ...LONG },
  { id: "cd-backs", kind: "backs", source: "c", target: "d", ...LONG },
  { id: "de-clashed", kind: "clashed-with", source: "d", target: "e", date: "2024-11-28" },
  { id: "ef-allied", kind: "allied-with", source: "e", target: "f", ...LONG },
  { id: "fd-attacked", kind: "attacked", source: "f", target: "d", date: "2024-11-28" },
  { id: "fg-backs", kind: "backs", source: "f", target: "g", ...LONG },
  { id: "gh-allied", kind: "allied-with", source: "g", target: "h", ...LONG },
  { id: "he-backs", kind: "backs", source: "h", target: "e", ...LONG },
  { id: "bh-attacked", kind: "attacked", source: "b", target: "h", date: "2024-11-28" },
];

/**
 * A connected web of eight actors with a cycle, parallel relations (a→b backs and a–b allied), a
 * hostile triangle edge and three events on 2024-11-28, all holding on that day.
 */
export const WEB = fixtureData(
  ["a", "b", "c", "d", "e", "f", "g", "h"].map((id) => ({ id })),
  WEB_RELATIONS,
);
