import { bidirectional } from "graphology-shortest-path/unweighted.js";
import { compareIds } from "./relation-ref.js";
import type { Projection } from "./simple-projection.js";

/**
 * The k shortest simple paths (fewest hops) from `source` to `target` in a simple graph, shortest
 * first, ties in id order: Yen's algorithm. The first path is graphology-shortest-path's
 * bidirectional search; each further one is a root of an earlier path plus a breadth-first spur
 * that avoids the root's nodes and the edges earlier paths took from the same root.
 * (graphology-simple-path lists *all* simple paths, which grows exponentially; Yen stays polynomial.)
 * Follows arcs in a directed graph, edges both ways in an undirected one. Empty when none exists.
 */
export function kShortestSimplePaths(
  graph: Projection,
  source: string,
  target: string,
  k: number,
): string[][] {
  if (k < 1 || !graph.hasNode(source) || !graph.hasNode(target)) return [];
  if (source === target) return [[source]];
  const first = bidirectional(graph, source, target);
  if (!first) return [];
  const next = neighbourLists(graph);
  const found: string[][] = [first];
  const candidates: string[][] = [];
  const seen = new Set([first.join("\u0000")]);
  while (found.length < k) {
    const last = found[found.length - 1]!;
    for (let i = 0; i < last.length - 1; i++) {
      const root = last.slice(0, i + 1);
      const bannedEdges = new Set<string>();
      for (const path of found) {
        if (path.length > i + 1 && root.every((node, j) => path[j] === node)) {
          bannedEdges.add(`${path[i]}\u0000${path[i + 1]}`);
        }
      }
      const spur = breadthFirstPath(next, last[i]!, target, new Set(root.slice(0, i)), bannedEdges);
      if (!spur) continue;
      const path = [...root.slice(0, i), ...spur];
      const key = path.join("\u0000");
      if (!seen.has(key)) {
        seen.add(key);
        candidates.push(path);
      }
    }
    if (candidates.length === 0) break;
    candidates.sort((a, b) => a.length - b.length || comparePaths(a, b));
    found.push(candidates.shift()!);
  }
  return found;
}

/** Each node's successors (out-neighbours, or neighbours when undirected), in id order. */
function neighbourLists(graph: Projection): Map<string, string[]> {
  const lists = new Map<string, string[]>();
  graph.forEachNode((node) => {
    const list = graph.type === "directed" ? graph.outNeighbors(node) : graph.neighbors(node);
    lists.set(node, list.sort(compareIds));
  });
  return lists;
}

/** A fewest-hops path avoiding some nodes and some (from → to) edges, or null. */
function breadthFirstPath(
  next: ReadonlyMap<string, readonly string[]>,
  source: string,
  target: string,
  bannedNodes: ReadonlySet<string>,
  bannedEdges: ReadonlySet<string>,
): string[] | null {
  const parent = new Map<string, string | null>([[source, null]]);
  let frontier = [source];
  while (frontier.length > 0 && !parent.has(target)) {
    const following: string[] = [];
    for (const node of frontier) {
      for (const neighbour of next.get(node) ?? []) {
        if (parent.has(neighbour) || bannedNodes.has(neighbour)) continue;
        if (bannedEdges.has(`${node}\u0000${neighbour}`)) continue;
        parent.set(neighbour, node);
        following.push(neighbour);
      }
    }
    frontier = following;
  }
  if (!parent.has(target)) return null;
  const path: string[] = [];
  for (let node: string | null = target; node !== null; node = parent.get(node) ?? null) path.push(node);
  return path.reverse();
}

function comparePaths(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = compareIds(a[i]!, b[i]!);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}
