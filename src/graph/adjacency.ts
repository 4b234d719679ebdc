import type { RelationTable } from "../store/relation-table.js";

const NONE = new Int32Array(0);

/**
 * Which relations each entity stands in, as positions in the relation table (data order), kept in
 * compressed rows of typed arrays: about 8 bytes a relation, built in two passes, with no graph.
 */
export class Adjacency {
  private constructor(
    private readonly positions: ReadonlyMap<string, number>,
    private readonly outStart: Int32Array,
    private readonly outList: Int32Array,
    private readonly inStart: Int32Array,
    private readonly inList: Int32Array,
  ) {}

  /** Builds the adjacency of a relation table whose ends are positions in `entityIds`. */
  static build(table: RelationTable, entityIds: readonly string[]): Adjacency {
    const positions = new Map<string, number>();
    entityIds.forEach((id, i) => positions.set(id, i));
    const [outStart, outList] = rows(table.source, entityIds.length);
    const [inStart, inList] = rows(table.target, entityIds.length);
    return new Adjacency(positions, outStart, outList, inStart, inList);
  }

  /** Relations whose source is the entity, in data order (empty for an unknown id). */
  outOf(entityId: string): Int32Array {
    const e = this.positions.get(entityId);
    return e === undefined ? NONE : this.outList.subarray(this.outStart[e]!, this.outStart[e + 1]!);
  }

  /** Relations whose target is the entity, in data order (empty for an unknown id). */
  inOf(entityId: string): Int32Array {
    const e = this.positions.get(entityId);
    return e === undefined ? NONE : this.inList.subarray(this.inStart[e]!, this.inStart[e + 1]!);
  }

  /** Relations the entity stands in at either end: those it is the target of, then the source of (graphology's order). */
  allOf(entityId: string): Int32Array {
    const into = this.inOf(entityId);
    const out = this.outOf(entityId);
    const all = new Int32Array(into.length + out.length);
    all.set(into);
    all.set(out, into.length);
    return all;
  }
}

/** Groups relation positions by the entity in `ends` (a counting sort): row starts and the rows. */
function rows(ends: Int32Array, entityCount: number): [Int32Array, Int32Array] {
  const start = new Int32Array(entityCount + 1);
  for (let i = 0; i < ends.length; i++) start[ends[i]! + 1] = start[ends[i]! + 1]! + 1;
  for (let e = 0; e < entityCount; e++) start[e + 1] = start[e + 1]! + start[e]!;
  const next = start.slice(0, entityCount);
  const list = new Int32Array(ends.length);
  for (let i = 0; i < ends.length; i++) {
    const e = ends[i]!;
    list[next[e]!] = i;
    next[e] = next[e]! + 1;
  }
  return [start, list];
}
