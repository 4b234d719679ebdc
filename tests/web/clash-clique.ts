/** A clique of armed groups that all clashed with one another: enough edges to pass the page's 1,000-edge mark. */
export interface ClashClique<R> {
  readonly groups: readonly { readonly id: string; readonly label: string; readonly kind: "armed-group" }[];
  readonly relations: readonly (R & { readonly source: string; readonly target: string })[];
}

/**
 * `count` armed groups ("group-0" …) and one relation per pair of them, made by `clash` from the
 * two ids (its id, kind, date, evidence) with the pair as its ends: count·(count−1)/2 relations.
 */
export function clashClique<R extends object>(
  count: number,
  clash: (a: string, b: string) => R,
): ClashClique<R> {
  const groups = Array.from({ length: count }, (_, i) => ({
    id: `group-${i}`,
    label: `Group ${i}`,
    kind: "armed-group" as const,
  }));
  const relations = groups.flatMap((a, i) =>
    groups.slice(i + 1).map((b) => ({ ...clash(a.id, b.id), source: a.id, target: b.id })),
  );
  return { groups, relations };
}
