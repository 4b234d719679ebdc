import type { z } from "zod";
import type { Dataset, DatedRelation, Source } from "../model/core.js";
import { EntitySchema, RelationSchema, SourceSchema } from "../model/index.js";
import { datedRelations } from "../time/dated-relations.js";
import { checkAliases } from "./check-aliases.js";
import { checkDuplicateIds } from "./check-duplicate-ids.js";
import { checkDuplicateRelations } from "./check-duplicate-relations.js";
import { checkEvidence } from "./check-evidence.js";
import { checkPlaceHierarchy } from "./check-place-hierarchy.js";
import { checkReferences } from "./check-references.js";
import { checkEventLifetimes } from "./check-event-lifetimes.js";
import { checkRelationDates } from "./check-relation-dates.js";
import { checkRelationKinds } from "./check-relation-kinds.js";
import type { Located } from "./located.js";
import type { Problem } from "./problem.js";
import type { RawData } from "./raw-data.js";
import { plainRelation } from "./plain-relation.js";
import { validateItems } from "./validate-items.js";

/** One graph-data file's parsed JSON, with the name problems should show for it. */
export interface GraphDataFile {
  readonly name: string;
  readonly role: "sources" | "entities" | "relations";
  readonly content: unknown;
}

/** Everything a validation found: the dataset when there were no problems, and every problem otherwise. */
export interface ValidationResult {
  readonly dataset: Dataset | null;
  readonly problems: readonly Problem[];
}

/**
 * Validates parsed graph-data files item by item and cross-checks the whole, collecting every
 * problem (references to an item that failed its schema are summed up under it unless
 * `summariseKnockOns` is false). Pure (no file system), so the web page validates the same way the CLI does.
 */
export function validateGraphData(
  files: readonly GraphDataFile[],
  paragraphCounts: ReadonlyMap<string, number> | null = null,
  problems: Problem[] = [],
  options: { readonly summariseKnockOns?: boolean } = {},
): ValidationResult {
  const items = <S extends z.ZodType>(
    role: GraphDataFile["role"],
    schema: S,
    plain?: (item: unknown) => z.infer<S> | null,
  ) =>
    files
      .filter((f) => f.role === role)
      .flatMap((f) => validateItems(f.name, f.content, role, schema, problems, plain));
  const sources = items("sources", SourceSchema);
  const entities = items("entities", EntitySchema);
  const relations = items("relations", RelationSchema, plainRelation);
  const raw: RawData = {
    sources,
    entities,
    relations,
    paragraphCounts,
    // References to an item rejected for its own problems are summed up under it (imports do it their own way, with lines).
    rejected:
      options.summariseKnockOns === false
        ? undefined
        : {
            entities: rejectedItems(files, "entities", entities),
            sources: rejectedItems(files, "sources", sources),
          },
  };
  problems.push(
    ...checkDuplicateIds("source", sources),
    ...checkDuplicateIds("entity", entities),
    ...checkDuplicateIds("relation", relations),
    ...checkAliases(entities),
    ...checkReferences(raw),
    ...checkRelationKinds(raw),
    ...checkRelationDates(raw),
    ...checkEventLifetimes(raw),
    ...checkEvidence(raw),
    ...checkDuplicateRelations(raw),
    ...checkPlaceHierarchy(raw),
  );
  if (problems.length > 0) {
    nameItems(problems, files);
    return { dataset: null, problems };
  }
  const sourceMap = new Map<string, Source>(sources.map((s) => [s.value.id, s.value]));
  const dated: DatedRelation[] = datedRelations(
    relations.map((r) => r.value),
    sourceMap,
    entities.map((e) => e.value),
  );
  return {
    dataset: {
      sources: sources.map((s) => s.value),
      entities: entities.map((e) => e.value),
      relations: dated,
    },
    problems,
  };
}

/** The items of one role that have an id but failed their schema, by id, with where they are. */
function rejectedItems(
  files: readonly GraphDataFile[],
  role: GraphDataFile["role"],
  valid: readonly Located<unknown>[],
): Map<string, { file: string; path: (string | number)[] }> {
  const kept = new Set(valid.map((v) => `${v.file}\u0000${String(v.path[1])}`));
  const rejected = new Map<string, { file: string; path: (string | number)[] }>();
  for (const f of files) {
    if (f.role !== role) continue;
    const list = (f.content as Record<string, unknown> | null)?.[role];
    if (!Array.isArray(list)) continue;
    list.forEach((item, index) => {
      const id = (item as { id?: unknown } | null)?.id;
      if (typeof id === "string" && !kept.has(`${f.name}\u0000${index}`) && !rejected.has(id)) {
        rejected.set(id, { file: f.name, path: [role, index] });
      }
    });
  }
  return rejected;
}

const ITEM_PATH = /^\$\.(sources|entities|relations)\[(\d+)\]/;

/** Adds to each problem inside an item the item's id (e.g. the relation id beside `$.relations[16]`), so messages name it. */
function nameItems(problems: Problem[], files: readonly GraphDataFile[]): void {
  const byName = new Map(files.map((f) => [f.name, f.content as Record<string, unknown> | null]));
  problems.forEach((p, i) => {
    if (p.id !== undefined) return;
    const m = ITEM_PATH.exec(p.path);
    if (!m) return;
    const list = byName.get(p.file)?.[m[1]!];
    const id = Array.isArray(list) ? (list[Number(m[2])] as { id?: unknown } | null)?.id : undefined;
    if (typeof id === "string") problems[i] = { ...p, id };
  });
}
