import type { Problem } from "./problem.js";
import { jsonPath } from "./problem.js";
import type { RawData } from "./raw-data.js";

/** Reports located-in relations that close a loop (a town inside a province inside the town). */
export function checkPlaceHierarchy(data: RawData): Problem[] {
  const parents = new Map<string, string[]>();
  for (const r of data.relations) {
    if (r.value.kind !== "located-in") continue;
    parents.set(r.value.source, [...(parents.get(r.value.source) ?? []), r.value.target]);
  }
  const reaches = (from: string, goal: string): boolean => {
    const seen = new Set<string>();
    const stack = [from];
    while (stack.length > 0) {
      const at = stack.pop()!;
      if (at === goal) return true;
      if (seen.has(at)) continue;
      seen.add(at);
      stack.push(...(parents.get(at) ?? []));
    }
    return false;
  };
  return data.relations
    .filter((r) => r.value.kind === "located-in" && reaches(r.value.target, r.value.source))
    .map((r) => ({
      file: r.file,
      path: jsonPath(r.path),
      message: `located-in loop: "${r.value.target}" already lies within "${r.value.source}"`,
    }));
}
