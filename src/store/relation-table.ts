import { spanFlagsOf } from "../graph/span-index.js";
import type { Dataset, DatedRelation, RelationKind } from "../model/core.js";

/**
 * The relations of a dataset as columns, position i being dataset.relations[i]: what a query
 * needs to pick relations (kind, ends, the days outside which it cannot hold, the days on which it
 * surely holds and its SPAN_* flags) without decoding them, and the whole relation, decoded on
 * demand, for those it keeps.
 */
export interface RelationTable {
  readonly size: number;
  /** Relation kinds by code: relation i is of kind `kindNames[kind[i]]`. */
  readonly kindNames: readonly RelationKind[];
  readonly kind: Uint8Array;
  /** Position in dataset.entities of each relation's source and target. */
  readonly source: Int32Array;
  readonly target: Int32Array;
  /** Days outside which each relation cannot hold (its validity's outer bounds; ±Infinity when open). */
  readonly outerLo: Float64Array;
  readonly outerHi: Float64Array;
  /** Days on which each relation surely holds when it is not doubtful (its validity's inner bounds). */
  readonly innerLo: Float64Array;
  readonly innerHi: Float64Array;
  /** SPAN_EVENT, SPAN_STATIC and SPAN_DOUBTFUL bits of each relation (spanFlagsOf its validity). */
  readonly flags: Uint8Array;
  /** The id of relation i. */
  id(i: number): string;
  /** Relation i, whole. */
  relation(i: number): DatedRelation;
}

/** The columns of a relation table, as the store writes and reads them. */
export interface RelationColumns {
  readonly kindNames: readonly RelationKind[];
  readonly kind: Uint8Array;
  readonly source: Int32Array;
  readonly target: Int32Array;
  readonly outerLo: Float64Array;
  readonly outerHi: Float64Array;
  readonly innerLo: Float64Array;
  readonly innerHi: Float64Array;
  readonly flags: Uint8Array;
}

/** Works out the columns of a dataset's relations in one pass. */
export function relationColumns(dataset: Dataset): RelationColumns {
  const { relations } = dataset;
  const position = new Map<string, number>();
  dataset.entities.forEach((e, i) => position.set(e.id, i));
  const codes = new Map<RelationKind, number>();
  const n = relations.length;
  const columns = {
    kindNames: [] as RelationKind[],
    kind: new Uint8Array(n),
    source: new Int32Array(n),
    target: new Int32Array(n),
    outerLo: new Float64Array(n),
    outerHi: new Float64Array(n),
    innerLo: new Float64Array(n),
    innerHi: new Float64Array(n),
    flags: new Uint8Array(n),
  };
  for (let i = 0; i < n; i++) {
    const r = relations[i]!;
    let code = codes.get(r.kind);
    if (code === undefined) {
      code = columns.kindNames.length;
      if (code > 255) throw new Error("more than 256 relation kinds do not fit a relation table");
      codes.set(r.kind, code);
      columns.kindNames.push(r.kind);
    }
    columns.kind[i] = code;
    columns.source[i] = entityPosition(position, r.source, r.id);
    columns.target[i] = entityPosition(position, r.target, r.id);
    columns.outerLo[i] = r.validity.outerLo;
    columns.outerHi[i] = r.validity.outerHi;
    columns.innerLo[i] = r.validity.innerLo;
    columns.innerHi[i] = r.validity.innerHi;
    columns.flags[i] = spanFlagsOf(r.validity);
  }
  return columns;
}

function entityPosition(position: ReadonlyMap<string, number>, id: string, relation: string): number {
  const at = position.get(id);
  if (at === undefined) throw new Error(`relation "${relation}" names the unknown entity "${id}"`);
  return at;
}

/** The relation table of a dataset held in memory (relations are already whole). */
export function relationTableOf(dataset: Dataset): RelationTable {
  const columns = relationColumns(dataset);
  const { relations } = dataset;
  return {
    ...columns,
    size: relations.length,
    id: (i) => relations[i]!.id,
    relation: (i) => relations[i]!,
  };
}
