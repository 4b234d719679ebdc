import type { Entity } from "../model/core.js";
import { RELATION_KINDS } from "../model/core.js";
import type { Problem } from "./problem.js";
import { jsonPath } from "./problem.js";
import type { RawData } from "./raw-data.js";

/** Reports relations joining entity kinds their relation kind does not allow, and self-loops. */
export function checkRelationKinds(data: RawData): Problem[] {
  const entities = new Map<string, Entity>(data.entities.map((e) => [e.value.id, e.value]));
  const problems: Problem[] = [];
  for (const r of data.relations) {
    const spec = RELATION_KINDS[r.value.kind];
    if (r.value.source === r.value.target) {
      problems.push({
        file: r.file,
        path: jsonPath([...r.path, "target"]),
        message: `a ${r.value.kind} relation cannot join "${r.value.source}" to itself`,
      });
    }
    const ends = [
      ["source", spec.sourceKinds],
      ["target", spec.targetKinds],
    ] as const;
    for (const [end, allowed] of ends) {
      const entity = entities.get(r.value[end]);
      if (entity && !(allowed as readonly string[]).includes(entity.kind)) {
        problems.push({
          file: r.file,
          path: jsonPath([...r.path, end]),
          message: `${r.value.kind} cannot have a ${entity.kind} ("${entity.id}") as its ${end}; allowed: ${allowed.join(", ")}`,
        });
      }
    }
  }
  return problems;
}
