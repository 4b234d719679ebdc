import type { SourceRecord } from "./entity-record.js";
import type { EventFormat } from "./column-layouts.js";

/** What a dataset is called in notes and reports. */
export const DATASET_NAMES: Readonly<Record<EventFormat, string>> = {
  "ucdp-ged": "UCDP GED",
  acled: "ACLED",
};

/**
 * The release of a file: given explicitly, else read from a UCDP file name (`ged191…` → 19.1,
 * `ged-20.1…`), else for ACLED the export day (the latest `timestamp` of its rows); null when unknown.
 */
export function inferVersion(
  format: EventFormat,
  file: string,
  latestTimestamp: number | null,
): string | null {
  if (format === "ucdp-ged") {
    const m = /ged[-_ ]?(\d{2})[._]?(\d)/i.exec(file.slice(file.lastIndexOf("/") + 1));
    return m ? `${m[1]}.${m[2]}` : null;
  }
  if (latestTimestamp === null) return null;
  return new Date(latestTimestamp * 1000).toISOString().slice(0, 10);
}

/** The id of a dataset release's source: `ucdp-ged-19-1`, `acled-2020-05-12`. */
export function datasetSourceId(format: EventFormat, version: string): string {
  const slug = version
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return `${format}-${slug || "unversioned"}`;
}

/** The source entry of a dataset release: citation, version and licence as the dataset asks. */
export function datasetSource(format: EventFormat, version: string): SourceRecord {
  const id = datasetSourceId(format, version);
  if (format === "ucdp-ged") {
    return {
      id,
      kind: "dataset",
      outlet: "Uppsala Conflict Data Program (UCDP)",
      title: `UCDP Georeferenced Event Dataset (GED), version ${version}`,
      published: /^\d{2}\.\d$/.test(version) ? `20${version.slice(0, 2)}` : "2019",
      url: "https://ucdp.uu.se/downloads/",
      language: "en",
      inferred: [],
      citation:
        "Sundberg, Ralph and Erik Melander (2013). Introducing the UCDP Georeferenced Event Dataset. Journal of Peace Research 50(4): 523–532; Högbladh, Stina (2019). UCDP GED Codebook version 19.1. Department of Peace and Conflict Research, Uppsala University.",
      version,
      licence: "UCDP data are free to use with citation (terms at ucdp.uu.se).",
    };
  }
  return {
    id,
    kind: "dataset",
    outlet: "Armed Conflict Location & Event Data Project (ACLED)",
    title: `ACLED export of ${version}`,
    published: /^\d{4}-\d{2}-\d{2}$/.test(version) ? version : "2020",
    url: "https://acleddata.com/",
    language: "en",
    inferred: [],
    citation:
      "Raleigh, Clionadh, Andrew Linke, Håvard Hegre and Joakim Karlsen (2010). Introducing ACLED: An Armed Conflict Location and Event Dataset. Journal of Peace Research 47(5): 651–660. Data from acleddata.com.",
    version,
    licence: "ACLED terms of use: attribution required; redistribution of the data is restricted.",
  };
}
