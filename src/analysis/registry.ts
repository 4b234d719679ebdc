import type { KnowledgeGraph } from "../graph/knowledge-graph.js";
import type { RelationKind } from "../model/index.js";
import { RELATION_KIND_IDS } from "../model/index.js";
import { badInput } from "../faultline-error.js";
import type { BalanceAnswer } from "./balance.js";
import { structuralBalance } from "./balance.js";
import type { BlocsAnswer } from "./blocs.js";
import { findBlocs } from "./blocs.js";
import type { CentralityMeasure, ScoredEntity, Weighting } from "./centrality.js";
import { centralityScores } from "./centrality.js";
import type { DiffAnswer } from "./diff.js";
import { diffDates } from "./diff.js";
import type { Layer } from "./layer.js";
import { LAYERS } from "./layer.js";
import type { ParameterSpec, ParameterValues } from "./parameters.js";
import { dateValue, flagValue, listValue, numberValue, readParameters, textValue } from "./parameters.js";
import type { PathsAnswer } from "./paths.js";
import { findPaths } from "./paths.js";
import type { TimelineAnswer } from "./timeline.js";
import { timeline } from "./timeline.js";
import type { ScopeJson, TimeScope } from "./time-scope.js";
import { scopeJson, timeScope } from "./time-scope.js";

/** What a measure answers, tagged by family so an interface knows how to show it. */
export type AnalysisResult =
  | {
      readonly family: "centrality";
      readonly measure: CentralityMeasure;
      readonly scope: ScopeJson;
      readonly scores: readonly ScoredEntity[];
    }
  | ({
      readonly family: "paths";
      readonly source: string;
      readonly target: string;
      readonly scope: ScopeJson;
    } & PathsAnswer)
  | ({ readonly family: "blocs" } & BlocsAnswer)
  | ({ readonly family: "balance" } & BalanceAnswer)
  | ({ readonly family: "timeline" } & TimelineAnswer)
  | ({ readonly family: "diff" } & DiffAnswer);

/** The family of a measure: which answer shape it gives (and which CLI command runs it). */
export type MeasureFamily = AnalysisResult["family"];

/** One measure, described once as data, with the function that runs it. */
export interface MeasureSpec {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly family: MeasureFamily;
  readonly parameters: readonly ParameterSpec[];
  /** Runs the measure on checked parameter values (see runMeasure). */
  readonly run: (kg: KnowledgeGraph, values: ParameterValues) => AnalysisResult;
}

/** A measure as plain data (no function), for listing in JSON or on a page. */
export type MeasureDescription = Omit<MeasureSpec, "run">;

// Parameters shared by several measures.
const AT: ParameterSpec = {
  id: "at",
  label: "On date",
  description: "EDTF date (2024-12-01, 2018-09, 2019): states holding then and events on it",
  type: "date",
  default: null,
};
const FROM: ParameterSpec = {
  id: "from",
  label: "From",
  description: "Start of a window (EDTF, inclusive): states holding at some time in it, events inside it",
  type: "date",
  default: null,
};
const TO: ParameterSpec = {
  id: "to",
  label: "To",
  description: "End of the window (EDTF, inclusive: 2024-12 runs to 31 December)",
  type: "date",
  default: null,
};
const KINDS: ParameterSpec = {
  id: "kinds",
  label: "Relation kinds",
  description: "Only these relation kinds (default: all but located-in, which is geography)",
  type: "kinds",
  default: [],
  allowed: RELATION_KIND_IDS,
};
const LAYER: ParameterSpec = {
  id: "layer",
  label: "Layer",
  description: "cooperative (sign +1), hostile (sign −1) or all relations (neutral ones too)",
  type: "choice",
  default: "all",
  allowed: LAYERS,
};
const CERTAIN: ParameterSpec = {
  id: "certain",
  label: "Certain only",
  description: "Leave out relations that only possibly hold on the date (approximate or coarse dates)",
  type: "boolean",
  default: false,
};
const TOP: ParameterSpec = {
  id: "top",
  label: "Top",
  description: "Keep only the N highest scores (default: every entity)",
  type: "integer",
  default: null,
  min: 1,
};
const DIRECTED: ParameterSpec = {
  id: "directed",
  label: "Directed",
  description: "Follow relations from source to target only (symmetric ones both ways)",
  type: "boolean",
  default: false,
};
const WEIGHTING: ParameterSpec = {
  id: "weighting",
  label: "Weighting",
  description: "count: a pair weighs its number of relations; none: every linked pair weighs 1",
  type: "choice",
  default: "count",
  allowed: ["count", "none"],
};
const ALPHA: ParameterSpec = {
  id: "alpha",
  label: "Damping",
  description: "PageRank damping factor: the chance of following a relation rather than jumping",
  type: "number",
  default: 0.85,
  min: 0,
  max: 1,
  exclusive: true,
};

