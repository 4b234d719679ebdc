import { resolve } from "node:path";
import { loadGraphData } from "../../data/load-graph-data.js";
import { formatProblem } from "../../data/problem.js";
import { EXIT } from "../exit-codes.js";
import type { Command } from "../command.js";
import { writeJson } from "../io.js";

/** `faultline check [DIR]`: validates a graph-data folder and prints every problem. */
export const checkCommand: Command = {
  name: "check",
  summary: "Validate graph-data (or DIR) and print every problem; exit 2 if any",
  usage: "check [DIR]",
  help: ["DIR   the graph-data folder to check (default: the shipped one, or --data)"],
  options: {},
  positionals: { min: 0, max: 1 },
  async run(args, io) {
    const dir = args.positionals[0] ? resolve(args.positionals[0]) : args.dataDir;
    const result = await loadGraphData(dir);
    if (args.json) {
      writeJson(io, { ok: result.problems.length === 0, files: result.files, problems: result.problems });
    } else if (result.problems.length === 0) {
      const d = result.dataset!;
      io.stdout.write(
        `OK: ${result.files.length} files, ${d.sources.length} sources, ${d.entities.length} entities, ${d.relations.length} relations.\n`,
      );
    } else {
      for (const p of result.problems) io.stderr.write(`${formatProblem(p)}\n`);
      io.stderr.write(`${result.problems.length} problem(s) in ${result.files.length} file(s).\n`);
    }
    return result.problems.length === 0 ? EXIT.ok : EXIT.badInput;
  },
};
