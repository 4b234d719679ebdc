import type { ParseArgsConfig } from "node:util";
import { entityLabel } from "../../graph/entity-label.js";
import type {
  AnalysisResult,
  AnyParameterValue,
  MeasureFamily,
  MeasureSpec,
  ParameterSpec,
  RelationRef,
  ScopeJson,
} from "../../analysis/index.js";
import { describeScope, readParameter, runMeasure, timeScope } from "../../analysis/index.js";
import { parseQueryDate } from "../../query/query-date.js";
import type { FaultlineError } from "../../faultline-error.js";
import { badInput, isFaultlineError, noMatch } from "../../faultline-error.js";
import type { KnowledgeGraph } from "../../graph/knowledge-graph.js";
import type { Entity } from "../../model/core.js";
import { RELATION_KINDS } from "../../model/core.js";
import type { Command, CommandArgs } from "../command.js";
import { COMMON_OPTIONS } from "../command.js";
import type { CliIo } from "../io.js";
import { writeJson } from "../io.js";
import { loadKnowledgeGraph } from "../load-knowledge-graph.js";
import { DATE_OPTIONS, KINDS_OPTION } from "../options.js";
import { resolveEntityArg } from "../resolve-entity-arg.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** The answer of a measure family. */
export type FamilyResult<F extends MeasureFamily> = Extract<AnalysisResult, { family: F }>;

/** What a renderer is given besides the answer: the graph, where to write, the raw option values. */
export interface RenderContext {
  readonly kg: KnowledgeGraph;
  readonly io: CliIo;
  readonly args: CommandArgs;
  /** The parameter values given on the command line, by parameter id (text, as typed). */
  readonly given: Readonly<Record<string, unknown>>;
  /** The entities the positional names resolved to, in order (for measures that take entities). */
  readonly entities: readonly Entity[];
  /** The measure that ran. */
  readonly measure: MeasureSpec;
  /** A parameter's value as the measure read it (its default when not given). */
  readonly value: (id: string) => AnyParameterValue;
}

/**
 * What one analysis command adds to the shared body (parse options → check them → load the graph
 * → resolve names → run the measure → print): its measure, help, positional parameters and how to
 * print the answer. Everything else comes from the measure's entry in the registry.
 */
export interface AnalysisCommandSpec<F extends MeasureFamily> {
  readonly family: F;
  /** The measure to run, or the measures to choose from by `--measure` (centrality). */
  readonly measure: MeasureSpec | { readonly choices: readonly MeasureSpec[]; readonly default: string };
  readonly usage: string;
  readonly help: readonly string[];
  /**
   * Parameters given as positional arguments, in order (`path A B` gives source and target). An
   * entity parameter's name is resolved to its id once the data is loaded; others are passed as text.
   */
  readonly positionals?: readonly string[];
  /** How many of the positional parameters may be left out at the end (timeline's B). */
  readonly optionalPositionals?: number;
  /** Whether the positional entities must be distinct (a path from an entity to itself is no question). */
  readonly distinctEntities?: boolean;
  /** The JSON answer (default: the result without its family tag). */
  readonly json?: (result: FamilyResult<F>) => unknown;
  /** When there is no answer, why (exit 1 after the JSON, if asked for, is written); null otherwise. */
  readonly noAnswer?: (result: FamilyResult<F>, context: RenderContext) => string | null;
  /** Prints the answer in words and tables. */
  readonly render: (result: FamilyResult<F>, context: RenderContext) => void;
}

/** The parseArgs option of one parameter: the shared date and kinds options, a flag, or text. */
function parameterOption(p: ParameterSpec): Options[string] {
  if (p.type === "date") return DATE_OPTIONS.at;
  if (p.type === "kinds") return KINDS_OPTION.kinds;
  return p.type === "boolean" ? { type: "boolean" } : { type: "string" };
}

/** The parseArgs options of the parameters of some measures, except the positional ones. */
export function parameterOptions(measures: readonly MeasureSpec[], skip: readonly string[] = []): Options {
  const options: Options = {};
  for (const p of measures.flatMap((m) => m.parameters))
    if (!skip.includes(p.id)) options[p.id] = parameterOption(p);
  return options;
}

const METAVAR: Record<ParameterSpec["type"], string> = {
  date: "DATE",
  entity: "NAME",
  kinds: "K,…",
  choice: "",
  integer: "N",
  number: "X",
  boolean: "",
};

/** One help line per parameter, from the registry: option, description, allowed values and default. */
export function parameterHelp(
  parameters: readonly ParameterSpec[],
  note?: (p: ParameterSpec) => string,
): string[] {
  const head = (p: ParameterSpec) =>
    `--${p.id}${p.type === "choice" ? ` ${p.allowed.join("|")}` : METAVAR[p.type] ? ` ${METAVAR[p.type]}` : ""}`;
  const width = Math.max(...parameters.map((p) => head(p).length));
  return parameters.map((p) => {
    const shown = Array.isArray(p.default) ? p.default.join(",") : p.default;
    const fallback = shown === null || shown === "" || shown === false ? "" : ` (default ${String(shown)})`;
    return `${head(p).padEnd(width)}  ${p.description}${fallback}${note ? note(p) : ""}`;
  });
}

/** An analysis input problem as a command-line one: `at: …` becomes `--at: …`. */
function asOptionProblems(measure: MeasureSpec, error: FaultlineError): string[] {
  return error.problems.map((p) => {
    const id = /^([\w-]+): /.exec(p)?.[1];
    return id && measure.parameters.some((q) => q.id === id) ? `--${p}` : p;
  });
}

