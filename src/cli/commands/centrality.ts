import type { MeasureSpec } from "../../analysis/index.js";
import { CENTRALITY_MEASURES, MEASURES } from "../../analysis/index.js";
import { renderTable } from "../table.js";
import { analysisCommand, parameterHelp, scopeWords } from "./analysis-command.js";

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
export const centralityCommand = analysisCommand({
  family: "centrality",
  measure: { choices: CENTRALITY, default: "degree" },
  usage:
    "centrality --measure M [--at DATE | --from D1 --to D2] [--kinds K,…] [--layer cooperative|hostile|all] [--top N]",
  help: centralityHelp(),
  json: (result) => result.scores,
  render(result, { io, measure, value }) {
    const when = scopeWords(result.scope);
    if (result.scores.length === 0) {
      io.stdout.write(`${measure.name} ${when}: no relation selected, nobody to rank.\n`);
      return;
    }
    const kinds = value("kinds");
    const which = [
      `${String(value("layer"))} relations`,
      ...(Array.isArray(kinds) && kinds.length > 0 ? [`kinds ${kinds.join(", ")}`] : []),
      ...(value("certain") === true ? ["certain only"] : []),
    ];
    io.stdout.write(`${measure.name} ${when} (${which.join("; ")}):\n`);
    io.stdout.write(
      renderTable(
        ["RANK", "ID", "LABEL", "KIND", "SCORE"],
        result.scores.map((s, i) => [String(i + 1), s.id, s.label, s.kind, s.score.toFixed(4)]),
      ),
    );
  },
});
