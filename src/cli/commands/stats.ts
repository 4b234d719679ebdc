import type { Command } from "../command.js";
import { writeJson } from "../io.js";
import { loadKnowledgeGraph } from "../load-knowledge-graph.js";
import { renderTable } from "../table.js";

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * `faultline stats`: how much the files hold, by kind and status, and the span of their dates; the
 * controls derived from captures counted on a line of their own.
 */
export const statsCommand: Command = {
  usage: "stats",
  help: [],
  options: {},
  positionals: { min: 0, max: 0 },
  async run(args, io) {
    const kg = await loadKnowledgeGraph(args);
    const { entities, sources } = kg.dataset;
    // The relations' counts come from the summary the store keeps (no relation is decoded); the
    // controls the time model derives from captures are counted apart.
    const summary = kg.summary;
    const stats = {
      entities: entities.length,
      relations: summary.inFiles,
      derivedRelations: summary.derived,
      sources: sources.length,
      evidence: summary.evidence,
      entitiesByKind: countBy(entities, (e) => e.kind),
      relationsByKind: summary.byKind,
      relationsByStatus: summary.byStatus,
      span: summary.span,
    };
    if (args.json) {
      writeJson(io, stats);
      return 0;
    }
    const rows: string[][] = [
      ["entities", String(stats.entities)],
      ...Object.entries(stats.entitiesByKind).map(([k, n]) => [`  ${k}`, String(n)]),
      ["relations", String(stats.relations)],
      ...Object.entries(stats.relationsByKind).map(([k, n]) => [`  ${k}`, String(n)]),
      ...Object.entries(stats.relationsByStatus).map(([k, n]) => [`  status ${k}`, String(n)]),
      ["derived from captures", String(stats.derivedRelations)],
      ["sources", String(stats.sources)],
      ["pieces of evidence", String(stats.evidence)],
      ["dates from", stats.span.from ?? "-"],
      ["dates to", stats.span.to ?? "-"],
    ];
    io.stdout.write(renderTable(["WHAT", "COUNT"], rows));
    return 0;
  },
};
