import { resolve } from "node:path";
import type { EventFormat } from "../../import/column-layouts.js";
import { formatImportReport } from "../../import/import-report.js";
import { importEvents } from "../../import/import-events.js";
import { badInput } from "../../faultline-error.js";
import type { CommandArgs } from "../command.js";
import { EXIT } from "../exit-codes.js";
import type { CliIo } from "../io.js";
import { writeJson } from "../io.js";

/** The event datasets `faultline import` reads. */
export const EVENT_FORMATS: readonly EventFormat[] = ["ucdp-ged", "acled"];

/** Whether an import format names an event dataset. */
export function isEventFormat(format: string): format is EventFormat {
  return (EVENT_FORMATS as readonly string[]).includes(format);
}

/** The options of `import ucdp-ged|acled`. */
export const EVENT_IMPORT_OPTIONS = {
  into: { type: "string" },
  "dry-run": { type: "boolean" },
  strict: { type: "boolean" },
  map: { type: "string" },
  release: { type: "string" },
} as const;

/** Help lines of `import ucdp-ged|acled`. */
export const EVENT_IMPORT_HELP: readonly string[] = [
  "",
  "import ucdp-ged|acled FILE --into DIR [--dry-run] [--strict] [--map FILE] [--release V]",
  "  merges an event dataset (CSV) into the graph-data folder DIR: one relation per event,",
  "  co-belligerents as fought-alongside, actors reconciled through DIR/event-data-names.json,",
  "  unmatched actors created and listed for review, places deduplicated by name and nearness.",
  "--into DIR    the graph-data folder to merge into (replaced atomically)",
  "--dry-run     report what the import would do; write nothing",
  "--strict      write nothing unless every row can be imported",
  "--map FILE    a name table (same shape as event-data-names.json) pinning dataset names",
  "--release V   the dataset release when the file name (ged191…) or the rows cannot tell it",
  "Rejected rows are listed as FILE:LINE: reason; exit 0 when written, 2 when nothing was.",
];

/** Runs `faultline import ucdp-ged|acled FILE --into DIR …`. */
export async function runEventImport(format: EventFormat, args: CommandArgs, io: CliIo): Promise<number> {
  const file = args.positionals[1] as string;
  const into = args.values.into;
  if (typeof into !== "string")
    throw badInput(`import ${format} needs --into DIR, the graph-data folder to merge into`);
  if (args.values.out !== undefined || args.values.force !== undefined)
    throw badInput(
      `import ${format} merges into --into DIR; --out and --force are for gexf, graphml, csv and json`,
    );
  const map = typeof args.values.map === "string" ? args.values.map : undefined;
  const release = typeof args.values.release === "string" ? args.values.release : undefined;
  const report = await importEvents({
    format,
    file: resolve(file),
    fileDisplay: file,
    into: resolve(into),
    intoDisplay: into,
    ...(map === undefined ? {} : { mapFile: resolve(map), mapDisplay: map }),
    ...(release === undefined ? {} : { release }),
    dryRun: args.values["dry-run"] === true,
    strict: args.values.strict === true,
  });
  for (const r of report.rejected) io.stderr.write(`${file}:${r.line}: ${r.reason}\n`);
  if (args.json) writeJson(io, report);
  else io.stdout.write(formatImportReport(report));
  const wanted = args.values["dry-run"] !== true;
  return wanted && !report.written ? EXIT.badInput : EXIT.ok;
}
