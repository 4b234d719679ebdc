import type { DatedRelation } from "../model/core.js";

/** A relation with its own dates worked out, before the dataset-wide rules give its validity. */
export type TimedRelation = Omit<DatedRelation, "validity">;
