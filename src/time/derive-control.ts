import type { Relation, Source } from "../model/core.js";
import { relationTiming } from "../model/core.js";
import type { TimedRelation } from "./timed-relation.js";

/** The id of the control derived from a capture: the capture's id with `-control`, made unique. */
function controlId(captureId: string, taken: Set<string>): string {
  let id = `${captureId}-control`;
  for (let n = 2; taken.has(id); n++) id = `${captureId}-control-${n}`;
  taken.add(id);
  return id;
}

/**
 * The `controls` states that reported captures start: the captor holds the place from the day of
 * the capture, on the capture's evidence and with its status (a claimed capture gives claimed
 * control), marked `derivedFrom` the capture. How long it lasts is the time model's business: until
 * a later capture of the place by someone else.
 */
export function deriveControl(
  relations: readonly TimedRelation[],
  sources: ReadonlyMap<string, Source>,
): TimedRelation[] {
  const taken = new Set(relations.map((r) => r.id));
  const derived: TimedRelation[] = [];
  for (const capture of relations) {
    if (capture.kind !== "captured" || capture.date === undefined || capture.derivedFrom) continue;
    const relation: Relation = {
      id: controlId(capture.id, taken),
      kind: "controls",
      source: capture.source,
      target: capture.target,
      start: capture.date,
      status: capture.status,
      note: `Held from its capture (${capture.id}).`,
      evidence: capture.evidence.map((e) => ({ ...e })),
    };
    derived.push({ ...relation, timing: relationTiming(relation, sources), derivedFrom: [capture.id] });
  }
  return derived;
}

/**
 * The ids among raw relation records (an import's rows) that are controls a capture among them
 * derives, exactly as `deriveControl` would: an export writes them, and an import derives them
 * again rather than taking them as entered data.
 */
export function derivedControlIds(records: readonly unknown[]): Set<string> {
  type Raw = {
    id?: unknown;
    kind?: unknown;
    source?: unknown;
    target?: unknown;
    date?: unknown;
    start?: unknown;
    end?: unknown;
  };
  const raw = records.filter((r): r is Raw => typeof r === "object" && r !== null);
  const expected = new Map<string, Raw>();
  for (const r of raw) {
    if (r.kind === "captured" && typeof r.id === "string" && typeof r.date === "string")
      expected.set(`${r.id}-control`, r);
  }
  const ids = new Set<string>();
  for (const r of raw) {
    const capture = typeof r.id === "string" ? expected.get(r.id) : undefined;
    if (
      capture &&
      r.kind === "controls" &&
      r.source === capture.source &&
      r.target === capture.target &&
      r.start === capture.date &&
      r.end === undefined
    )
      ids.add(r.id as string);
  }
  return ids;
}
