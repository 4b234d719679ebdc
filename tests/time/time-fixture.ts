import { formatProblem } from "../../src/data/problem.js";
import { validateGraphData } from "../../src/data/validate-graph-data.js";
import type { KnowledgeGraph } from "../../src/graph/knowledge-graph.js";
import { buildKnowledgeGraph } from "../../src/graph/knowledge-graph.js";

/** Reports dated on known days, for evidence spans: r2016, r2018, r2020, r2022, r2024. */
export const REPORTS = ["2016-03-01", "2018-03-01", "2020-03-01", "2022-03-01", "2024-03-01"].map(
  (published) => ({
    id: `r${published.slice(0, 4)}`,
    kind: "news-report",
    outlet: `Outlet ${published.slice(0, 4)}`,
    title: "T",
    published,
    language: "en",
  }),
);

/** An entity: an armed group unless told; places get coordinates. */
export interface TimeEntity {
  readonly id: string;
  readonly kind?: string;
  readonly founded?: string;
  readonly dissolved?: string;
}

/** A relation: dates as in graph-data; evidence as report ids (default r2020), each optionally claimed by an entity. */
export interface TimeRelation {
  readonly id: string;
  readonly kind: string;
  readonly source: string;
  readonly target: string;
  readonly date?: string;
  readonly start?: string | null;
  readonly end?: string | null;
  readonly status?: "reported" | "claimed" | "disputed";
  readonly evidence?: readonly (string | { readonly source: string; readonly claimedBy: string })[];
}

/** The knowledge graph of hand-built entities and relations, through the same validation as real data. */
export function timeGraph(
  entities: readonly TimeEntity[],
  relations: readonly TimeRelation[],
): KnowledgeGraph {
  const { dataset, problems } = validateGraphData([
    { name: "sources.json", role: "sources", content: { sources: REPORTS } },
    {
      name: "entities/all.json",
      role: "entities",
      content: {
        entities: entities.map(({ kind = "armed-group", ...e }) => ({
          ...e,
          label: e.id.toUpperCase(),
          kind,
          ...(kind === "place" ? { place: { placeKind: "town", lat: 35, lon: 36 } } : {}),
        })),
      },
    },
    {
      name: "relations/all.json",
      role: "relations",
      content: {
        relations: relations.map(({ evidence = ["r2020"], status = "reported", ...r }) => ({
          ...r,
          status,
          evidence: evidence.map((e, i) => ({
            ...(typeof e === "string" ? { source: e } : e),
            paragraph: i + 1,
            note: `${r.id} evidence ${i + 1}`,
          })),
        })),
      },
    },
  ]);
  if (!dataset) throw new Error(`invalid fixture:\n${problems.map(formatProblem).join("\n")}`);
  return buildKnowledgeGraph(dataset);
}
