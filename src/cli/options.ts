import type { ParseArgsConfig } from "node:util";
import type { DateParameter, KindsParameter } from "../analysis/parameters.js";
import { readParameter } from "../analysis/parameters.js";
import { badInput } from "../faultline-error.js";
import type { DayRange } from "../graph/time-bounds.js";
import type { RelationKind } from "../model/core.js";
import { RELATION_KIND_IDS } from "../model/core.js";
import type { QueryDate } from "../query/query-date.js";
import { queryRange } from "../query/query-date.js";
import type { CommandArgs } from "./command.js";

/**
 * The CLI's shared option vocabulary, in one place: dates are `--at DATE` (one date) or
 * `--from DATE --to DATE` (a window), EDTF; relation kinds are `--kinds K,…`, comma-separated or
 * repeated. Every command that takes a date or kinds uses these names, parsers and help lines;
 * the analysis measures' parameters (src/analysis/registry.ts) carry the same names.
 */
type Options = NonNullable<ParseArgsConfig["options"]>;

/** The parseArgs definitions of the date options. */
export const DATE_OPTIONS = {
  at: { type: "string" },
  from: { type: "string" },
  to: { type: "string" },
} as const satisfies Options;

/** A date option's name. */
type DateOption = keyof typeof DATE_OPTIONS;

/** The parseArgs definition of the relation-kinds option (repeatable; each value may hold a comma list). */
export const KINDS_OPTION = { kinds: { type: "string", multiple: true } } as const satisfies Options;

/** One help line per shared option, aligned like the commands' own lines. */
export const OPTION_HELP = {
  at: "--at DATE     EDTF date: a day (2024-12-01), a month (2018-09) or a year (2019)",
  from: "--from DATE   only what holds at some time from this date (EDTF; inclusive)",
  to: "--to DATE     … up to the end of this date (inclusive; 2024-12 means to 31 December)",
  kinds: `--kinds K,…   relation kinds, comma-separated or repeated: ${RELATION_KIND_IDS.join(", ")}`,
} as const;

/** The spec a date option is read by: the registry's date parameter reading, named after the option. */
function dateSpec(option: string): DateParameter {
  return { id: `--${option}`, label: option, description: "", type: "date", default: null };
}

const KINDS_SPEC: KindsParameter = {
  id: "--kinds",
  label: "kinds",
  description: "",
  type: "kinds",
  default: [],
  allowed: RELATION_KIND_IDS,
};

/** The date an option gives, or null when it is absent; a bad date is bad input naming the option. */
export function dateOption(args: CommandArgs, option: DateOption | (string & {})): QueryDate | null {
  const read = readParameter(dateSpec(option), args.values[option]);
  if (!read.ok) throw badInput(read.reason);
  return read.value as QueryDate | null;
}

/** The date an option must give: absent or bad is bad input naming the option. */
export function requireDateOption(args: CommandArgs, option: DateOption | (string & {}) = "at"): QueryDate {
  const date = dateOption(args, option);
  if (date === null) throw badInput(`--${option} DATE is required (EDTF: 2024-12-01, 2018-09 or 2019)`);
  return date;
}

/** The window `--from`/`--to` give (either end may be open), or undefined when neither is given. */
export function dateRangeOption(args: CommandArgs): DayRange | undefined {
  const from = dateOption(args, "from");
  const to = dateOption(args, "to");
  if (!from && !to) return undefined;
  try {
    return queryRange(from, to);
  } catch (error) {
    throw badInput((error as Error).message);
  }
}

/** The relation kinds `--kinds` gives (undefined when absent); unknown kinds are bad input, all named. */
export function kindsOption(args: CommandArgs): RelationKind[] | undefined {
  if (args.values.kinds === undefined) return undefined;
  const read = readParameter(KINDS_SPEC, args.values.kinds);
  if (!read.ok) throw badInput(read.reason);
  return [...(read.value as readonly RelationKind[])];
}
