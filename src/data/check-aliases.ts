import type { Entity } from "../model/index.js";
import { normalizeName } from "../model/index.js";
import type { Located } from "./located.js";
import type { Problem } from "./problem.js";
import { jsonPath } from "./problem.js";

/**
 * Reports a name (label or alias) that two entities share once case, diacritics and punctuation
 * are ignored: the resolver could not tell them apart.
 */
export function checkAliases(entities: readonly Located<Entity>[]): Problem[] {
  const owner = new Map<string, { id: string; name: string }>();
  const problems: Problem[] = [];
  for (const entity of entities) {
    const names: [string, (string | number)[]][] = [
      [entity.value.label, ["label"]],
      ...entity.value.aliases.map((a, i): [string, (string | number)[]] => [a, ["aliases", i]]),
    ];
    const own = new Set<string>();
    for (const [name, subPath] of names) {
      const key = normalizeName(name);
      if (key === "") {
        problems.push({
          file: entity.file,
          path: jsonPath([...entity.path, ...subPath]),
          message: `name "${name}" has no letters or digits`,
        });
        continue;
      }
      if (own.has(key)) {
        problems.push({
          file: entity.file,
          path: jsonPath([...entity.path, ...subPath]),
          message: `"${name}" repeats another name of the same entity "${entity.value.id}"`,
        });
        continue;
      }
      own.add(key);
      const other = owner.get(key);
      if (other && other.id !== entity.value.id) {
        problems.push({
          file: entity.file,
          path: jsonPath([...entity.path, ...subPath]),
          message: `name "${name}" of "${entity.value.id}" is also a name of "${other.id}" ("${other.name}")`,
        });
      } else owner.set(key, { id: entity.value.id, name });
    }
  }
  return problems;
}
