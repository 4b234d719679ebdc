import type { MeasureDescription, MeasureFamily } from "../../analysis/index.js";
import { describeMeasures } from "../../analysis/index.js";
import { noMatch } from "../../faultline-error.js";
import type { Command } from "../command.js";
import { writeJson } from "../io.js";
import { renderTable } from "../table.js";
import { parameterHelp } from "./analysis-command.js";

/** The command line that runs a measure of each family. */
const COMMAND_OF: Record<MeasureFamily, (id: string) => string> = {
  centrality: (id) => `centrality --measure ${id}`,
  paths: () => "path A B",
  blocs: () => "blocs",
  balance: () => "balance",
  timeline: () => "timeline A [B]",
  diff: () => "diff D1 D2",
};

function details(m: MeasureDescription): string {
  return [
    `${m.name} (${m.id}): ${m.description}`,
    `Run: faultline ${COMMAND_OF[m.family](m.id)}`,
    "Parameters:",
    ...parameterHelp(m.parameters).map((line, i) => {
      const p = m.parameters[i]!;
      return `  ${line}${p.required ? " [required]" : ""}${p.type === "entity" ? " [entity: a positional name on the command line]" : ""}`;
    }),
    "",
  ].join("\n");
}

/** `faultline measures [ID]`: the registry of analysis measures, as the CLI and the web page share it. */
export const measuresCommand: Command = {
  usage: "measures [ID]",
  help: ["ID   show one measure's parameters, defaults and allowed values"],
  options: {},
  positionals: { min: 0, max: 1 },
  async run(args, io) {
    const all = describeMeasures();
    const id = args.positionals[0];
    const chosen = id === undefined ? all : all.filter((m) => m.id === id);
    if (chosen.length === 0)
      throw noMatch(`No measure "${id}"; measures: ${all.map((m) => m.id).join(", ")}`);
    if (args.json) {
      writeJson(io, id === undefined ? chosen : chosen[0]);
      return 0;
    }
    if (id !== undefined) {
      io.stdout.write(details(chosen[0]!));
      return 0;
    }
    io.stdout.write(
      renderTable(
        ["ID", "NAME", "COMMAND", "PARAMETERS"],
        chosen.map((m) => [
          m.id,
          m.name,
          `faultline ${COMMAND_OF[m.family](m.id)}`,
          m.parameters.map((p) => p.id).join(", "),
        ]),
      ),
    );
    return 0;
  },
};
