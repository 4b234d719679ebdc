import type { TimeIndexLayout } from "../graph/relation-time-index.js";
import type { Dataset } from "../model/core.js";
import type { RelationSummary } from "./relation-summary.js";
import type { RelationTable } from "./relation-table.js";
import { relationTableOf } from "./relation-table.js";

/**
 * A validated dataset together with its relations as columns. Read from the store, its
 * `dataset.relations` are decoded only when first read (sources, entities and any other part are
 * at hand at once), and `table` answers kind, ends and day bounds without decoding any relation.
 */
export interface ColumnarDataset {
  readonly dataset: Dataset;
  readonly table: RelationTable;
  /** Normalized forms (normalizeName) of the entities' names, worked out when a store was written; absent in memory. */
  readonly nameKeys?: ReadonlyMap<string, string>;
  /** What `stats` reports of the relations, worked out when a store was written; absent in memory. */
  readonly summary?: RelationSummary;
  /** The time index's layout over `table`, worked out when a store or the site's asset was written; else absent. */
  readonly timeLayout?: TimeIndexLayout;
}

/**
 * The columnar view of a dataset held in memory; the table is worked out on first use. `timeLayout`
 * is a layout of the time index over these very relations, when one was shipped with them.
 */
export function columnarDatasetOf(dataset: Dataset, timeLayout?: TimeIndexLayout): ColumnarDataset {
  let table: RelationTable | null = null;
  return {
    dataset,
    ...(timeLayout ? { timeLayout } : {}),
    get table() {
      return (table ??= relationTableOf(dataset));
    },
  };
}
