import type { EntityPath } from "../../analysis/index.js";
import { measureById } from "../../analysis/index.js";
import type { KnowledgeGraph } from "../../graph/knowledge-graph.js";
import { RELATION_KINDS } from "../../model/index.js";
import { badInput, noMatch } from "../../faultline-error.js";
import type { Command } from "../command.js";
import { writeJson } from "../io.js";
import { loadKnowledgeGraph } from "../load-knowledge-graph.js";
import { resolveEntityArg } from "../resolve-entity-arg.js";
import {
  checkOptions,
  expectFamily,
  parameterHelp,
  parameterOptions,
  parametersFromArgs,
  relationDates,
  runMeasureArgs,
} from "./analysis-command.js";
import { relationRef } from "../../analysis/index.js";

const PATHS = measureById("paths")!;

/** One hop drawn the way its relation points: `A --backs--> B`, `A <--backs-- B`, `A --allied-with-- B`. */
function hopText(kg: KnowledgeGraph, from: string, to: string, relationId: string): string {
  const r = kg.relations.get(relationId)!;
  const label = (id: string) => kg.entities.get(id)?.label ?? id;
  const arrow =
    RELATION_KINDS[r.kind].direction === "symmetric"
      ? `--${r.kind}--`
      : r.source === from
        ? `--${r.kind}-->`
        : `<--${r.kind}--`;
  return `${label(from)} ${arrow} ${label(to)}`;
}

function pathText(kg: KnowledgeGraph, path: EntityPath, n: number): string {
  const hops = path.relations.map((id, i) => {
    const r = kg.relations.get(id)!;
    const ref = relationRef(r, null);
    return `     ${hopText(kg, path.entities[i]!, path.entities[i + 1]!, id)}   [${id}; ${relationDates(ref)}; ${r.status}]`;
  });
  const certainty = path.certainty ? `, ${path.certainty}` : "";
  return [`${n}. ${path.relations.length} step(s)${certainty}`, ...hops].join("\n");
}

/** `faultline path A B [--at DATE] [--kinds K,…] [--k N]`: how one entity is connected to another. */
export const pathCommand: Command = {
  usage: "path A B [--at DATE] [--kinds K,…] [--k N]",
  help: [
    "A, B          entity names (any alias, case or accents)",
    ...parameterHelp(PATHS.parameters.filter((p) => p.type !== "entity")),
    "With --at every relation on a path holds on DATE (certain: surely; possible: only for some",
    "reading of the dates). Relations link both ends unless --directed; parallel relations make",
    "one step, shown by the firmest (certain, then reported before claimed before disputed).",
    "Exit 1 when no path exists.",
  ],
  options: parameterOptions([PATHS], ["source", "target"]),
  positionals: { min: 2, max: 2 },
  async run(args, io) {
    const given = parametersFromArgs(PATHS, args);
    checkOptions(PATHS, given);
    const kg = await loadKnowledgeGraph(args.dataDir);
    const source = resolveEntityArg(kg, args.positionals[0]!, io);
    const target = resolveEntityArg(kg, args.positionals[1]!, io);
    if (source.id === target.id) {
      throw badInput(
        `"${args.positionals[0]}" and "${args.positionals[1]}" are the same entity (${source.id})`,
      );
    }
    const result = expectFamily(
      runMeasureArgs(kg, PATHS, { ...given, source: source.id, target: target.id }),
      "paths",
    );
    const when = result.scope.at ? ` on ${result.scope.at}` : "";
    if (args.json)
      writeJson(io, { paths: result.paths, ...(result.reason ? { reason: result.reason } : {}) });
    if (result.paths.length === 0) {
      throw noMatch(`No path from ${source.label} to ${target.label}: ${result.reason}.`);
    }
    if (!args.json) {
      io.stdout.write(
        `${result.paths.length} path(s) from ${source.label} (${source.id}) to ${target.label} (${target.id})${when}${
          result.scope.at ? " (time-respecting)" : " (dates ignored)"
        }:\n`,
      );
      io.stdout.write(`${result.paths.map((p, i) => pathText(kg, p, i + 1)).join("\n")}\n`);
    }
    return 0;
  },
};
