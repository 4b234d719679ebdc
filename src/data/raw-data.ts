import type { Entity, Relation, Source } from "../model/core.js";
import type { Located } from "./located.js";

/** Schema-valid items read from graph-data, before cross-checks. */
export interface RawData {
  readonly sources: readonly Located<Source>[];
  readonly entities: readonly Located<Entity>[];
  readonly relations: readonly Located<Relation>[];
  /** Paragraph counts of the corpus reports, by file name; null when the corpus is not at hand. */
  readonly paragraphCounts: ReadonlyMap<string, number> | null;
  /**
   * Items that have an id but failed their schema, by kind and id, with where they are: references
   * to them are knock-on problems, summed up under the item instead of reported one by one.
   */
  readonly rejected?: {
    readonly entities: ReadonlyMap<
      string,
      { readonly file: string; readonly path: readonly (string | number)[] }
    >;
    readonly sources: ReadonlyMap<
      string,
      { readonly file: string; readonly path: readonly (string | number)[] }
    >;
  };
}
