import { badInput } from "../../faultline-error.js";
import { eventCounterparties } from "../../query/event-counterparties.js";
import type { Command } from "../command.js";
import { writeJson } from "../io.js";
import { loadKnowledgeGraph } from "../load-knowledge-graph.js";
import {
  DATE_OPTIONS,
  dateOption,
  dateRangeOption,
  KINDS_OPTION,
  kindsOption,
  OPTION_HELP,
} from "../options.js";
import { resolveEntityArg } from "../resolve-entity-arg.js";
import { renderTable } from "../table.js";

/** `faultline events ACTOR [--kinds K,…] [--in PLACE] [--from DATE] [--to DATE]`: an actor's counterparties in events. */
export const eventsCommand: Command = {
  usage: "events ACTOR [--kinds K,…] [--in PLACE] [--from DATE] [--to DATE]",
  help: [
    OPTION_HELP.kinds,
    "--in PLACE    only events at this place or at a place located in it (a province, a city…)",
    "--from DATE   only events lying wholly on or after this date (EDTF; inclusive)",
    "--to DATE     … and wholly up to the end of this date (2016-12 means to 31 December)",
    "Counterparties are the other actors of the actor's event relations (clashed-with, attacked,",
    "fought-alongside…), most frequent first, with the deaths the event datasets count;",
    "events whose other end is a place (one-sided violence, captures) are left out.",
  ],
  options: { ...KINDS_OPTION, in: { type: "string" }, from: DATE_OPTIONS.from, to: DATE_OPTIONS.to },
  positionals: { min: 1, max: 1 },
  async run(args, io) {
    const kinds = kindsOption(args);
    const within = dateRangeOption(args);
    const from = dateOption(args, "from");
    const to = dateOption(args, "to");
    const kg = await loadKnowledgeGraph(args);
    const actor = resolveEntityArg(kg, args.positionals[0] as string, io, { actorsOnly: true });
    const inName = args.values.in;
    const place = typeof inName === "string" ? resolveEntityArg(kg, inName, io) : undefined;
    if (place && place.kind !== "place") throw badInput(`--in ${inName}: ${place.label} is not a place`);
    const rows = eventCounterparties(kg.dataset, actor.id, {
      ...(kinds ? { kinds } : {}),
      ...(within ? { within } : {}),
      ...(place ? { inPlace: place.id } : {}),
    });
    const labels = new Map(kg.dataset.entities.map((e) => [e.id, e.label]));
    if (args.json) {
      writeJson(io, {
        actor: actor.id,
        in: place?.id ?? null,
        from: from?.text ?? null,
        to: to?.text ?? null,
        kinds: kinds ?? null,
        counterparties: rows.map((r) => ({ ...r, label: labels.get(r.entity) ?? r.entity })),
      });
      return 0;
    }
    const scope = [
      place ? `in ${place.label}` : "",
      from || to ? `from ${from?.text ?? "the start"} to ${to?.text ?? "the end"}` : "",
    ]
      .filter((s) => s !== "")
      .join(", ");
    const count = `${rows.length} counterpart${rows.length === 1 ? "y" : "ies"}`;
    io.stdout.write(`${actor.label}: ${count} in events${scope ? ` ${scope}` : ""}\n`);
    if (rows.length > 0) {
      io.stdout.write(
        renderTable(
          ["counterparty", "events", "deaths", "kinds", "first", "last"],
          rows.map((r) => [
            `${labels.get(r.entity) ?? r.entity} (${r.entity})`,
            String(r.events),
            String(r.deaths),
            r.kinds.join(","),
            r.first,
            r.last,
          ]),
        ),
      );
    }
    return 0;
  },
};
