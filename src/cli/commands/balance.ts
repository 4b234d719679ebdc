import type { SignedPair, Triad } from "../../analysis/index.js";
import { entityLabel } from "../../graph/entity-label.js";
import { measureById } from "../../analysis/index.js";
import type { KnowledgeGraph } from "../../graph/knowledge-graph.js";
import { analysisCommand, parameterHelp, scopeWords } from "./analysis-command.js";

const BALANCE = measureById("balance")!;

function pairText(kg: KnowledgeGraph, p: SignedPair): string {
  const label = (id: string) => entityLabel(kg, id);
  const signs = [
    ...(p.cooperative.length > 0 ? [`+ ${p.cooperative.join(", ")}`] : []),
    ...(p.hostile.length > 0 ? [`− ${p.hostile.join(", ")}`] : []),
  ];
  return `${label(p.a)} – ${label(p.b)}: ${signs.join("; ")}`;
}

function triadText(kg: KnowledgeGraph, t: Triad): string {
  const [x, y, z] = t.entities.map((id) => entityLabel(kg, id));
  const words =
    t.type === "++-"
      ? `${x} cooperates with both ${y} and ${z}, who are hostile to each other`
      : `${x}, ${y} and ${z} are all hostile to one another (balanced only in the weak sense: three camps)`;
  return [`  ${t.type}  ${words}`, ...t.pairs.map((p) => `         ${pairText(kg, p)}`)].join("\n");
}

/** `faultline balance --at DATE`: structural balance of the actors' signed graph on a date. */
export const balanceCommand = analysisCommand({
  family: "balance",
  measure: BALANCE,
  usage: "balance [--at DATE | --from D1 --to D2] [--kinds K,…]",
  help: [
    ...parameterHelp(BALANCE.parameters),
    "Cooperative relations are +1 and hostile ones −1, between actors (places left out), each",
    "pair signed once. A triad is balanced when the product of its signs is positive (+++ or +−−).",
    "Pairs with relations of both signs are listed as ambivalent and sign no triad.",
  ],
  render(result, { kg, io }) {
    const { triads, pairs } = result;
    const lines = [
      `Structural balance ${scopeWords(result.scope)}:`,
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
  },
});
