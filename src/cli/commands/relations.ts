import { claimants } from "../../graph/build-graph.js";
import { entityLabel } from "../../graph/entity-label.js";
import { badInput } from "../../faultline-error.js";
import { filterRelations } from "../../query/filter-relations.js";
import { basisText } from "../../time/basis-text.js";
import type { Command } from "../command.js";
import { writeJson } from "../io.js";
import { relationJson } from "../json-shapes.js";
import { loadKnowledgeGraph } from "../load-knowledge-graph.js";
import { DATE_OPTIONS, dateRangeOption, KINDS_OPTION, kindsOption, OPTION_HELP } from "../options.js";
import { resolveEntityArg } from "../resolve-entity-arg.js";
import { renderTable } from "../table.js";

/** `faultline relations [--kinds K,…] [--entity NAME] [--from DATE] [--to DATE]`. */
export const relationsCommand: Command = {
  usage: "relations [--kinds K,…] [--entity NAME] [--from DATE] [--to DATE] [--certain]",
  help: [
    OPTION_HELP.kinds,
    "--entity NAME only relations with this entity at either end",
    OPTION_HELP.from,
    OPTION_HELP.to,
    "--certain     with a date range: only relations that certainly hold in it (BASIS says why)",
  ],
  options: {
    ...KINDS_OPTION,
    entity: { type: "string" },
    from: DATE_OPTIONS.from,
    to: DATE_OPTIONS.to,
    certain: { type: "boolean" },
  },
  positionals: { min: 0, max: 0 },
  async run(args, io) {
    const kinds = kindsOption(args);
    const range = dateRangeOption(args);
    const kg = await loadKnowledgeGraph(args);
    const entityName = args.values.entity;
    const entity = typeof entityName === "string" ? resolveEntityArg(kg, entityName, io) : undefined;
    const certainOnly = args.values.certain === true;
    if (certainOnly && !range) throw badInput("--certain needs a date range (--from and/or --to)");
    const hits = filterRelations(kg, { kinds, entity: entity?.id, range }).filter(
      (h) => !certainOnly || h.certainty === "certain",
    );
    if (args.json) {
      writeJson(
        io,
        hits.map((h) =>
          relationJson(h.relation, range ? h.certainty : undefined, range ? h.basis : undefined),
        ),
      );
      return 0;
    }
    if (hits.length === 0) {
      io.stdout.write("No relations match.\n");
      return 0;
    }
    const label = (id: string) => entityLabel(kg, id);
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
          ...(range ? ["CERTAINTY", "BASIS"] : []),
          "EVIDENCE",
        ],
        hits.map(({ relation: r, certainty, basis }) => [
          r.id,
          r.kind,
          label(r.source),
          label(r.target),
          r.timing.start?.text ?? "…",
          r.timing.end?.text ?? "…",
          r.status,
          claimants(r).join(", ") || "-",
          ...(range ? [certainty ?? "", basis ? basisText(basis, label) : ""] : []),
          r.evidence.map((e) => (e.paragraph ? `${e.source} ¶${e.paragraph}` : e.source)).join("; "),
        ]),
      ),
    );
    io.stdout.write(`${hits.length} relation(s)\n`);
    return 0;
  },
};
