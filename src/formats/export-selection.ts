import type { KnowledgeGraph } from "../graph/knowledge-graph.js";
import type { Certainty } from "../graph/time-bounds.js";
import type { Dataset, DatedRelation, Entity, Source } from "../model/core.js";
import type { QueryDate } from "../query/query-date.js";
import { snapshotAt } from "../query/snapshot.js";

/** The date of a snapshot export, the event window around it, and how surely each relation held then. */
export interface SnapshotInfo {
  readonly date: QueryDate;
  readonly windowDays: number;
  /** Certainty of each exported relation on the date, by relation id. */
  readonly certainty: ReadonlyMap<string, Certainty>;
}

/**
 * What an export writes: sources, entities and relations in canonical order (by id, so the same
 * data gives the same bytes whatever its file layout), and the snapshot when only a date's
 * relations are written.
 */
export interface ExportSelection {
  readonly sources: readonly Source[];
  readonly entities: readonly Entity[];
  readonly relations: readonly DatedRelation[];
  readonly snapshot: SnapshotInfo | null;
}

/** Orders items by id, by UTF-16 code units (locale-independent). */
export function byId<T extends { readonly id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The whole dataset, for a dynamic export. */
export function wholeDataset(dataset: Dataset): ExportSelection {
  return {
    sources: byId(dataset.sources),
    entities: byId(dataset.entities),
    relations: byId(dataset.relations),
    snapshot: null,
  };
}

/**
 * The graph on a date: every source and entity, the states holding then and the events within
 * `windowDays` of it (as `faultline snapshot`), each with its certainty.
 */
export function snapshotSelection(kg: KnowledgeGraph, date: QueryDate, windowDays = 0): ExportSelection {
  const relations: DatedRelation[] = [];
  const certainty = new Map<string, Certainty>();
  snapshotAt(kg, date, windowDays).hits.forEach((relation, sure) => {
    relations.push(relation);
    certainty.set(relation.id, sure);
  });
  return {
    sources: byId(kg.dataset.sources),
    entities: byId(kg.dataset.entities),
    relations: byId(relations),
    snapshot: { date, windowDays, certainty },
  };
}
