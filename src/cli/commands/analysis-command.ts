import type { ParseArgsConfig } from "node:util";
import type { AnalysisResult, MeasureSpec, ParameterSpec, RelationRef } from "../../analysis/index.js";
import { readParameters, runMeasure } from "../../analysis/index.js";
import type { KnowledgeGraph } from "../../graph/knowledge-graph.js";
import { RELATION_KINDS } from "../../model/index.js";
import type { FaultlineError } from "../../faultline-error.js";
import { badInput, isFaultlineError } from "../../faultline-error.js";
import type { CommandArgs } from "../command.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** Options every command has (see COMMON_OPTIONS), which are no measure's parameters. */
const COMMON = new Set(["help", "json", "data"]);

/** The parseArgs options of the parameters of some measures: a flag for a boolean, text otherwise. */
export function parameterOptions(measures: readonly MeasureSpec[], skip: readonly string[] = []): Options {
  const options: Options = {};
  for (const p of measures.flatMap((m) => m.parameters)) {
    if (skip.includes(p.id)) continue;
    options[p.id] =
      p.type === "boolean"
        ? { type: "boolean" }
        : p.type === "kinds"
          ? { type: "string", multiple: true }
          : { type: "string" };
  }
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
    `--${p.id}${p.type === "choice" ? ` ${p.allowed!.join("|")}` : METAVAR[p.type] ? ` ${METAVAR[p.type]}` : ""}`;
  const width = Math.max(...parameters.map((p) => head(p).length));
  return parameters.map((p) => {
    const shown = Array.isArray(p.default) ? p.default.join(",") : p.default;
    const fallback = shown === null || shown === "" || shown === false ? "" : ` (default ${String(shown)})`;
    return `${head(p).padEnd(width)}  ${p.description}${fallback}${note ? note(p) : ""}`;
  });
}

/**
 * The parameter values a command line gives a measure, by parameter id (its options have the same
 * names), plus `extra` values the command worked out itself (resolved entity ids, positional dates).
 * An option the measure does not take is bad input (exit 2).
 */
export function parametersFromArgs(
  measure: MeasureSpec,
  args: CommandArgs,
  extra: Readonly<Record<string, unknown>> = {},
  ignore: readonly string[] = [],
): Record<string, unknown> {
  const given: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [id, value] of Object.entries(args.values)) {
    if (value === undefined || COMMON.has(id) || ignore.includes(id)) continue;
    if (measure.parameters.some((p) => p.id === id)) given[id] = value;
    else problems.push(`--${id} does not apply to ${measure.id}`);
  }
  if (problems.length > 0) throw badInput(problems.join("\n"));
  return { ...given, ...extra };
}

/** An analysis input problem as a command-line one: `at: …` becomes `--at: …`. */
function asOptionProblems(measure: MeasureSpec, error: FaultlineError): string {
  return error.problems
    .map((p) => {
      const id = /^([\w-]+): /.exec(p)?.[1];
      return id && measure.parameters.some((q) => q.id === id) ? `--${p}` : p;
    })
    .join("\n");
}

/**
 * Checks the options alone (not entity names, which need the data) before the data is read, so a
 * bad option is exit 2 whatever the names say.
 */
export function checkOptions(measure: MeasureSpec, given: Readonly<Record<string, unknown>>): void {
  const specs = measure.parameters.filter((p) => p.type !== "entity");
  try {
    readParameters(
      specs,
      Object.fromEntries(Object.entries(given).filter(([id]) => specs.some((p) => p.id === id))),
    );
  } catch (error) {
    if (isFaultlineError(error, "bad-input")) throw badInput(asOptionProblems(measure, error));
    throw error;
  }
}

/** Runs a measure of the registry; its input problems end the command with exit 2, all listed. */
export function runMeasureArgs(
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

/** Checks the answer is of the family a command expects (the registry ties both together). */
export function expectFamily<F extends AnalysisResult["family"]>(
  result: AnalysisResult,
  family: F,
): Extract<AnalysisResult, { family: F }> {
  if (result.family !== family) throw new Error(`expected a ${family} answer, got ${result.family}`);
  return result as Extract<AnalysisResult, { family: F }>;
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
  return `${kg.entities.get(id)?.label ?? id} (${id})`;
}
