import type { z } from "zod";
import type { Located } from "./located.js";
import type { Problem } from "./problem.js";
import { jsonPath } from "./problem.js";

/** Turns zod issues into problems located in `file` under the JSON path prefix `base`. */
export function issuesToProblems(
  file: string,
  base: readonly (string | number)[],
  issues: readonly z.core.$ZodIssue[],
): Problem[] {
  return issues.map((issue) => ({
    file,
    path: jsonPath([...base, ...(issue.path as (string | number)[])]),
    message: issue.message,
  }));
}

/**
 * Validates a graph-data file of the shape `{ $schema?, [key]: [...] }` item by item, so one bad
 * item does not hide the problems of the others. Returns the valid items with their location.
 * `plain`, when given, accepts the items it is sure of as the schema would (see plain-relation.ts);
 * the schema judges the rest, and words every problem.
 */
export function validateItems<S extends z.ZodType>(
  file: string,
  content: unknown,
  key: string,
  itemSchema: S,
  problems: Problem[],
  plain?: (item: unknown) => z.infer<S> | null,
): Located<z.infer<S>>[] {
  if (typeof content !== "object" || content === null || Array.isArray(content)) {
    problems.push({ file, path: "$", message: `expected an object with a "${key}" array` });
    return [];
  }
  const record = content as Record<string, unknown>;
  for (const extra of Object.keys(record)) {
    if (extra !== key && extra !== "$schema") {
      problems.push({ file, path: jsonPath([extra]), message: `unknown key "${extra}" (expected "${key}")` });
    }
  }
  const items = record[key];
  if (!Array.isArray(items)) {
    problems.push({ file, path: jsonPath([key]), message: `expected an array of ${key}` });
    return [];
  }
  const valid: Located<z.infer<S>>[] = [];
  items.forEach((item, index) => {
    const sure = plain?.(item);
    if (sure) {
      valid.push({ value: sure, file, path: [key, index] });
      return;
    }
    const parsed = itemSchema.safeParse(item);
    if (parsed.success) valid.push({ value: parsed.data, file, path: [key, index] });
    else problems.push(...issuesToProblems(file, [key, index], parsed.error.issues));
  });
  return valid;
}
