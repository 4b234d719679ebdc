import type { DatedRelation, RelationKind } from "../model/core.js";
import { RELATION_KINDS } from "../model/core.js";

/**
 * The relations one exported edge stands for: all relations of one kind between the same two
 * entities (either way round for a symmetric kind). Gephi merges such edges on import; merging
 * them ourselves keeps every relation's id, dates and evidence on the edge.
 */
export interface EdgeGroup {
  /** `SOURCE--KIND--TARGET`: unique, since ids are kebab-case and never hold `--`. */
  readonly id: string;
  readonly kind: RelationKind;
  /** The ends of the group's first relation. */
  readonly source: string;
  readonly target: string;
  /** In the order given (canonically by id). */
  readonly relations: readonly DatedRelation[];
}

/** Groups relations into edges, in the order of each group's first relation. */
export function edgeGroups(relations: readonly DatedRelation[]): EdgeGroup[] {
  const groups = new Map<string, { first: DatedRelation; relations: DatedRelation[] }>();
  for (const r of relations) {
    const symmetric = RELATION_KINDS[r.kind].direction === "symmetric";
    const [a, b] = symmetric && r.target < r.source ? [r.target, r.source] : [r.source, r.target];
    const key = `${a}\u0000${r.kind}\u0000${b}`;
    const group = groups.get(key);
    if (group) group.relations.push(r);
    else groups.set(key, { first: r, relations: [r] });
  }
  return [...groups.values()].map(({ first, relations: members }) => ({
    id: `${first.source}--${first.kind}--${first.target}`,
    kind: first.kind,
    source: first.source,
    target: first.target,
    relations: members,
  }));
}
