import type { MeasureSpec } from "../../analysis/index.js";
import {
  CENTRALITY_MEASURES,
  flagValue,
  listValue,
  MEASURES,
  measureById,
  readParameters,
  textValue,
} from "../../analysis/index.js";
import { describeScope, timeScope } from "../../analysis/index.js";
import { parseQueryDate } from "../../query/query-date.js";
import { badInput } from "../../faultline-error.js";
import type { Command } from "../command.js";
import { writeJson } from "../io.js";
import { loadKnowledgeGraph } from "../load-knowledge-graph.js";
import { renderTable } from "../table.js";
import {
  checkOptions,
  expectFamily,
  parameterHelp,
  parameterOptions,
  parametersFromArgs,
  runMeasureArgs,
} from "./analysis-command.js";

const CENTRALITY: readonly MeasureSpec[] = MEASURES.filter((m) => m.family === "centrality");

/** Every parameter of the centrality measures once, each saying which measures take it when not all do. */
function centralityHelp(): string[] {
  const seen = new Map<string, MeasureSpec[]>();
  for (const m of CENTRALITY) for (const p of m.parameters) seen.set(p.id, [...(seen.get(p.id) ?? []), m]);
  const parameters = [
    ...new Map(CENTRALITY.flatMap((m) => m.parameters.map((p) => [p.id, p] as const))).values(),
  ];
  return [
    `--measure M   ${CENTRALITY_MEASURES.join(", ")} (default degree):`,
    ...CENTRALITY.map((m) => `  ${m.id.padEnd(12)}${m.description}`),
    ...parameterHelp(parameters, (p) =>
      seen.get(p.id)!.length === CENTRALITY.length
        ? ""
        : ` [${seen
            .get(p.id)!
            .map((m) => m.id)
            .join(", ")} only]`,
    ),
    "Without --at or --from/--to, every relation counts whatever its dates.",
    "Entities are those the chosen relations touch; parallel relations between a pair count once",
    "(weighted by their number for pagerank and eigenvector); a symmetric relation links both ways.",
  ];
}

/** `faultline centrality --measure M [--at DATE | --from D1 --to D2] [--kinds K,…] [--layer L] [--top N]`. */
export const centralityCommand: Command = {
  usage:
    "centrality --measure M [--at DATE | --from D1 --to D2] [--kinds K,…] [--layer cooperative|hostile|all] [--top N]",
  help: centralityHelp(),
  options: { measure: { type: "string" }, ...parameterOptions(CENTRALITY) },
  positionals: { min: 0, max: 0 },
  async run(args, io) {
    const id = typeof args.values.measure === "string" ? args.values.measure : "degree";
    const measure = measureById(id);
    if (!measure || measure.family !== "centrality") {
      throw badInput(
        `--measure: "${id}" is not a centrality measure; measures: ${CENTRALITY_MEASURES.join(", ")}`,
      );
    }
    const given = parametersFromArgs(measure, args, {}, ["measure"]);
    checkOptions(measure, given);
    const kg = await loadKnowledgeGraph(args.dataDir);
    const result = expectFamily(runMeasureArgs(kg, measure, given), "centrality");
    if (args.json) {
      writeJson(io, result.scores);
      return 0;
    }
    const date = (key: string) => (typeof given[key] === "string" ? parseQueryDate(given[key]) : null);
    const when = describeScope(timeScope(date("at"), date("from"), date("to")));
    if (result.scores.length === 0) {
      io.stdout.write(`${measure.name} ${when}: no relation selected, nobody to rank.\n`);
      return 0;
    }
    const values = readParameters(measure.parameters, given);
    const kinds = listValue(values, "kinds");
    const which = [
      `${textValue(values, "layer")} relations`,
      ...(kinds.length > 0 ? [`kinds ${kinds.join(", ")}`] : []),
      ...(flagValue(values, "certain") ? ["certain only"] : []),
    ];
    io.stdout.write(`${measure.name} ${when} (${which.join("; ")}):\n`);
    io.stdout.write(
      renderTable(
        ["RANK", "ID", "LABEL", "KIND", "SCORE"],
        result.scores.map((s, i) => [String(i + 1), s.id, s.label, s.kind, s.score.toFixed(4)]),
      ),
    );
    return 0;
  },
};
