/** The event-data formats the importer reads. */
export type EventFormat = "ucdp-ged" | "acled";

/** The columns one format needs and may use, read by (case-insensitive) name, never by position. */
export interface ColumnLayout {
  readonly format: EventFormat;
  /** Columns an import cannot do without: one missing is an error naming it. */
  readonly required: readonly string[];
  /** Columns read when present (newer layouts add some, older ones lack them). */
  readonly optional: readonly string[];
}

/** UCDP GED 19.1 and later (the column names have been stable since 5.0; later releases add columns). */
export const GED_LAYOUT: ColumnLayout = {
  format: "ucdp-ged",
  required: [
    "id",
    "type_of_violence",
    "side_a",
    "side_b",
    "date_start",
    "date_end",
    "date_prec",
    "where_coordinates",
    "where_prec",
    "adm_1",
    "latitude",
    "longitude",
    "best",
  ],
  optional: ["low", "high", "source_office", "source_headline", "source_date", "conflict_name", "country"],
};

/**
 * ACLED exports: the 2020 layout (dates like `9-May-20`, lower- or upper-case headers) and the
 * current one (`YYYY-MM-DD`, extra columns such as disorder_type, civilian_targeting, tags).
 */
export const ACLED_LAYOUT: ColumnLayout = {
  format: "acled",
  required: [
    "event_id_cnty",
    "event_date",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "inter1",
    "actor2",
    "inter2",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "fatalities",
  ],
  optional: ["assoc_actor_1", "assoc_actor_2", "interaction", "country", "civilian_targeting", "timestamp"],
};

/** The layout of each format. */
export const LAYOUTS: Readonly<Record<EventFormat, ColumnLayout>> = {
  "ucdp-ged": GED_LAYOUT,
  acled: ACLED_LAYOUT,
};

/** A header matched against a layout: where each known column is, or the required ones it lacks. */
export type HeaderMatch =
  | {
      ok: true;
      /** Where each column of the header is, by its lower-case name. */
      positions: ReadonlyMap<string, number>;
      column: (name: string) => number;
      /** The positions of the layout's columns: the only ones worth reading. */
      used: ReadonlySet<number>;
    }
  | { ok: false; missing: readonly string[] };

/** Finds the layout's columns in a header row by name (trimmed, case-insensitive); unknown columns are ignored. */
export function matchHeader(layout: ColumnLayout, header: readonly string[]): HeaderMatch {
  const positions = new Map<string, number>();
  header.forEach((name, i) => {
    const key = name.trim().toLowerCase();
    if (!positions.has(key)) positions.set(key, i);
  });
  const missing = layout.required.filter((c) => !positions.has(c));
  if (missing.length > 0) return { ok: false, missing };
  const used = new Set<number>();
  for (const name of [...layout.required, ...layout.optional]) {
    const at = positions.get(name);
    if (at !== undefined) used.add(at);
  }
  return { ok: true, positions, column: (name) => positions.get(name) ?? -1, used };
}
