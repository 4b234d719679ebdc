import { describeScope, measureById, timeScope } from "../../analysis/index.js";
import { parseQueryDate } from "../../query/query-date.js";
import type { Command } from "../command.js";
import { writeJson } from "../io.js";
import { loadKnowledgeGraph } from "../load-knowledge-graph.js";
import {
  checkOptions,
  expectFamily,
  parameterHelp,
  parameterOptions,
  parametersFromArgs,
  runMeasureArgs,
} from "./analysis-command.js";

const BLOCS = measureById("blocs")!;

/** Words for the date or window of a command's given values. */
export function scopeWords(given: Readonly<Record<string, unknown>>): string {
  const date = (key: string) => (typeof given[key] === "string" ? parseQueryDate(given[key]) : null);
  return describeScope(timeScope(date("at"), date("from"), date("to")));
}

/** `faultline blocs --at DATE`: the blocs of actors that cooperate on a date. */
export const blocsCommand: Command = {
  usage: "blocs [--at DATE | --from D1 --to D2] [--kinds K,…]",
  help: [
    ...parameterHelp(BLOCS.parameters),
    "Louvain runs on the actors (places left out) joined by cooperative relations (sign +1),",
    "each pair one edge weighted by its number of such relations; its random order is seeded.",
  ],
  options: parameterOptions([BLOCS]),
  positionals: { min: 0, max: 0 },
  async run(args, io) {
    const given = parametersFromArgs(BLOCS, args);
    checkOptions(BLOCS, given);
    const kg = await loadKnowledgeGraph(args.dataDir);
    const result = expectFamily(runMeasureArgs(kg, BLOCS, given), "blocs");
    if (args.json) {
      const { family: _family, ...answer } = result;
      writeJson(io, answer);
      return 0;
    }
    const when = scopeWords(given);
    if (result.blocs.length === 0) {
      io.stdout.write(`No cooperative relation between actors ${when}: no blocs.\n`);
      return 0;
    }
    io.stdout.write(
      `${result.blocs.length} bloc(s) ${when} (Louvain over cooperative relations between actors; modularity ${result.modularity!.toFixed(3)}):\n`,
    );
    result.blocs.forEach((bloc, i) => {
      io.stdout.write(
        `\nBloc ${i + 1}: ${bloc.members.length} member(s), ${bloc.internalRelations} cooperative relation(s) inside\n`,
      );
      for (const m of bloc.members) io.stdout.write(`  ${m.label} (${m.id}, ${m.kind})\n`);
    });
    return 0;
  },
};
