import { RELATION_KIND_IDS, dayToIso } from "../model";
import type { ExplorerState } from "./explorer-state";

/**
 * The registry parameters that scope an analysis to what the page shows: the date (`at`: states
 * holding on it, events that day, as `faultline … --at DATE`) and the relation kinds left on by
 * the filters (omitted when all are on).
 */
export function analysisScope(state: ExplorerState): { at: string; kinds?: string[] } {
  const kinds = RELATION_KIND_IDS.filter((k) => state.filters.relationKinds.has(k));
  return kinds.length === RELATION_KIND_IDS.length
    ? { at: dayToIso(state.day) }
    : { at: dayToIso(state.day), kinds };
}

/** The same scope as command-line options, to show which terminal command gives the same answer. */
export function scopeOptions(scope: { at: string; kinds?: string[] }): string {
  return `--at ${scope.at}${scope.kinds ? ` --kinds ${scope.kinds.join(",") || "none"}` : ""}`;
}
