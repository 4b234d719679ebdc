import type { Entity } from "../model/core.js";
import { normalizeName } from "../model/core.js";
import unhomoglyph from "unhomoglyph";
import type { Located } from "./located.js";
import type { Problem } from "./problem.js";
import { jsonPath } from "./problem.js";

/** The characters of a name outside ASCII and Latin-1, as code points (`: U+0430`), to show what makes it a look-alike. */
function describeUnusual(name: string): string {
  const unusual = [...new Set([...name].filter((c) => c.codePointAt(0)! > 0xff))];
  return unusual.length === 0
    ? ""
    : `: ${unusual
        .slice(0, 4)
        .map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`)
        .join(", ")}`;
}

/**
 * Reports a name (label or alias) that two entities share once case, diacritics and punctuation
 * are ignored, or that looks the same as another entity's name once confusable characters are
 * folded (Unicode TR39 skeletons, through unhomoglyph): the resolver, or a reader, could not tell
 * them apart.
 */
export function checkAliases(entities: readonly Located<Entity>[]): Problem[] {
  const owner = new Map<string, { id: string; name: string }>();
  const lookalike = new Map<string, { id: string; name: string; key: string }>();
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
        continue;
      }
      owner.set(key, { id: entity.value.id, name });
      // Look-alike names (Cyrillic "а" for Latin "a"…): compared by their Unicode TR39 skeleton.
      const skeleton = unhomoglyph(key);
      const twin = lookalike.get(skeleton);
      if (twin && twin.id !== entity.value.id && twin.key !== key) {
        problems.push({
          file: entity.file,
          path: jsonPath([...entity.path, ...subPath]),
          message: `name "${name}" of "${entity.value.id}" looks the same as "${twin.name}", a name of "${twin.id}" (confusable characters${describeUnusual(name)})`,
        });
      } else if (!twin) lookalike.set(skeleton, { id: entity.value.id, name, key });
    }
  }
  return problems;
}
