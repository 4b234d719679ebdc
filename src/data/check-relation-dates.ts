import type { Source } from "../model/core.js";
import { edtf, RELATION_KINDS } from "../model/core.js";
import type { Problem } from "./problem.js";
import { jsonPath } from "./problem.js";
import type { RawData } from "./raw-data.js";

/**
 * Reports dates that do not fit the relation kind (an event without a date, a state with one),
 * intervals that end before they start, and facts dated after every source that reports them.
 */
export function checkRelationDates(data: RawData): Problem[] {
  const sources = new Map<string, Source>(data.sources.map((s) => [s.value.id, s.value]));
  const problems: Problem[] = [];
  for (const r of data.relations) {
    const { kind, date, start, end } = r.value;
    const temporality = RELATION_KINDS[kind].temporality;
    const at = (key: string) => jsonPath([...r.path, key]);
    const add = (key: string, message: string) => problems.push({ file: r.file, path: at(key), message });
    if (temporality === "event") {
      if (date === undefined) add("date", `${kind} is an event and needs a date`);
      if (start !== undefined) add("start", `${kind} is an event: give its date, not a start`);
      if (end !== undefined) add("end", `${kind} is an event: give its date, not an end`);
    } else if (temporality === "state") {
      if (date !== undefined) add("date", `${kind} is a state: give start and end, not a date`);
    } else {
      for (const key of ["date", "start", "end"] as const) {
        if (r.value[key] !== undefined) add(key, `${kind} is static and takes no ${key}`);
      }
    }
    if (typeof start === "string" && typeof end === "string" && edtf(start).lo > edtf(end).hi) {
      add("end", `ends (${end}) before it starts (${start})`);
    }
    const published = r.value.evidence
      .map((e) => sources.get(e.source))
      .filter((s): s is Source => s !== undefined)
      .map((s) => edtf(s.published).hi);
    if (published.length > 0) {
      const latest = Math.max(...published);
      const first = date ?? (typeof start === "string" ? start : undefined);
      if (first !== undefined && edtf(first).lo > latest) {
        add(
          date !== undefined ? "date" : "start",
          `${first} is after the publication of every source cited as evidence`,
        );
      }
    }
  }
  return problems;
}
