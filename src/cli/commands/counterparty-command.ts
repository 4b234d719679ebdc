import type { KnowledgeGraph } from "../../graph/knowledge-graph.js";
import type { DayRange } from "../../graph/time-bounds.js";
import type { Counterparty } from "../../query/counterparties.js";
import { alliesOf, backedBy, backersOf } from "../../query/counterparties.js";
import type { Command } from "../command.js";
import { writeJson } from "../io.js";
import { counterpartyJson } from "../json-shapes.js";
import { loadKnowledgeGraph } from "../load-knowledge-graph.js";
import { requireDateOption } from "../options.js";
import { resolveEntityArg } from "../resolve-entity-arg.js";
import { renderTable } from "../table.js";

function counterpartyCommand(
  name: string,
  heading: string,
  query: (kg: KnowledgeGraph, id: string, date: DayRange) => Counterparty[],
): Command {
  return {
    usage: `${name} ENTITY --at DATE`,
    help: [
      "--at DATE   EDTF date: a day (2024-12-01), a month (2018-09) or a year (2019)",
      "A relation is `certain` when it holds on every day DATE may denote, `possible` when only on some.",
    ],
    options: { at: { type: "string" } },
    positionals: { min: 1, max: 1 },
    async run(args, io) {
      const date = requireDateOption(args);
      const kg = await loadKnowledgeGraph(args.dataDir);
      const entity = resolveEntityArg(kg, args.positionals[0]!, io, { actorsOnly: true });
      const answers = query(kg, entity.id, date);
      if (args.json) writeJson(io, answers.map(counterpartyJson));
      else if (answers.length === 0) io.stdout.write(`No ${heading} of ${entity.label} on ${date.text}.\n`);
      else {
        io.stdout.write(`${heading} of ${entity.label} (${entity.id}) on ${date.text}:\n`);
        io.stdout.write(
          renderTable(
            ["ID", "LABEL", "KIND", "CERTAINTY", "RELATIONS"],
            answers.map((a) => [
              a.entity.id,
              a.entity.label,
              a.entity.kind,
              a.certainty,
              a.relations.map((r) => r.id).join(", "),
            ]),
          ),
        );
      }
      return 0;
    },
  };
}

/** `faultline backers ENTITY --at DATE`. */
export const backersCommand = counterpartyCommand("backers", "Backers", backersOf);
/** `faultline backed ENTITY --at DATE`. */
export const backedCommand = counterpartyCommand("backed", "Clients", backedBy);
/** `faultline allies ENTITY --at DATE`. */
export const alliesCommand = counterpartyCommand("allies", "Allies", alliesOf);
