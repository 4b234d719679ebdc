import type { Located } from "./located.js";
import type { Problem } from "./problem.js";
import { jsonPath } from "./problem.js";

/** Reports every item whose id an earlier item (in any file) already uses. */
export function checkDuplicateIds(what: string, items: readonly Located<{ id: string }>[]): Problem[] {
  const first = new Map<string, Located<{ id: string }>>();
  const problems: Problem[] = [];
  for (const item of items) {
    const earlier = first.get(item.value.id);
    if (earlier) {
      problems.push({
        file: item.file,
        path: jsonPath([...item.path, "id"]),
        message: `duplicate ${what} id "${item.value.id}" (first defined in ${earlier.file} at ${jsonPath(earlier.path)})`,
      });
    } else first.set(item.value.id, item);
  }
  return problems;
}
