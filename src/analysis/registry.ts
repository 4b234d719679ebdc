import type { KnowledgeGraph } from "../graph/knowledge-graph.js";
import { RELATION_KIND_IDS } from "../model/core.js";
import { badInput } from "../faultline-error.js";
import type { QueryDate } from "../query/query-date.js";
import type { BalanceAnswer } from "./balance.js";
import { structuralBalance } from "./balance.js";
import type { BlocsAnswer } from "./blocs.js";
import { findBlocs } from "./blocs.js";
import type { CentralityMeasure, ScoredEntity, Weighting } from "./centrality.js";
import type { Layer } from "./layer.js";
import { centralityScores } from "./centrality.js";
import type { DiffAnswer } from "./diff.js";
import { diffDates } from "./diff.js";
import { LAYERS } from "./layer.js";
import type {
  BooleanParameter,
  ChoiceParameter,
  DateParameter,
  EntityParameter,
  KindsParameter,
  NumberParameter,
  ParameterSpec,
  ParameterValues,
  RequiredParameter,
} from "./parameters.js";
import { resolveParameters } from "./parameters.js";
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
  /**
   * Validates the given values (typed, or text from a CLI option or form field), resolves them and
   * runs the measure; every problem is thrown at once as a bad-input FaultlineError.
   */
  readonly run: (kg: KnowledgeGraph, given: Readonly<Record<string, unknown>>) => AnalysisResult;
}

/** A measure as plain data (no function), for listing in JSON or on a page. */
export type MeasureDescription = Omit<MeasureSpec, "run">;

/** A measure as written below: its parameters as a typed list, and a run that gets their typed values. */
interface MeasureDefinition<Ps extends readonly ParameterSpec[]> extends Omit<
  MeasureSpec,
  "parameters" | "run"
> {
  readonly parameters: Ps;
  readonly run: (kg: KnowledgeGraph, values: ParameterValues<Ps>) => AnalysisResult;
}

/** Makes a measure of a definition: resolve and validate the parameters, check entity ids, run. */
function defineMeasure<const Ps extends readonly ParameterSpec[]>(
  definition: MeasureDefinition<Ps>,
): MeasureSpec {
  return {
    ...definition,
    run(kg, given) {
      const values = resolveParameters(definition.parameters, given);
      const record: Readonly<Record<string, unknown>> = values;
      const missing = definition.parameters
        .filter(
          (p) =>
            p.type === "entity" &&
            typeof record[p.id] === "string" &&
            !kg.entities.has(record[p.id] as string),
        )
        .map((p) => `${p.id}: no entity with id "${String(record[p.id])}"`);
      if (missing.length > 0) throw badInput(missing);
      return definition.run(kg, values);
    },
  };
}

// Parameters shared by several measures.
const AT: DateParameter<"at"> = {
  id: "at",
  label: "On date",
  description: "EDTF date (2024-12-01, 2018-09, 2019): states holding then and events on it",
  type: "date",
  default: null,
};
const FROM: DateParameter<"from"> = {
  id: "from",
  label: "From",
  description: "Start of a window (EDTF, inclusive): states holding at some time in it, events inside it",
  type: "date",
  default: null,
};
const TO: DateParameter<"to"> = {
  id: "to",
  label: "To",
  description: "End of the window (EDTF, inclusive: 2024-12 runs to 31 December)",
  type: "date",
  default: null,
};
const KINDS: KindsParameter<"kinds"> = {
  id: "kinds",
  label: "Relation kinds",
  description: "Only these relation kinds (default: all but located-in, which is geography)",
  type: "kinds",
  default: [],
  allowed: RELATION_KIND_IDS,
};
const LAYER: ChoiceParameter<"layer", Layer> = {
  id: "layer",
  label: "Layer",
  description: "cooperative (sign +1), hostile (sign −1) or all relations (neutral ones too)",
  type: "choice",
  default: "all",
  allowed: LAYERS,
};
const CERTAIN: BooleanParameter<"certain"> = {
  id: "certain",
  label: "Certain only",
  description: "Leave out relations that only possibly hold on the date (approximate or coarse dates)",
  type: "boolean",
  default: false,
};
const TOP: NumberParameter<"top", null> = {
  id: "top",
  label: "Top",
  description: "Keep only the N highest scores (default: every entity)",
  type: "integer",
  default: null,
  min: 1,
};
const DIRECTED: BooleanParameter<"directed"> = {
  id: "directed",
  label: "Directed",
  description: "Follow relations from source to target only (symmetric ones both ways)",
  type: "boolean",
  default: false,
};
const WEIGHTING: ChoiceParameter<"weighting", Weighting> = {
  id: "weighting",
  label: "Weighting",
  description: "count: a pair weighs its number of relations; none: every linked pair weighs 1",
  type: "choice",
  default: "count",
  allowed: ["count", "none"],
};
const ALPHA: NumberParameter<"alpha", number> = {
  id: "alpha",
  label: "Damping",
  description: "PageRank damping factor: the chance of following a relation rather than jumping",
  type: "number",
  default: 0.85,
  min: 0,
  max: 1,
  exclusive: true,
};

