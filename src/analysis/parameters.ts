import { badInput } from "../faultline-error.js";
import type { RelationKind } from "../model/core.js";
import type { QueryDate } from "../query/query-date.js";
import { parseQueryDate } from "../query/query-date.js";

/** What a parameter holds, so an interface knows which input to draw and how to read it. */
export type ParameterType = ParameterSpec["type"];

/** What every parameter spec says about itself: its id, words for a form, and whether it must be given. */
interface ParameterBase<Id extends string> {
  /** Also the CLI option name (`--at`, `--kinds`) and the web form field. */
  readonly id: Id;
  readonly label: string;
  readonly description: string;
  readonly required?: boolean;
}

/** An EDTF date (2024-12-01, 2018-09, 2019); resolves to a query date, null when not given. */
export interface DateParameter<Id extends string = string> extends ParameterBase<Id> {
  readonly type: "date";
  readonly default: null;
}

/** An entity id (the CLI resolves a name to it first); null when not given. */
export interface EntityParameter<Id extends string = string> extends ParameterBase<Id> {
  readonly type: "entity";
  readonly default: null;
}

/** Relation kinds, comma-separated or repeated; empty means the measure's own default. */
export interface KindsParameter<Id extends string = string> extends ParameterBase<Id> {
  readonly type: "kinds";
  readonly default: readonly RelationKind[];
  readonly allowed: readonly RelationKind[];
}

/** One of a few named values. */
export interface ChoiceParameter<
  Id extends string = string,
  C extends string = string,
> extends ParameterBase<Id> {
  readonly type: "choice";
  readonly default: C;
  readonly allowed: readonly C[];
}

/** A number (whole for `integer`), within bounds (inclusive unless `exclusive`); null default for none. */
export interface NumberParameter<
  Id extends string = string,
  D extends number | null = number | null,
> extends ParameterBase<Id> {
  readonly type: "integer" | "number";
  readonly default: D;
  readonly min?: number;
  readonly max?: number;
  readonly exclusive?: boolean;
}

/** A flag. */
export interface BooleanParameter<Id extends string = string> extends ParameterBase<Id> {
  readonly type: "boolean";
  readonly default: boolean;
}

/** One parameter of a measure, described once as data: its type, its default (only here) and its bounds. */
export type ParameterSpec =
  DateParameter | EntityParameter | KindsParameter | ChoiceParameter | NumberParameter | BooleanParameter;

/** A parameter that must be given (its value is never null). */
export type RequiredParameter<P extends ParameterSpec> = P & { readonly required: true };

/** The value a parameter spec resolves to, by its type (a required one is never null). */
export type ParameterValue<P extends ParameterSpec> = P extends DateParameter
  ? P extends { required: true }
    ? QueryDate
    : QueryDate | null
  : P extends EntityParameter
    ? P extends { required: true }
      ? string
      : string | null
    : P extends KindsParameter
      ? readonly RelationKind[]
      : P extends ChoiceParameter<string, infer C>
        ? C
        : P extends NumberParameter<string, infer D>
          ? D extends null
            ? number | null
            : number
          : boolean;

/** The resolved values of a list of parameter specs, by id, each typed by its spec. */
export type ParameterValues<Ps extends readonly ParameterSpec[]> = {
  readonly [P in Ps[number] as P["id"]]: ParameterValue<P>;
};

/** Any resolved value: a query date, an entity id or choice, a number, a flag, a list of kinds, null. */
export type AnyParameterValue = QueryDate | string | number | boolean | readonly RelationKind[] | null;

/**
 * Reads one value given to a parameter: a typed value (library callers) or text (a CLI option, a
 * form field). Returns the value, or a reason naming the parameter.
 */
export function readParameter(
  spec: ParameterSpec,
  given: unknown,
): { ok: true; value: AnyParameterValue } | { ok: false; reason: string } {
  const fail = (reason: string) => ({ ok: false as const, reason: `${spec.id}: ${reason}` });
  if (given === undefined || given === null || given === "") return { ok: true, value: spec.default };
  switch (spec.type) {
    case "date": {
      if (typeof given === "object" && "text" in given && typeof given.text === "string") given = given.text;
      if (typeof given !== "string") return fail("expected an EDTF date such as 2024-12-01, 2018-09 or 2019");
      try {
        return { ok: true, value: parseQueryDate(given) };
      } catch (error) {
        return fail((error as Error).message);
      }
    }
    case "entity":
      return typeof given === "string" ? { ok: true, value: given } : fail("expected an entity id");
    case "choice":
      return typeof given === "string" && spec.allowed.includes(given)
        ? { ok: true, value: given }
        : fail(`"${String(given)}" is not one of ${spec.allowed.join(", ")}`);
    case "kinds": {
      const raw = (Array.isArray(given) ? given : [given])
        .flatMap((v) => String(v).split(","))
        .map((k) => k.trim())
        .filter((k) => k !== "");
      const known = spec.allowed as readonly string[];
      const unknown = raw.filter((k) => !known.includes(k));
      if (unknown.length > 0)
        return fail(`unknown relation kind(s) ${unknown.join(", ")}; known: ${spec.allowed.join(", ")}`);
      return { ok: true, value: [...new Set(raw)] as RelationKind[] };
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

function rangeText(spec: NumberParameter): string {
  const [lo, hi] = spec.exclusive ? ["<", "<"] : ["≤", "≤"];
  if (spec.min !== undefined && spec.max !== undefined) return `${spec.min} ${lo} value ${hi} ${spec.max}`;
  return spec.min !== undefined
    ? `value ${spec.exclusive ? ">" : "≥"} ${spec.min}`
    : `value ${hi} ${spec.max}`;
}

/**
 * Validates the given values against the specs and resolves them, defaults filled in, into values
 * typed by the specs. Unknown, missing and bad values are all reported at once, each naming its
 * parameter, in one bad-input FaultlineError.
 */
export function resolveParameters<const Ps extends readonly ParameterSpec[]>(
  specs: Ps,
  given: Readonly<Record<string, unknown>>,
): ParameterValues<Ps> {
  const problems: string[] = [];
  const values: Record<string, AnyParameterValue> = {};
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
  // Each value was read by its own spec above, so the record has the type the specs describe.
  return values as ParameterValues<Ps>;
}
