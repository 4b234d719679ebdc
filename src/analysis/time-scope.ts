import type { QueryDate } from "../query/query-date.js";
import { queryRange } from "../query/query-date.js";
import { badInput } from "../faultline-error.js";

/**
 * Which relations an analysis looks at: every relation whatever its dates (`always`), the graph
 * valid on one date (`at`: states holding then, events on it), or a window (`during`: states
 * holding at some time in it, events inside it; either end may be open).
 */
export type TimeScope =
  | { readonly kind: "always" }
  | { readonly kind: "at"; readonly date: QueryDate }
  | { readonly kind: "during"; readonly from: QueryDate | null; readonly to: QueryDate | null };

/** The scope of an analysis as plain data, for JSON answers: `{}`, `{at}` or `{from, to}`. */
export interface ScopeJson {
  readonly at?: string;
  readonly from?: string | null;
  readonly to?: string | null;
}

/** The scope that no date, one date (`at`) or a window (`from`, `to`) asks for; `at` excludes a window. */
export function timeScope(at: QueryDate | null, from: QueryDate | null, to: QueryDate | null): TimeScope {
  if (at && (from || to)) throw badInput(["give either a date (at) or a window (from/to), not both"]);
  if (at) return { kind: "at", date: at };
  if (from || to) {
    try {
      queryRange(from, to);
    } catch (error) {
      throw badInput([(error as Error).message]);
    }
    return { kind: "during", from, to };
  }
  return { kind: "always" };
}

/** The scope as plain data. */
export function scopeJson(scope: TimeScope): ScopeJson {
  if (scope.kind === "at") return { at: scope.date.text };
  if (scope.kind === "during") return { from: scope.from?.text ?? null, to: scope.to?.text ?? null };
  return {};
}

/** The scope in words: "on 2024-12-01", "from 2024-11-27 to 2024-12-01", "over all dates". */
export function describeScope(scope: TimeScope): string {
  if (scope.kind === "at") return `on ${scope.date.text}`;
  if (scope.kind === "during") {
    if (scope.from && scope.to) return `from ${scope.from.text} to ${scope.to.text}`;
    return scope.from ? `from ${scope.from.text} on` : `up to ${scope.to!.text}`;
  }
  return "over all dates";
}