/** The time scope of a date or a window, whichever was given (both at once is bad input). */
function scopeOf(values: {
  readonly at?: QueryDate | null;
  readonly from: QueryDate | null;
  readonly to: QueryDate | null;
}): TimeScope {
  return timeScope(values.at ?? null, values.from, values.to);
}

/** The parameters every centrality measure takes. */
const CENTRALITY_COMMON = [AT, FROM, TO, KINDS, LAYER, CERTAIN, TOP] as const;

/** Runs one centrality measure on the common parameters and its own extras. */
function runCentrality(
  kg: KnowledgeGraph,
  measure: CentralityMeasure,
  values: ParameterValues<typeof CENTRALITY_COMMON>,
  extra: { readonly directed?: boolean; readonly weighting?: Weighting; readonly alpha?: number } = {},
): AnalysisResult {
  const scope = scopeOf(values);
  const scores = centralityScores(kg, {
    measure,
    scope,
    kinds: values.kinds,
    layer: values.layer,
    certainOnly: values.certain,
    top: values.top,
    directed: extra.directed ?? DIRECTED.default,
    weighting: extra.weighting ?? WEIGHTING.default,
    alpha: extra.alpha ?? ALPHA.default,
  });
  return { family: "centrality", measure, scope: scopeJson(scope), scores };
}

const CENTRALITY_MEASURES: readonly MeasureSpec[] = [
  defineMeasure({
    id: "degree",
    name: "Degree",
    description:
      "Share of the other entities an entity has a relation with, whatever the direction (distinct counterparts / (n−1))",
    family: "centrality",
    parameters: CENTRALITY_COMMON,
    run: (kg, values) => runCentrality(kg, "degree", values),
  }),
  defineMeasure({
    id: "in-degree",
    name: "In-degree",
    description:
      "Share of the other entities with a relation towards it (backed, attacked…); a symmetric relation counts both ways",
    family: "centrality",
    parameters: CENTRALITY_COMMON,
    run: (kg, values) => runCentrality(kg, "in-degree", values),
  }),
  defineMeasure({
    id: "out-degree",
    name: "Out-degree",
    description:
      "Share of the other entities it has a relation towards (backs, attacks…); a symmetric relation counts both ways",
    family: "centrality",
    parameters: CENTRALITY_COMMON,
    run: (kg, values) => runCentrality(kg, "out-degree", values),
  }),
  defineMeasure({
    id: "betweenness",
    name: "Betweenness",
    description:
      "Share of shortest paths between other entities that pass through it: a broker between camps",
    family: "centrality",
    parameters: [...CENTRALITY_COMMON, DIRECTED],
    run: (kg, values) => runCentrality(kg, "betweenness", values, { directed: values.directed }),
  }),
  defineMeasure({
    id: "closeness",
    name: "Closeness",
    description: "How few steps it is from the others (Wasserman–Faust, so disconnected parts still rank)",
    family: "centrality",
    parameters: [...CENTRALITY_COMMON, DIRECTED],
    run: (kg, values) => runCentrality(kg, "closeness", values, { directed: values.directed }),
  }),
  defineMeasure({
    id: "pagerank",
    name: "PageRank",
    description: "Weight of the relations pointing at it, from entities that are themselves pointed at",
    family: "centrality",
    parameters: [...CENTRALITY_COMMON, WEIGHTING, ALPHA],
    run: (kg, values) =>
      runCentrality(kg, "pagerank", values, { weighting: values.weighting, alpha: values.alpha }),
  }),
  defineMeasure({
    id: "eigenvector",
    name: "Eigenvector",
    description: "Linked to entities that are themselves well linked (undirected)",
    family: "centrality",
    parameters: [...CENTRALITY_COMMON, WEIGHTING],
    run: (kg, values) => runCentrality(kg, "eigenvector", values, { weighting: values.weighting }),
  }),
];

const SOURCE: RequiredParameter<EntityParameter<"source">> = {
  id: "source",
  label: "From entity",
  description: "Entity id the paths start from",
  type: "entity",
  default: null,
  required: true,
};
const TARGET: RequiredParameter<EntityParameter<"target">> = {
  id: "target",
  label: "To entity",
  description: "Entity id the paths end at",
  type: "entity",
  default: null,
  required: true,
};
const K: NumberParameter<"k", number> = {
  id: "k",
  label: "Paths",
  description: "How many shortest simple paths",
  type: "integer",
  default: 1,
  min: 1,
  max: 100,
};

