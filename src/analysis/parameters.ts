import type { QueryDate } from "../query/query-date.js";
import { parseQueryDate } from "../query/query-date.js";
import { badInput } from "../faultline-error.js";

/** What a parameter holds, so an interface knows which input to draw and how to read it. */
export type ParameterType = "date" | "entity" | "kinds" | "choice" | "integer" | "number" | "boolean";

/** A parameter's value: EDTF text, an entity id, a choice, a number, a flag, a list of kinds; null for none. */
export type ParameterValue = string | number | boolean | readonly string[] | null;

/** One parameter of a measure, described as data. */
export interface ParameterSpec {
  /** Also the CLI option name (`--at`, `--kinds`) and the web form field. */
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly type: ParameterType;
  /** The value when none is given: null for "none" (no date, every kind…). */
  readonly default: ParameterValue;
  readonly required?: boolean;
  /** The allowed values of a choice, or the known relation kinds. */
  readonly allowed?: readonly string[];
  /** Bounds of a number (inclusive unless `exclusive`). */
  readonly min?: number;
  readonly max?: number;
  readonly exclusive?: boolean;
}

/** A measure's parameter values once checked, defaults filled in, by parameter id. */
export type ParameterValues = Readonly<Record<string, ParameterValue>>;

/**
 * Reads one value given to a parameter: a typed value (library callers) or text (a CLI option, a
 * form field). Returns the value, or a reason it is not one.
 */
export function readParameter(
  spec: ParameterSpec,
  given: unknown,
): { ok: true; value: ParameterValue } | { ok: false; reason: string } {
  const fail = (reason: string) => ({ ok: false as const, reason: `${spec.id}: ${reason}` });
  if (given === undefined || given === null || given === "") return { ok: true, value: spec.default };
  switch (spec.type) {
    case "date": {
      if (typeof given !== "string") return fail("expected an EDTF date such as 2024-12-01, 2018-09 or 2019");
      try {
        return { ok: true, value: parseQueryDate(given).text };
      } catch (error) {
        return fail((error as Error).message);
      }
    }
    case "entity":
      return typeof given === "string" ? { ok: true, value: given } : fail("expected an entity id");
    case "choice":
      return typeof given === "string" && spec.allowed?.includes(given)
        ? { ok: true, value: given }
        : fail(`"${String(given)}" is not one of ${spec.allowed?.join(", ")}`);
    case "kinds": {
      const raw = (Array.isArray(given) ? given : [given])
        .flatMap((v) => String(v).split(","))
        .map((k) => k.trim());
      const unknown = raw.filter((k) => k !== "" && !spec.allowed?.includes(k));
      if (unknown.length > 0)
        return fail(`unknown relation kind(s) ${unknown.join(", ")}; known: ${spec.allowed?.join(", ")}`);
      return { ok: true, value: [...new Set(raw.filter((k) => k !== ""))] };
    }
    case "boolean":
      if (typeof given === "boolean") return { ok: true, value: given };
      if (given === "true" || given === "false") return { ok: true, value: given === "true" };
      return fail(`"${String(given)}" is not true or false`);
    case "integer":
    case "number": {
      const n =
        typeof given === "number" ? given : typeof given === "string" ? Number(given.trim()) : Number.NaN;
      if (!Number.isFinite(n) || (spec.type === "integer" && !Number.isInteger(n)))
        return fail(`"${String(given)}" is not ${spec.type === "integer" ? "a whole number" : "a number"}`);
      const below = spec.min !== undefined && (spec.exclusive ? n <= spec.min : n < spec.min);
      const above = spec.max !== undefined && (spec.exclusive ? n >= spec.max : n > spec.max);
      if (below || above) return fail(`${n} is out of range (${rangeText(spec)})`);
      return { ok: true, value: n };
    }
  }
}

function rangeText(spec: ParameterSpec): string {
  const [lo, hi] = spec.exclusive ? ["<", "<"] : ["≤", "≤"];
  if (spec.min !== undefined && spec.max !== undefined) return `${spec.min} ${lo} value ${hi} ${spec.max}`;
  return spec.min !== undefined
    ? `value ${spec.exclusive ? ">" : "≥"} ${spec.min}`
    : `value ${hi} ${spec.max}`;
}

/**
 * Checks every given value against the parameters and fills in defaults; unknown, missing and bad
 * values are all reported at once in one bad-input FaultlineError.
 */
export function readParameters(
  specs: readonly ParameterSpec[],
  given: Readonly<Record<string, unknown>>,
): ParameterValues {
  const problems: string[] = [];
  const values: Record<string, ParameterValue> = {};
  for (const id of Object.keys(given)) {
    if (given[id] !== undefined && !specs.some((s) => s.id === id)) {
      problems.push(
        `${id}: not a parameter of this measure (parameters: ${specs.map((s) => s.id).join(", ")})`,
      );
    }
  }
  for (const spec of specs) {
    const read = readParameter(spec, given[spec.id]);
    if (!read.ok) problems.push(read.reason);
    else if (spec.required && read.value === null) problems.push(`${spec.id}: required (${spec.label})`);
    else values[spec.id] = read.value;
  }
  if (problems.length > 0) throw badInput(problems);
  return values;
}

/** A checked date parameter as a query date, or null. */
export function dateValue(values: ParameterValues, id: string): QueryDate | null {
  const v = values[id];
  return typeof v === "string" ? parseQueryDate(v) : null;
}

/** A checked text parameter (entity id, choice), or null. */
export function textValue(values: ParameterValues, id: string): string | null {
  const v = values[id];
  return typeof v === "string" ? v : null;
}

/** A checked number parameter, or null. */
export function numberValue(values: ParameterValues, id: string): number | null {
  const v = values[id];
  return typeof v === "number" ? v : null;
}

/** A checked flag. */
export function flagValue(values: ParameterValues, id: string): boolean {
  return values[id] === true;
}

/** A checked list parameter (empty when none). */
export function listValue(values: ParameterValues, id: string): readonly string[] {
  const v = values[id];
  return Array.isArray(v) ? v : [];
}
