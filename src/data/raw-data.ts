import type { Entity, Relation, Source } from "../model/index.js";
import type { Located } from "./located.js";

/** Schema-valid items read from graph-data, before cross-checks. */
export interface RawData {
  readonly sources: readonly Located<Source>[];
  readonly entities: readonly Located<Entity>[];
  readonly relations: readonly Located<Relation>[];
  /** Paragraph counts of the corpus reports, by file name; null when the corpus is not at hand. */
  readonly paragraphCounts: ReadonlyMap<string, number> | null;
}
