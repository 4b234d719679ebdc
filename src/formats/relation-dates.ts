import type { Relation } from "../model/core.js";
import { RELATION_KINDS, RelationKindSchema } from "../model/index.js";
import { ImportValueError } from "./import-values.js";

/**
 * A relation's own dates (as graph-data holds them) from the effective bounds formats write:
 * `start`/`end` EDTF (null when open) and whether each was taken from the evidence. An event's
 * date is its start (its end must be the same); a derived bound is left out (the validator
 * derives it again); a static fact has none. Throws an ImportValueError when they do not fit.
 */
export function relationDatesFrom(
  kind: unknown,
  start: string | null,
  end: string | null,
  startDerived: boolean,
  endDerived: boolean,
): Pick<Relation, "date" | "start" | "end"> {
  const parsed = RelationKindSchema.safeParse(kind);
  const temporality = parsed.success ? RELATION_KINDS[parsed.data].temporality : "state";
  if (temporality === "static") {
    if (start !== null || end !== null) {
      throw new ImportValueError(`${String(kind)} is static and takes no start or end`);
    }
    return {};
  }
  if (temporality === "event") {
    if (end !== null && end !== start) {
      throw new ImportValueError(`an event has one date: start (${start ?? "open"}) and end (${end}) differ`);
    }
    return start === null ? {} : { date: start };
  }
  return {
    ...(startDerived ? {} : { start }),
    ...(endDerived ? {} : { end }),
  };
}
