import { distance } from "fastest-levenshtein";
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
  const unknown = unknownReferences(data, entityIds, sourceIds, problems);
  for (const e of data.entities) {
    e.value.lifetimeEvidence.forEach((ev, i) => {
      if (!sourceIds.has(ev.source))
        problems.push({
          file: e.file,
          path: jsonPath([...e.path, "lifetimeEvidence", i, "source"]),
          message: unknown("source", ev.source, e.value.id),
        });
    });
  }
  for (const r of data.relations) {
    const at = (...rest: (string | number)[]) => jsonPath([...r.path, ...rest]);
    for (const end of ["source", "target"] as const) {
      const id = r.value[end];
      if (!entityIds.has(id)) {
        const message = unknown("entity", id, r.value.id);
        if (message !== "") problems.push({ file: r.file, path: at(end), message });
      }
    }
    r.value.evidence.forEach((e, i) => {
      if (!sourceIds.has(e.source)) {
        const message = unknown("source", e.source, r.value.id);
        if (message !== "") problems.push({ file: r.file, path: at("evidence", i, "source"), message });
      }
      for (const who of ["claimedBy", "reportedBy"] as const) {
        const id = e[who];
        if (id !== undefined && !entityIds.has(id)) {
          const message = unknown("entity", id, r.value.id);
          if (message !== "") problems.push({ file: r.file, path: at("evidence", i, who), message });
        }
      }
    });
  }
  unknown.summarise();
  return problems;
}

/** The closest id within a small edit distance (a typo), if any. */
function closestId(id: string, candidates: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Math.max(2, Math.floor(id.length / 3)) + 1;
  for (const c of candidates) {
    if (Math.abs(c.length - id.length) >= bestDistance) continue;
    const d = distance(id, c);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * The message for a reference to an unknown entity or source, with a did-you-mean when an id is a
 * typo away; "" when the id is that of an item rejected for problems of its own (the reference
 * is a knock-on problem: `summarise` then adds one line per such item, under it).
 */
function unknownReferences(
  data: RawData,
  entityIds: ReadonlySet<string>,
  sourceIds: ReadonlySet<string>,
  problems: Problem[],
): ((what: "entity" | "source", id: string, from: string) => string) & { summarise(): void } {
  const suggestions = new Map<string, string | null>();
  const knockOn = new Map<string, { what: "entity" | "source"; id: string; from: string[] }>();
  const lists = { entity: () => [...entityIds], source: () => [...sourceIds] };
  const cached = { entity: null as string[] | null, source: null as string[] | null };
  const unknown = (what: "entity" | "source", id: string, from: string): string => {
    const rejected = what === "entity" ? data.rejected?.entities : data.rejected?.sources;
    if (rejected?.has(id)) {
      const key = `${what}:${id}`;
      const group = knockOn.get(key) ?? { what, id, from: [] };
      group.from.push(from);
      knockOn.set(key, group);
      return "";
    }
    const key = `${what}:${id}`;
    if (!suggestions.has(key)) suggestions.set(key, closestId(id, (cached[what] ??= lists[what]())));
    const suggestion = suggestions.get(key);
    return `unknown ${what} "${id}"${suggestion ? ` (did you mean "${suggestion}"?)` : ""}`;
  };
  return Object.assign(unknown, {
    summarise() {
      for (const { what, id, from } of knockOn.values()) {
        const at = (what === "entity" ? data.rejected!.entities : data.rejected!.sources).get(id)!;
        const ids = [...new Set(from)];
        problems.push({
          file: at.file,
          path: jsonPath(at.path),
          id,
          message: `${from.length} reference(s) to this ${what} (from ${ids.slice(0, 5).join(", ")}${ids.length > 5 ? `, and ${ids.length - 5} more` : ""}) are not checked until its own problems are fixed`,
        });
      }
    },
  });
}
