import { cpSync, existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { importEvents } from "../../src/import/import-events.js";
import type { ImportReport } from "../../src/import/import-report.js";

const ROOT = resolve(import.meta.dirname, "..", "..");

/** UCDP GED Syria 2016–2019 in the reference data (FAULTLINE_REFERENCE_DATA, else ../shared/reference-data). */
export const GED_FILE = join(
  process.env.FAULTLINE_REFERENCE_DATA ?? resolve(ROOT, "..", "shared", "reference-data"),
  "ucdp-ged",
  "ged191-syria-2016-2019.csv",
);

/**
 * A graph-data folder for the bench: a copy of the shipped one in a temporary folder, with UCDP
 * GED Syria imported into it as `faultline import ucdp-ged` does (16,566 events; nothing of it
 * reaches the repository). Null when the reference file is absent.
 */
export async function writeGedFolder(): Promise<string | null> {
  if (!existsSync(GED_FILE)) return null;
  const into = join(mkdtempSync(join(tmpdir(), "faultline-bench-ged-")), "graph-data");
  cpSync(join(ROOT, "graph-data"), into, { recursive: true });
  await importGedInto(into);
  return into;
}

/** Imports UCDP GED Syria into the graph-data folder `into`, as `faultline import ucdp-ged GED_FILE --into` does. */
export function importGedInto(into: string): Promise<ImportReport> {
  return importEvents({
    format: "ucdp-ged",
    file: GED_FILE,
    fileDisplay: GED_FILE,
    into,
    intoDisplay: into,
    dryRun: false,
    strict: false,
  });
}
