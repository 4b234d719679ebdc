/**
 * What went wrong, in the terms a caller acts on: nothing matches a name or no answer exists
 * (`no-match`), the question or arguments are malformed (`bad-input`), or the data itself fails
 * validation (`invalid-data`). The CLI maps each to its exit code in src/cli/main.ts.
 */
export type FailureCategory = "no-match" | "bad-input" | "invalid-data";

/**
 * The one error class of Faultline: a category and every problem found (not just the first), one
 * line each. Its message is the problems joined by newlines, or `summary` when one is given.
 */
export class FaultlineError extends Error {
  readonly category: FailureCategory;
  readonly problems: readonly string[];

  constructor(
    category: FailureCategory,
    problems: string | readonly string[],
    options: { readonly summary?: string; readonly cause?: unknown } = {},
  ) {
    const list = typeof problems === "string" ? [problems] : [...problems];
    super(options.summary ?? list.join("\n"), options.cause === undefined ? {} : { cause: options.cause });
    this.name = "FaultlineError";
    this.category = category;
    this.problems = list;
  }
}

/** Bad arguments, a bad date, a malformed file to import: the caller must change the question. */
export function badInput(problems: string | readonly string[]): FaultlineError {
  return new FaultlineError("bad-input", problems);
}

/** Nothing matches a name, or no answer exists (no path between two entities). */
export function noMatch(message: string): FaultlineError {
  return new FaultlineError("no-match", message);
}

/** Whether an error is a FaultlineError of this category (any category when none is given). */
export function isFaultlineError(error: unknown, category?: FailureCategory): error is FaultlineError {
  return error instanceof FaultlineError && (category === undefined || error.category === category);
}
