import type { KnowledgeGraph } from "../graph/knowledge-graph.js";
import type { DayRange } from "../graph/time-bounds.js";
import type { Entity } from "../model/core.js";
import { eventDays } from "./event-counterparties.js";

/** An actor that fought on the same side as another in events of a date: how many events. */
export interface CoBelligerent {
  readonly entity: Entity;
  readonly events: number;
}

/**
 * Who fought on the same side as `entityId` in the events of `date` (`fought-alongside`
 * relations, from event datasets), most events first: allies on those days by what the dataset
 * records, which is not an alliance a source asserts, so `allies` lists them apart. An event
 * counts when every day it may have happened on lies within the date. Reads only the entity's own
 * relations (the adjacency index, decoding only those of that kind), so it stays quick on a large store.
 */
export function coBelligerentsOn(kg: KnowledgeGraph, entityId: string, date: DayRange): CoBelligerent[] {
  const { table } = kg;
  const code = table.kindNames.indexOf("fought-alongside");
  const counts = new Map<string, number>();
  if (code < 0) return [];
  for (const i of kg.adjacency.allOf(entityId)) {
    if (table.kind[i] !== code) continue;
    const relation = table.relation(i);
    const days = eventDays(relation);
    if (days === null || days.lo < date.lo || days.hi > date.hi) continue;
    const other = relation.source === entityId ? relation.target : relation.source;
    if (other !== entityId) counts.set(other, (counts.get(other) ?? 0) + 1);
  }
  return [...counts]
    .map(([id, events]) => ({ entity: kg.entities.get(id)!, events }))
    .sort((a, b) => b.events - a.events || a.entity.label.localeCompare(b.entity.label));
}

/** The line that introduces co-belligerents, the same in the CLI and the page, keeping them apart from allies. */
export function coBelligerentsHeading(label: string, within: string): string {
  return `Fought alongside ${label} in dataset events within ${within} (co-belligerents on those days, not an alliance a source asserts):`;
}