const PATHS = defineMeasure({
  id: "paths",
  name: "Paths",
  description:
    "The k shortest simple paths between two entities; with a date, time-respecting (every relation on them holds on it)",
  family: "paths",
  parameters: [
    SOURCE,
    TARGET,
    { ...AT, description: "Only relations holding on this EDTF date (default: ignore dates)" },
    KINDS,
    LAYER,
    CERTAIN,
    K,
    DIRECTED,
  ],
  run(kg, values) {
    const scope = values.at ? ({ kind: "at", date: values.at } as const) : ({ kind: "always" } as const);
    const answer = findPaths(kg, values.source, values.target, {
      scope,
      kinds: values.kinds,
      layer: values.layer,
      certainOnly: values.certain,
      k: values.k,
      directed: values.directed,
    });
    return {
      family: "paths",
      source: values.source,
      target: values.target,
      scope: scopeJson(scope),
      ...answer,
    };
  },
});

const RESOLUTION: NumberParameter<"resolution", number> = {
  id: "resolution",
  label: "Resolution",
  description: "Louvain resolution: above 1 splits into more, smaller blocs",
  type: "number",
  default: 1,
  min: 0,
  exclusive: true,
};
const SEED: NumberParameter<"seed", number> = {
  id: "seed",
  label: "Seed",
  description: "Seed of Louvain's random order (the same seed gives the same blocs)",
  type: "integer",
  default: 1,
};

const BLOCS = defineMeasure({
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
    RESOLUTION,
    SEED,
  ],
  run(kg, values) {
    const answer = findBlocs(kg, {
      scope: scopeOf(values),
      kinds: values.kinds,
      certainOnly: values.certain,
      resolution: values.resolution,
      seed: values.seed,
    });
    return { family: "blocs", ...answer };
  },
});

const BALANCE = defineMeasure({
  id: "balance",
  name: "Structural balance",
  description:
    "Cooperative relations +1, hostile −1 between actors: the unbalanced triads and the share of balanced ones",
  family: "balance",
  parameters: [AT, FROM, TO, KINDS, CERTAIN],
  run(kg, values) {
    const answer = structuralBalance(kg, {
      scope: scopeOf(values),
      kinds: values.kinds,
      certainOnly: values.certain,
    });
    return { family: "balance", ...answer };
  },
});

const ENTITY: RequiredParameter<EntityParameter<"entity">> = {
  id: "entity",
  label: "Entity",
  description: "Entity id whose history to tell",
  type: "entity",
  default: null,
  required: true,
};
const OTHER: EntityParameter<"other"> = {
  id: "other",
  label: "With entity",
  description: "Only relations with this entity",
  type: "entity",
  default: null,
};

const TIMELINE = defineMeasure({
  id: "timeline",
  name: "Timeline",
  description: "The relations of an entity, or between two entities, in date order with their evidence",
  family: "timeline",
  parameters: [
    ENTITY,
    OTHER,
    { ...FROM, description: "Only relations holding at some time from this date (EDTF, inclusive)" },
    { ...TO, description: "… up to this date (EDTF, inclusive)" },
    KINDS,
  ],
  run(kg, values) {
    const answer = timeline(kg, {
      entity: values.entity,
      other: values.other,
      kinds: values.kinds,
      scope: scopeOf(values),
    });
    return { family: "timeline", ...answer };
  },
});

const BEFORE: RequiredParameter<DateParameter<"before">> = {
  id: "before",
  label: "Earlier date",
  description: "EDTF date to compare from",
  type: "date",
  default: null,
  required: true,
};
const AFTER: RequiredParameter<DateParameter<"after">> = {
  id: "after",
  label: "Later date",
  description: "EDTF date to compare to",
  type: "date",
  default: null,
  required: true,
};

const DIFF = defineMeasure({
  id: "diff",
  name: "Change between dates",
  description:
    "States that began, ended or came and went between two dates, the events in between, and pairs whose tone changed",
  family: "diff",
  parameters: [BEFORE, AFTER, KINDS, CERTAIN],
  run(kg, values) {
    const answer = diffDates(kg, {
      before: values.before,
      after: values.after,
      kinds: values.kinds,
      certainOnly: values.certain,
    });
    return { family: "diff", ...answer };
  },
});

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
  if (!measure) throw badInput(`no measure "${id}"; measures: ${MEASURES.map((m) => m.id).join(", ")}`);
  return measure.run(kg, given);
}
