/**
 * A hand-written acceptance test for relations that zod would accept unchanged, so the bulk of a
 * large folder skips zod (about ten times its cost per relation). It only ever says "certainly
 * valid, and here is what zod would give"; anything else (a problem, a string zod would trim, a key
 * zod would reorder in a way not handled here, an unusual object) goes to RelationSchema, which
 * alone words the problems. tests/data/plain-relation.test.ts holds it to zod's verdicts.
 */
import type { Relation } from "../model/core.js";
import { parseEdtf, RELATION_KIND_IDS } from "../model/core.js";

/** Not certainly valid: let zod judge it. */
const UNSURE = Symbol("unsure");
type Unsure = typeof UNSURE;

/** One key of a strict object: its name, how to check its value (giving zod's output), whether it may be absent. */
interface Field {
  readonly key: string;
  readonly check: (value: unknown) => unknown;
  readonly optional: boolean;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ONLY_DIGITS = /^[0-9-]+$/;
const KINDS = new Set<unknown>(RELATION_KIND_IDS);
const STATUSES = new Set<unknown>(["reported", "claimed", "disputed"]);

/** EDTF strings already found to be valid dates (they repeat: a few thousand days over a million relations). */
const goodDates = new Set<string>();
const GOOD_DATES_KEPT = 100_000;

function id(value: unknown): unknown {
  return typeof value === "string" && ID.test(value) && !ONLY_DIGITS.test(value) ? value : UNSURE;
}

function edtfDate(value: unknown): unknown {
  if (typeof value !== "string") return UNSURE;
  if (goodDates.has(value)) return value;
  if (!parseEdtf(value).ok) return UNSURE;
  if (goodDates.size < GOOD_DATES_KEPT) goodDates.add(value);
  return value;
}

function openDate(value: unknown): unknown {
  return value === null ? null : edtfDate(value);
}

/** True for a character String.prototype.trim would not remove (checked cheaply for printable ASCII). */
function keptByTrim(code: number, char: string): boolean {
  return (code > 0x20 && code < 0x7f) || (code > 0x7f && char.trim() === char);
}

/** A non-empty string trim leaves as it is (zod's `.trim().min(1)` gives it back unchanged). */
function trimmedText(value: unknown): unknown {
  if (typeof value !== "string" || value.length === 0) return UNSURE;
  const last = value.length - 1;
  return keptByTrim(value.charCodeAt(0), value[0]!) && keptByTrim(value.charCodeAt(last), value[last]!)
    ? value
    : UNSURE;
}

function atLeast(min: number): (value: unknown) => unknown {
  return (value) => (Number.isSafeInteger(value) && (value as number) >= min ? value : UNSURE);
}

function oneOf(values: ReadonlySet<unknown>): (value: unknown) => unknown {
  return (value) => (values.has(value) ? value : UNSURE);
}

const required = (key: string, check: Field["check"]): Field => ({ key, check, optional: false });
const optional = (key: string, check: Field["check"]): Field => ({ key, check, optional: true });

/**
 * A strict object of these fields, in zod's output order (the schema's): the value itself when its
 * keys already come in that order and nothing inside changed, else a copy in that order.
 */
function strictObject(fields: readonly Field[]): (value: unknown) => unknown {
  const requiredCount = fields.filter((f) => !f.optional).length;
  return (value) => {
    if (typeof value !== "object" || value === null || Object.getPrototypeOf(value) !== Object.prototype)
      return UNSURE;
    const record = value as Record<string, unknown>;
    const out: unknown[] = new Array<unknown>(fields.length).fill(UNSURE);
    let last = -1;
    let inOrder = true;
    let changed = false;
    let requiredSeen = 0;
    for (const key in record) {
      let index = 0;
      while (index < fields.length && fields[index]!.key !== key) index++;
      if (index === fields.length) return UNSURE;
      const field = fields[index]!;
      const given = record[key];
      if (given === undefined) return UNSURE;
      const checked = field.check(given);
      if (checked === UNSURE) return UNSURE;
      if (checked !== given) changed = true;
      if (index < last) inOrder = false;
      last = index;
      out[index] = checked;
      if (!field.optional) requiredSeen++;
    }
    if (requiredSeen !== requiredCount) return UNSURE;
    if (inOrder && !changed) return value;
    const copy: Record<string, unknown> = {};
    fields.forEach((f, i) => {
      if (out[i] !== UNSURE) copy[f.key] = out[i];
    });
    return copy;
  };
}

/** A non-empty array of items: the array itself when no item changed, else a copy. */
function nonEmptyArray(item: (value: unknown) => unknown): (value: unknown) => unknown {
  return (value) => {
    if (!Array.isArray(value) || value.length === 0 || Object.getPrototypeOf(value) !== Array.prototype)
      return UNSURE;
    let copy: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      if (!(i in value)) return UNSURE;
      const checked = item(value[i]);
      if (checked === UNSURE) return UNSURE;
      if (checked !== value[i]) (copy ??= value.slice())[i] = checked;
    }
    return copy ?? value;
  };
}

const evidence = strictObject([
  required("source", id),
  optional("paragraph", atLeast(1)),
  required("note", trimmedText),
  optional("claimedBy", id),
  optional("reportedBy", id),
  optional("record", trimmedText),
]);

const event = strictObject([
  optional("place", id),
  optional(
    "deaths",
    strictObject([required("best", atLeast(0)), optional("low", atLeast(0)), optional("high", atLeast(0))]),
  ),
  optional("period", strictObject([required("start", edtfDate), required("end", edtfDate)])),
  optional("datePrecision", atLeast(1)),
  optional("placePrecision", atLeast(1)),
]);

const relation = strictObject([
  required("id", id),
  required("kind", oneOf(KINDS)),
  required("source", id),
  required("target", id),
  optional("date", edtfDate),
  optional("start", openDate),
  optional("end", openDate),
  required("status", oneOf(STATUSES)),
  optional("note", trimmedText),
  optional("event", event),
  required("evidence", nonEmptyArray(evidence)),
]);

/**
 * The relation zod's RelationSchema would output for `value` (the value itself when nothing needs
 * reordering), when it is certainly valid; null when it may not be, and zod must judge it.
 */
export function plainRelation(value: unknown): Relation | null {
  const checked = relation(value) as Relation | Unsure;
  return checked === UNSURE ? null : checked;
}
