import { snapshotAt } from "../../query/snapshot.js";
import { entityLabel } from "../../graph/entity-label.js";
import { basisText, statusText } from "../../time/basis-text.js";
import { badInput } from "../../faultline-error.js";
import type { Command } from "../command.js";
import { writeJson } from "../io.js";
import { relationJson } from "../json-shapes.js";
import { loadKnowledgeGraph } from "../load-knowledge-graph.js";
import { requireDateOption } from "../options.js";
import { renderTable } from "../table.js";

/** `faultline snapshot --at DATE [--window DAYS]`: every relation holding on a date. */
export const snapshotCommand: Command = {
  usage: "snapshot --at DATE [--window DAYS] [--certain]",
  help: [
    "--at DATE      EDTF date",
    "--window DAYS  keep events up to DAYS either side of DATE (default 0)",
    "--certain      keep only relations that certainly hold (BASIS says why each holds)",
  ],
  options: { at: { type: "string" }, window: { type: "string" }, certain: { type: "boolean" } },
  positionals: { min: 0, max: 0 },
  async run(args, io) {
    const date = requireDateOption(args);
    const window = args.values.window === undefined ? 0 : Number(args.values.window);
    if (!Number.isInteger(window) || window < 0)
      throw badInput(`--window: "${args.values.window}" is not a whole number of days`);
    const kg = await loadKnowledgeGraph(args);
    const { hits } = snapshotAt(kg, date, window);
    const certainOnly = args.values.certain === true;
    // Rows are made as the hits are visited in data order: no hit object is listed in between.
    if (args.json) {
      const relations: ReturnType<typeof relationJson>[] = [];
      hits.forEach(
        (r, certainty) => relations.push(relationJson(r, certainty, hits.basisOf(r))),
        certainOnly,
      );
      writeJson(io, { date: date.text, window, relations });
      return 0;
    }
    const label = (id: string) => entityLabel(kg, id);
    const counts = certainOnly
      ? `${hits.certainCount} certain relation(s) (${hits.possibleCount} possible left out)`
      : `${hits.count} relation(s): ${hits.certainCount} certain, ${hits.possibleCount} possible`;
    io.stdout.write(`On ${date.text} (events within ${window} day(s)): ${counts}\n`);
    const rows: string[][] = [];
    hits.forEach(
      (r, certainty) =>
        rows.push([
          r.id,
          r.kind,
          label(r.source),
          label(r.target),
          statusText(r.validity.status, r.validity.claimedBy, label),
          certainty,
          basisText(hits.basisOf(r), label),
        ]),
      certainOnly,
    );
    io.stdout.write(renderTable(["ID", "KIND", "SOURCE", "TARGET", "STATUS", "CERTAINTY", "BASIS"], rows));
    return 0;
  },
};
