import { claimants } from "../../graph/build-graph.js";
import type { RelationKind } from "../../model/index.js";
import { RELATION_KIND_IDS } from "../../model/index.js";
import { filterRelations } from "../../query/filter-relations.js";
import type { QueryDate } from "../../query/query-date.js";
import { parseQueryDate, queryRange } from "../../query/query-date.js";
import { badInput } from "../../faultline-error.js";
import type { Command } from "../command.js";
import { writeJson } from "../io.js";
import { relationJson } from "../json-shapes.js";
import { loadKnowledgeGraph } from "../load-knowledge-graph.js";
import { resolveEntityArg } from "../resolve-entity-arg.js";
import { renderTable } from "../table.js";

/** Parses comma-separated or repeated relation kinds, rejecting unknown ones (exit 2). */
export function parseKinds(value: unknown): RelationKind[] | undefined {
  if (value === undefined) return undefined;
  const raw = (Array.isArray(value) ? value : [value])
    .flatMap((v) => String(v).split(","))
    .map((k) => k.trim());
  const unknown = raw.filter((k) => !(RELATION_KIND_IDS as string[]).includes(k));
  if (unknown.length > 0)
    throw badInput(`unknown relation kind(s) ${unknown.join(", ")}; known: ${RELATION_KIND_IDS.join(", ")}`);
  return raw as RelationKind[];
}

function optionalDate(value: unknown, option: string): QueryDate | null {
  if (value === undefined) return null;
  try {
    return parseQueryDate(String(value));
  } catch (error) {
    throw badInput(`${option}: ${(error as Error).message}`);
  }
}

/** `faultline relations [--kind K] [--entity NAME] [--from DATE] [--to DATE]`. */
export const relationsCommand: Command = {
  usage: "relations [--kind K[,K…]] [--entity NAME] [--from DATE] [--to DATE]",
  help: [
    `--kind K      relation kinds, comma-separated or repeated: ${RELATION_KIND_IDS.join(", ")}`,
    "--entity NAME only relations with this entity at either end",
    "--from DATE   only relations holding at some time from this date (EDTF; inclusive)",
    "--to DATE     … up to the end of this date (inclusive; 2024-12 means to 31 December)",
  ],
  options: {
    kind: { type: "string", multiple: true },
    entity: { type: "string" },
    from: { type: "string" },
    to: { type: "string" },
  },
  positionals: { min: 0, max: 0 },
  async run(args, io) {
    const kinds = parseKinds(args.values.kind);
    const from = optionalDate(args.values.from, "--from");
    const to = optionalDate(args.values.to, "--to");
    let range: ReturnType<typeof queryRange> | undefined;
    try {
      range = from || to ? queryRange(from, to) : undefined;
    } catch (error) {
      throw badInput((error as Error).message);
    }
    const kg = await loadKnowledgeGraph(args.dataDir);
    const entityName = args.values.entity;
    const entity = typeof entityName === "string" ? resolveEntityArg(kg, entityName, io) : undefined;
    const hits = filterRelations(kg, { kinds, entity: entity?.id, range });
    if (args.json) {
      writeJson(
        io,
        hits.map((h) => relationJson(h.relation, range ? h.certainty : undefined)),
      );
      return 0;
    }
    if (hits.length === 0) {
      io.stdout.write("No relations match.\n");
      return 0;
    }
    const label = (id: string) => kg.entities.get(id)?.label ?? id;
    io.stdout.write(
      renderTable(
        [
          "ID",
          "KIND",
          "SOURCE",
          "TARGET",
          "START",
          "END",
          "STATUS",
          "CLAIMED BY",
          ...(range ? ["CERTAINTY"] : []),
          "EVIDENCE",
        ],
        hits.map(({ relation: r, certainty }) => [
          r.id,
          r.kind,
          label(r.source),
          label(r.target),
          r.timing.start?.text ?? "…",
          r.timing.end?.text ?? "…",
          r.status,
          claimants(r).join(", ") || "-",
          ...(range ? [certainty ?? ""] : []),
          r.evidence.map((e) => (e.paragraph ? `${e.source} ¶${e.paragraph}` : e.source)).join("; "),
        ]),
      ),
    );
    io.stdout.write(`${hits.length} relation(s)\n`);
    return 0;
  },
};