function scopeOf(values: ParameterValues): TimeScope {
  return timeScope(dateValue(values, "at"), dateValue(values, "from"), dateValue(values, "to"));
}

function kindsOf(values: ParameterValues): RelationKind[] {
  return listValue(values, "kinds") as RelationKind[];
}

interface CentralityText {
  readonly id: CentralityMeasure;
  readonly name: string;
  readonly description: string;
  readonly extra: readonly ParameterSpec[];
}

const CENTRALITY_TEXTS: readonly CentralityText[] = [
  {
    id: "degree",
    name: "Degree",
    description:
      "Share of the other entities an entity has a relation with, whatever the direction (distinct counterparts / (n−1))",
    extra: [],
  },
  {
    id: "in-degree",
    name: "In-degree",
    description:
      "Share of the other entities with a relation towards it (backed, attacked…); a symmetric relation counts both ways",
    extra: [],
  },
  {
    id: "out-degree",
    name: "Out-degree",
    description:
      "Share of the other entities it has a relation towards (backs, attacks…); a symmetric relation counts both ways",
    extra: [],
  },
  {
    id: "betweenness",
    name: "Betweenness",
    description:
      "Share of shortest paths between other entities that pass through it: a broker between camps",
    extra: [DIRECTED],
  },
  {
    id: "closeness",
    name: "Closeness",
    description: "How few steps it is from the others (Wasserman–Faust, so disconnected parts still rank)",
    extra: [DIRECTED],
  },
  {
    id: "pagerank",
    name: "PageRank",
    description: "Weight of the relations pointing at it, from entities that are themselves pointed at",
    extra: [WEIGHTING, ALPHA],
  },
  {
    id: "eigenvector",
    name: "Eigenvector",
    description: "Linked to entities that are themselves well linked (undirected)",
    extra: [WEIGHTING],
  },
];

const CENTRALITY_MEASURES: readonly MeasureSpec[] = CENTRALITY_TEXTS.map((m): MeasureSpec => ({
  id: m.id,
  name: m.name,
  description: m.description,
  family: "centrality",
  parameters: [AT, FROM, TO, KINDS, LAYER, CERTAIN, TOP, ...m.extra],
  run(kg, values) {
    const scope = scopeOf(values);
    const scores = centralityScores(kg, {
      measure: m.id,
      scope,
      kinds: kindsOf(values),
      layer: textValue(values, "layer") as Layer,
      certainOnly: flagValue(values, "certain"),
      top: numberValue(values, "top"),
      directed: flagValue(values, "directed"),
      weighting: (textValue(values, "weighting") ?? "count") as Weighting,
      alpha: numberValue(values, "alpha") ?? 0.85,
    });
    return { family: "centrality", measure: m.id, scope: scopeJson(scope), scores };
  },
}));

const PATHS: MeasureSpec = {
  id: "paths",
  name: "Paths",
  description:
    "The k shortest simple paths between two entities; with a date, time-respecting (every relation on them holds on it)",
  family: "paths",
  parameters: [
    {
      id: "source",
      label: "From entity",
      description: "Entity id the paths start from",
      type: "entity",
      default: null,
      required: true,
    },
    {
      id: "target",
      label: "To entity",
      description: "Entity id the paths end at",
      type: "entity",
      default: null,
      required: true,
    },
    { ...AT, description: "Only relations holding on this EDTF date (default: ignore dates)" },
    KINDS,
    LAYER,
    CERTAIN,
    {
      id: "k",
      label: "Paths",
      description: "How many shortest simple paths",
      type: "integer",
      default: 1,
      min: 1,
      max: 100,
    },
    DIRECTED,
  ],
  run(kg, values) {
    const date = dateValue(values, "at");
    const scope = date ? ({ kind: "at", date } as const) : ({ kind: "always" } as const);
    const source = textValue(values, "source")!;
    const target = textValue(values, "target")!;
    const answer = findPaths(kg, source, target, {
      scope,
      kinds: kindsOf(values),
      layer: textValue(values, "layer") as Layer,
      certainOnly: flagValue(values, "certain"),
      k: numberValue(values, "k") ?? 1,
      directed: flagValue(values, "directed"),
    });
    return { family: "paths", source, target, scope: scopeJson(scope), ...answer };
  },
};