/** Runs a measure of the registry; its input problems end the command with exit 2, all listed as options. */
function runMeasureArgs(
  kg: KnowledgeGraph,
  measure: MeasureSpec,
  given: Readonly<Record<string, unknown>>,
): AnalysisResult {
  try {
    return runMeasure(kg, measure.id, given);
  } catch (error) {
    if (isFaultlineError(error, "bad-input")) throw badInput(asOptionProblems(measure, error));
    throw error;
  }
}

/** The measure a command line asks for: the command's own, or the one `--measure` names. */
function chosenMeasure(
  spec: Pick<AnalysisCommandSpec<MeasureFamily>, "family" | "measure">,
  args: CommandArgs,
): MeasureSpec {
  if (!("choices" in spec.measure)) return spec.measure;
  const { choices } = spec.measure;
  const id = typeof args.values.measure === "string" ? args.values.measure : spec.measure.default;
  const measure = choices.find((m) => m.id === id);
  if (!measure) {
    throw badInput(
      `--measure: "${id}" is not a ${spec.family} measure; measures: ${choices.map((m) => m.id).join(", ")}`,
    );
  }
  return measure;
}

/**
 * The parameter values an analysis command line gives, by parameter id (the options have the same
 * names); positional non-entity parameters (diff's dates) are added as text. An option the measure
 * does not take is bad input; the values are checked before the data is read, so a bad option is
 * exit 2 whatever the names say.
 */
function givenParameters(
  measure: MeasureSpec,
  positionals: readonly string[],
  args: CommandArgs,
): Record<string, unknown> {
  const given: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [id, value] of Object.entries(args.values)) {
    if (value === undefined || id in COMMON_OPTIONS || id === "measure") continue;
    if (measure.parameters.some((p) => p.id === id)) given[id] = value;
    else problems.push(`--${id} does not apply to ${measure.id}`);
  }
  positionals.forEach((id, i) => {
    const spec = measure.parameters.find((p) => p.id === id);
    if (spec && spec.type !== "entity" && args.positionals[i] !== undefined) given[id] = args.positionals[i];
  });
  for (const spec of measure.parameters) {
    if (spec.type === "entity" || given[spec.id] === undefined) continue;
    const read = readParameter(spec, given[spec.id]);
    if (!read.ok) problems.push(positionals.includes(spec.id) ? read.reason : `--${read.reason}`);
  }
  if (problems.length > 0) throw badInput(problems);
  return given;
}

/** Makes an analysis command: the shared body around the spec's measure, help and renderer. */
export function analysisCommand<F extends MeasureFamily>(spec: AnalysisCommandSpec<F>): Command {
  const positionals = spec.positionals ?? [];
  const measures = "choices" in spec.measure ? spec.measure.choices : [spec.measure];
  return {
    usage: spec.usage,
    help: spec.help,
    options: {
      ...("choices" in spec.measure ? { measure: { type: "string" } } : {}),
      ...parameterOptions(measures, positionals),
    },
    positionals: { min: positionals.length - (spec.optionalPositionals ?? 0), max: positionals.length },
    async run(args, io) {
      const measure = chosenMeasure(spec, args);
      const given = givenParameters(measure, positionals, args);
      const kg = await loadKnowledgeGraph(args);
      const entities: Entity[] = [];
      positionals.forEach((id, i) => {
        const name = args.positionals[i];
        if (name === undefined || measure.parameters.find((p) => p.id === id)?.type !== "entity") return;
        const entity = resolveEntityArg(kg, name, io);
        given[id] = entity.id;
        entities.push(entity);
      });
      if (spec.distinctEntities && entities.length === 2 && entities[0]!.id === entities[1]!.id) {
        throw badInput(
          `"${args.positionals[0]}" and "${args.positionals[1]}" are the same entity (${entities[0]!.id})`,
        );
      }
      const result = runMeasureArgs(kg, measure, given);
      if (result.family !== spec.family)
        throw new Error(`expected a ${spec.family} answer, got ${result.family}`);
      // The family tag was just checked; TypeScript does not narrow a union by a generic tag.
      const answer = result as FamilyResult<F>;
      const value = (id: string): AnyParameterValue => {
        const parameter = measure.parameters.find((p) => p.id === id);
        const read = parameter ? readParameter(parameter, given[id]) : null;
        return read?.ok ? read.value : null;
      };
      const context: RenderContext = { kg, io, args, given, entities, measure, value };
      if (args.json) {
        const { family: _family, ...rest } = answer;
        writeJson(io, spec.json ? spec.json(answer) : rest);
      }
      const why = spec.noAnswer?.(answer, context) ?? null;
      if (why !== null) throw noMatch(why);
      if (!args.json) spec.render(answer, context);
      return 0;
    },
  };
}

/** The date or window of an answer in words: "on 2024-12-01", "from 2024-11-27 to 2024-12-01", "over all dates". */
export function scopeWords(scope: ScopeJson): string {
  const date = (text: string | null | undefined) => (text ? parseQueryDate(text) : null);
  return describeScope(timeScope(date(scope.at), date(scope.from), date(scope.to)));
}

/** When a relation holds, for a table: the date of an event, `start – end` of a state (… when open). */
export function relationDates(ref: RelationRef): string {
  const temporality = RELATION_KINDS[ref.kind].temporality;
  if (temporality === "static") return "always";
  if (temporality === "event") return ref.start ?? "undated";
  return `${ref.start ?? "…"} – ${ref.end ?? "…"}`;
}

/** An entity's label and id, as `Label (id)`. */
export function labelled(kg: KnowledgeGraph, id: string): string {
  return `${entityLabel(kg, id)} (${id})`;
}
