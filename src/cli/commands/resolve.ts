import type { Command } from "../command.js";
import { writeJson } from "../io.js";
import { entityJson } from "../json-shapes.js";
import { loadKnowledgeGraph } from "../load-knowledge-graph.js";
import { noEntityMatches, resolverOf } from "../resolve-entity-arg.js";
import { renderTable } from "../table.js";

/** `faultline resolve NAME [--all]`: which entity a name denotes. */
export const resolveCommand: Command = {
  usage: "resolve NAME [--all]",
  help: ["--all   list every entity the name may denote, best first (e.g. Idlib city and Idlib province)"],
  options: { all: { type: "boolean" } },
  positionals: { min: 1, max: 1 },
  async run(args, io) {
    const kg = await loadKnowledgeGraph(args);
    const name = args.positionals[0]!;
    const resolution = resolverOf(kg).resolve(name);
    const { candidates } = resolution;
    if (candidates.length === 0) throw noEntityMatches(resolution);
    const chosen = args.values.all ? candidates : candidates.slice(0, 1);
    if (args.json) {
      writeJson(
        io,
        args.values.all ? chosen.map((c) => entityJson(c.entity)) : entityJson(chosen[0]!.entity),
      );
      return 0;
    }
    io.stdout.write(
      renderTable(
        ["ID", "LABEL", "KIND", "MATCHED", "ALIASES"],
        chosen.map((c) => [
          c.entity.id,
          c.entity.label,
          c.entity.kind,
          `${c.match}: ${c.matchedName}`,
          c.entity.aliases.join("; "),
        ]),
      ),
    );
    if (!args.values.all && candidates.length > 1) {
      io.stderr.write(
        `note: "${name}" may also denote ${candidates
          .slice(1)
          .map((c) => c.entity.id)
          .join(", ")}; use --all to list them.\n`,
      );
    }
    return 0;
  },
};