const BLOCS: MeasureSpec = {
  id: "blocs",
  name: "Blocs",
  description: "Louvain communities of the actors joined by cooperative relations (places left out)",
  family: "blocs",
  parameters: [
    AT,
    FROM,
    TO,
    { ...KINDS, description: "Only these relation kinds (of the cooperative ones; default: all)" },
    CERTAIN,
    {
      id: "resolution",
      label: "Resolution",
      description: "Louvain resolution: above 1 splits into more, smaller blocs",
      type: "number",
      default: 1,
      min: 0,
      exclusive: true,
    },
    {
      id: "seed",
      label: "Seed",
      description: "Seed of Louvain's random order (the same seed gives the same blocs)",
      type: "integer",
      default: 1,
    },
  ],
  run(kg, values) {
    const answer = findBlocs(kg, {
      scope: scopeOf(values),
      kinds: kindsOf(values),
      certainOnly: flagValue(values, "certain"),
      resolution: numberValue(values, "resolution") ?? 1,
      seed: numberValue(values, "seed") ?? 1,
    });
    return { family: "blocs", ...answer };
  },
};

const BALANCE: MeasureSpec = {
  id: "balance",
  name: "Structural balance",
  description:
    "Cooperative relations +1, hostile −1 between actors: the unbalanced triads and the share of balanced ones",
  family: "balance",
  parameters: [AT, FROM, TO, KINDS, CERTAIN],
  run(kg, values) {
    const answer = structuralBalance(kg, {
      scope: scopeOf(values),
      kinds: kindsOf(values),
      certainOnly: flagValue(values, "certain"),
    });
    return { family: "balance", ...answer };
  },
};

const TIMELINE: MeasureSpec = {
  id: "timeline",
  name: "Timeline",
  description: "The relations of an entity, or between two entities, in date order with their evidence",
  family: "timeline",
  parameters: [
    {
      id: "entity",
      label: "Entity",
      description: "Entity id whose history to tell",
      type: "entity",
      default: null,
      required: true,
    },
    {
      id: "other",
      label: "With entity",
      description: "Only relations with this entity",
      type: "entity",
      default: null,
    },
    { ...FROM, description: "Only relations holding at some time from this date (EDTF, inclusive)" },
    { ...TO, description: "… up to this date (EDTF, inclusive)" },
    KINDS,
  ],
  run(kg, values) {
    const answer = timeline(kg, {
      entity: textValue(values, "entity")!,
      other: textValue(values, "other"),
      kinds: kindsOf(values),
      scope: scopeOf(values),
    });
    return { family: "timeline", ...answer };
  },
};

const DIFF: MeasureSpec = {
  id: "diff",
  name: "Change between dates",
  description:
    "States that began, ended or came and went between two dates, the events in between, and pairs whose tone changed",
  family: "diff",
  parameters: [
    {
      id: "before",
      label: "Earlier date",
      description: "EDTF date to compare from",
      type: "date",
      default: null,
      required: true,
    },
    {
      id: "after",
      label: "Later date",
      description: "EDTF date to compare to",
      type: "date",
      default: null,
      required: true,
    },
    KINDS,
    CERTAIN,
  ],
  run(kg, values) {
    const answer = diffDates(kg, {
      before: dateValue(values, "before")!,
      after: dateValue(values, "after")!,
      kinds: kindsOf(values),
      certainOnly: flagValue(values, "certain"),
    });
    return { family: "diff", ...answer };
  },
};

/** Every measure, in the order interfaces list them. */
export const MEASURES: readonly MeasureSpec[] = [
  ...CENTRALITY_MEASURES,
  PATHS,
  BLOCS,
  BALANCE,
  TIMELINE,
  DIFF,
];

/** The measure with this id, or undefined. */
export function measureById(id: string): MeasureSpec | undefined {
  return MEASURES.find((m) => m.id === id);
}

/** The measures as plain data (without their functions), for a JSON listing or a page's menus. */
export function describeMeasures(): MeasureDescription[] {
  return MEASURES.map(({ run: _run, ...description }) => description);
}

/**
 * Runs a measure by id on parameter values given as typed values or as text (CLI options, form
 * fields): checks them all (unknown ids, bad values, missing required ones, entity ids absent from
 * the graph, a date together with a window) and throws one bad-input FaultlineError listing every problem.
 */
export function runMeasure(
  kg: KnowledgeGraph,
  id: string,
  given: Readonly<Record<string, unknown>>,
): AnalysisResult {
  const measure = measureById(id);
  if (!measure) {
    throw badInput([`no measure "${id}"; measures: ${MEASURES.map((m) => m.id).join(", ")}`]);
  }
  const values = readParameters(measure.parameters, given);
  const missing = measure.parameters
    .filter(
      (p) =>
        p.type === "entity" && typeof values[p.id] === "string" && !kg.entities.has(values[p.id] as string),
    )
    .map((p) => `${p.id}: no entity with id "${values[p.id]}"`);
  if (missing.length > 0) throw badInput(missing);
  return measure.run(kg, values);
}
