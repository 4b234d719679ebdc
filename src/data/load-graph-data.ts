import { existsSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import type { z } from "zod";
import type { Dataset, DatedRelation, Source } from "../model";
import { EntitySchema, RelationSchema, relationTiming, SourceSchema } from "../model";
import { checkAliases } from "./check-aliases";
import { checkDuplicateIds } from "./check-duplicate-ids";
import { checkDuplicateRelations } from "./check-duplicate-relations";
import { checkEvidence } from "./check-evidence";
import { checkReferences } from "./check-references";
import { checkRelationDates } from "./check-relation-dates";
import { checkRelationKinds } from "./check-relation-kinds";
import { corpusParagraphCounts } from "./corpus";
import { listJsonFiles } from "./list-json-files";
import type { Problem } from "./problem";
import { DataError } from "./problem";
import type { RawData } from "./raw-data";
import { readJsonFile } from "./read-json-file";
import { validateItems } from "./validate-items";

/** Where to find the corpus whose paragraph counts evidence is checked against (null: skip that check). */
export interface LoadOptions {
  readonly corpusDir?: string | null;
}

/** Everything a load found: the dataset when there were no problems, and every problem otherwise. */
export interface LoadResult {
  readonly dataset: Dataset | null;
  readonly problems: readonly Problem[];
  /** The files read, as displayed in problems. */
  readonly files: readonly string[];
}

/** The corpus folder that sits beside the project (../shared/corpus), if present. */
export function defaultCorpusDir(dataDir: string): string | null {
  const candidate = resolve(dataDir, "..", "..", "shared", "corpus");
  return existsSync(candidate) ? candidate : null;
}

/**
 * Reads a graph-data folder (sources.json, entities/*.json, relations/*.json), validates every
 * item and cross-checks the whole, collecting all problems before giving up.
 */
export async function loadGraphData(dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const display = (file: string) => relative(process.cwd(), file) || file;
  const problems: Problem[] = [];
  const sourcesFile = join(dir, "sources.json");
  const entityFiles = await listJsonFiles(join(dir, "entities"));
  const relationFiles = await listJsonFiles(join(dir, "relations"));
  if (!existsSync(dir)) {
    return {
      dataset: null,
      problems: [{ file: display(dir), path: "$", message: "no such folder" }],
      files: [],
    };
  }
  if (entityFiles.length === 0)
    problems.push({ file: display(join(dir, "entities")), path: "$", message: "no entity files" });
  if (relationFiles.length === 0)
    problems.push({ file: display(join(dir, "relations")), path: "$", message: "no relation files" });

  const read = async <S extends z.ZodType>(file: string, key: string, schema: S) => {
    const json = await readJsonFile(file, display(file));
    if (!json.ok) {
      problems.push(json.problem);
      return [];
    }
    return validateItems(display(file), json.value, key, schema, problems);
  };
  const sources = await read(sourcesFile, "sources", SourceSchema);
  const entities = (await Promise.all(entityFiles.map((f) => read(f, "entities", EntitySchema)))).flat();
  const relations = (
    await Promise.all(relationFiles.map((f) => read(f, "relations", RelationSchema)))
  ).flat();

  const corpusDir = options.corpusDir === undefined ? defaultCorpusDir(dir) : options.corpusDir;
  const corpusFiles = sources.map((s) => s.value.file).filter((f): f is string => f !== undefined);
  const paragraphCounts = corpusDir ? corpusParagraphCounts(corpusDir, corpusFiles) : null;
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
  );
  const files = [sourcesFile, ...entityFiles, ...relationFiles].map(display);
  if (problems.length > 0) return { dataset: null, problems, files };

  const sourceMap = new Map<string, Source>(sources.map((s) => [s.value.id, s.value]));
  const dated: DatedRelation[] = relations.map((r) => ({
    ...r.value,
    timing: relationTiming(r.value, sourceMap),
  }));
  return {
    dataset: {
      sources: sources.map((s) => s.value),
      entities: entities.map((e) => e.value),
      relations: dated,
    },
    problems,
    files,
  };
}

/** Loads a graph-data folder, throwing a DataError that lists every problem when it is not valid. */
export async function loadDataset(dir: string, options: LoadOptions = {}): Promise<Dataset> {
  const result = await loadGraphData(dir, options);
  if (!result.dataset) throw new DataError(result.problems);
  return result.dataset;
}
