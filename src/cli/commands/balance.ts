import type { SignedPair, Triad } from "../../analysis/index.js";
import { measureById } from "../../analysis/index.js";
import type { KnowledgeGraph } from "../../graph/knowledge-graph.js";
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
import { scopeWords } from "./blocs.js";

const BALANCE = measureById("balance")!;

function pairText(kg: KnowledgeGraph, p: SignedPair): string {
  const label = (id: string) => kg.entities.get(id)?.label ?? id;
  const signs = [
    ...(p.cooperative.length > 0 ? [`+ ${p.cooperative.join(", ")}`] : []),
    ...(p.hostile.length > 0 ? [`− ${p.hostile.join(", ")}`] : []),
  ];
  return `${label(p.a)} – ${label(p.b)}: ${signs.join("; ")}`;
}

function triadText(kg: KnowledgeGraph, t: Triad): string {
  const [x, y, z] = t.entities.map((id) => kg.entities.get(id)?.label ?? id);
  const words =
    t.type === "++-"
      ? `${x} cooperates with both ${y} and ${z}, who are hostile to each other`
      : `${x}, ${y} and ${z} are all hostile to one another (balanced only in the weak sense: three camps)`;
  return [`  ${t.type}  ${words}`, ...t.pairs.map((p) => `         ${pairText(kg, p)}`)].join("\n");
}

/** `faultline balance --at DATE`: structural balance of the actors' signed graph on a date. */
export const balanceCommand: Command = {
  usage: "balance [--at DATE | --from D1 --to D2] [--kinds K,…]",
  help: [
    ...parameterHelp(BALANCE.parameters),
    "Cooperative relations are +1 and hostile ones −1, between actors (places left out), each",
    "pair signed once. A triad is balanced when the product of its signs is positive (+++ or +−−).",
    "Pairs with relations of both signs are listed as ambivalent and sign no triad.",
  ],
  options: parameterOptions([BALANCE]),
  positionals: { min: 0, max: 0 },
  async run(args, io) {
    const given = parametersFromArgs(BALANCE, args);
    checkOptions(BALANCE, given);
    const kg = await loadKnowledgeGraph(args.dataDir);
    const result = expectFamily(runMeasureArgs(kg, BALANCE, given), "balance");
    if (args.json) {
      const { family: _family, ...answer } = result;
      writeJson(io, answer);
      return 0;
    }
    const { triads, pairs } = result;
    const lines = [
      `Structural balance ${scopeWords(given)}:`,
      `  signed pairs: ${pairs.cooperative} cooperative, ${pairs.hostile} hostile, ${pairs.ambivalent} ambivalent`,
      triads.total === 0
        ? "  no triad of three actors all signed to one another: no balance score"
        : `  triads: ${triads.total} (+++ ${triads["+++"]}, +−− ${triads["+--"]}, ++− ${triads["++-"]}, −−− ${triads["---"]}); balance score ${result.score!.toFixed(3)} (weak balance ${result.weakScore!.toFixed(3)})`,
    ];
    if (result.unbalanced.length > 0) {
      lines.push("", "Unbalanced triads:", ...result.unbalanced.map((t) => triadText(kg, t)));
    }
    if (result.ambivalent.length > 0) {
      lines.push(
        "",
        "Ambivalent pairs (cooperative and hostile at once; left out of the triads):",
        ...result.ambivalent.map((p) => `  ${pairText(kg, p)}`),
      );
    }
    io.stdout.write(`${lines.join("\n")}\n`);
    return 0;
  },
};
