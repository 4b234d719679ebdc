import type { EntityPath } from "../../analysis/index.js";
import { entityLabel } from "../../graph/entity-label.js";
import { measureById, relationRef } from "../../analysis/index.js";
import type { KnowledgeGraph } from "../../graph/knowledge-graph.js";
import { RELATION_KINDS } from "../../model/core.js";
import { analysisCommand, parameterHelp, relationDates } from "./analysis-command.js";

const PATHS = measureById("paths")!;

/** One hop drawn the way its relation points: `A --backs--> B`, `A <--backs-- B`, `A --allied-with-- B`. */
function hopText(kg: KnowledgeGraph, from: string, to: string, relationId: string): string {
  const r = kg.relations.get(relationId)!;
  const label = (id: string) => entityLabel(kg, id);
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
export const pathCommand = analysisCommand({
  family: "paths",
  measure: PATHS,
  usage: "path A B [--at DATE] [--kinds K,…] [--k N]",
  help: [
    "A, B          entity names (any alias, case or accents)",
    ...parameterHelp(PATHS.parameters.filter((p) => p.type !== "entity")),
    "With --at every relation on a path holds on DATE (certain: surely; possible: only for some",
    "reading of the dates). Relations link both ends unless --directed; parallel relations make",
    "one step, shown by the firmest (certain, then reported before claimed before disputed).",
    "Exit 1 when no path exists.",
  ],
  positionals: ["source", "target"],
  distinctEntities: true,
  json: (result) => ({ paths: result.paths, ...(result.reason ? { reason: result.reason } : {}) }),
  noAnswer: (result, { entities: [source, target] }) =>
    result.paths.length === 0 ? `No path from ${source!.label} to ${target!.label}: ${result.reason}.` : null,
  render(result, { kg, io, entities: [source, target] }) {
    const when = result.scope.at ? ` on ${result.scope.at}` : "";
    io.stdout.write(
      `${result.paths.length} path(s) from ${source!.label} (${source!.id}) to ${target!.label} (${target!.id})${when}${
        result.scope.at ? " (time-respecting)" : " (dates ignored)"
      }:\n`,
    );
    io.stdout.write(`${result.paths.map((p, i) => pathText(kg, p, i + 1)).join("\n")}\n`);
  },
});
