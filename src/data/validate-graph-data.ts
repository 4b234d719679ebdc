import type { z } from "zod";
import type { Dataset, DatedRelation, Source } from "../model/index.js";
import { EntitySchema, RelationSchema, SourceSchema } from "../model/index.js";
import { datedRelations } from "../time/dated-relations.js";
import { checkAliases } from "./check-aliases.js";
import { checkDuplicateIds } from "./check-duplicate-ids.js";
import { checkDuplicateRelations } from "./check-duplicate-relations.js";
import { checkEvidence } from "./check-evidence.js";
import { checkPlaceHierarchy } from "./check-place-hierarchy.js";
import { checkReferences } from "./check-references.js";
import { checkRelationDates } from "./check-relation-dates.js";
import { checkRelationKinds } from "./check-relation-kinds.js";
import type { Problem } from "./problem.js";
import type { RawData } from "./raw-data.js";
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
 * problem. Pure (no file system), so the web page validates the same way the CLI does.
 */
export function validateGraphData(
  files: readonly GraphDataFile[],
  paragraphCounts: ReadonlyMap<string, number> | null = null,
  problems: Problem[] = [],
): ValidationResult {
  const items = <S extends z.ZodType>(role: GraphDataFile["role"], schema: S) =>
    files
      .filter((f) => f.role === role)
      .flatMap((f) => validateItems(f.name, f.content, role, schema, problems));
  const sources = items("sources", SourceSchema);
  const entities = items("entities", EntitySchema);
  const relations = items("relations", RelationSchema);
  const raw: RawData = { sources, entities, relations, paragraphCounts };
  problems.push(
    ...checkDuplicateIds("source", sources),
    ...checkDuplicateIds("entity", entities),
    ...checkDuplicateIds("relation", relations),
    ...checkAliases(entities),
    ...checkReferences(raw),
    ...checkRelationKinds(raw),
    ...checkRelationDates(raw),
    ...checkEvidence(raw),
    ...checkDuplicateRelations(raw),
    ...checkPlaceHierarchy(raw),
  );
  if (problems.length > 0) return { dataset: null, problems };
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
