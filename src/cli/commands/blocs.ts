import { measureById } from "../../analysis/index.js";
import { analysisCommand, parameterHelp, scopeWords } from "./analysis-command.js";

const BLOCS = measureById("blocs")!;

/** `faultline blocs --at DATE`: the blocs of actors that cooperate on a date. */
export const blocsCommand = analysisCommand({
  family: "blocs",
  measure: BLOCS,
  usage: "blocs [--at DATE | --from D1 --to D2] [--kinds K,…]",
  help: [
    ...parameterHelp(BLOCS.parameters),
    "Louvain runs on the actors (places left out) joined by cooperative relations (sign +1),",
    "each pair one edge weighted by its number of such relations; its random order is seeded.",
  ],
  render(result, { io }) {
    const when = scopeWords(result.scope);
    if (result.blocs.length === 0) {
      io.stdout.write(`No cooperative relation between actors ${when}: no blocs.\n`);
      return;
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
  },
});
