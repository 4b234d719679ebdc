import { snapshotAt } from "../../query/snapshot.js";
import { badInput } from "../../faultline-error.js";
import type { Command } from "../command.js";
import { writeJson } from "../io.js";
import { relationJson } from "../json-shapes.js";
import { loadKnowledgeGraph } from "../load-knowledge-graph.js";
import { requireDateOption } from "../options.js";
import { renderTable } from "../table.js";

/** `faultline snapshot --at DATE [--window DAYS]`: every relation holding on a date. */
export const snapshotCommand: Command = {
  usage: "snapshot --at DATE [--window DAYS]",
  help: ["--at DATE      EDTF date", "--window DAYS  keep events up to DAYS either side of DATE (default 0)"],
  options: { at: { type: "string" }, window: { type: "string" } },
  positionals: { min: 0, max: 0 },
  async run(args, io) {
    const date = requireDateOption(args);
    const window = args.values.window === undefined ? 0 : Number(args.values.window);
    if (!Number.isInteger(window) || window < 0)
      throw badInput(`--window: "${args.values.window}" is not a whole number of days`);
    const kg = await loadKnowledgeGraph(args.dataDir);
    const snapshot = snapshotAt(kg, date, window);
    if (args.json) {
      writeJson(io, {
        date: date.text,
        window,
        relations: snapshot.relations.map((h) => relationJson(h.relation, h.certainty)),
      });
      return 0;
    }
    const label = (id: string) => kg.entities.get(id)?.label ?? id;
    io.stdout.write(
      `On ${date.text} (events within ${window} day(s)): ${snapshot.relations.length} relation(s)\n`,
    );
    io.stdout.write(
      renderTable(
        ["ID", "KIND", "SOURCE", "TARGET", "STATUS", "CERTAINTY"],
        snapshot.relations.map(({ relation: r, certainty }) => [
          r.id,
          r.kind,
          label(r.source),
          label(r.target),
          r.status,
          certainty,
        ]),
      ),
    );
    return 0;
  },
};
