import type { Problem } from "./problem.js";
import { jsonPath } from "./problem.js";
import type { RawData } from "./raw-data.js";

/**
 * Reports relations, evidence and entity lifetime evidence that point at entities or sources that
 * do not exist.
 */
export function checkReferences(data: RawData): Problem[] {
  const entityIds = new Set(data.entities.map((e) => e.value.id));
  const sourceIds = new Set(data.sources.map((s) => s.value.id));
  const problems: Problem[] = [];
  for (const e of data.entities) {
    e.value.lifetimeEvidence.forEach((ev, i) => {
      if (!sourceIds.has(ev.source))
        problems.push({
          file: e.file,
          path: jsonPath([...e.path, "lifetimeEvidence", i, "source"]),
          message: `unknown source "${ev.source}"`,
        });
    });
  }
  for (const r of data.relations) {
    const at = (...rest: (string | number)[]) => jsonPath([...r.path, ...rest]);
    for (const end of ["source", "target"] as const) {
      const id = r.value[end];
      if (!entityIds.has(id))
        problems.push({ file: r.file, path: at(end), message: `unknown entity "${id}"` });
    }
    r.value.evidence.forEach((e, i) => {
      if (!sourceIds.has(e.source)) {
        problems.push({
          file: r.file,
          path: at("evidence", i, "source"),
          message: `unknown source "${e.source}"`,
        });
      }
      for (const who of ["claimedBy", "reportedBy"] as const) {
        const id = e[who];
        if (id !== undefined && !entityIds.has(id)) {
          problems.push({ file: r.file, path: at("evidence", i, who), message: `unknown entity "${id}"` });
        }
      }
    });
  }
  return problems;
}
