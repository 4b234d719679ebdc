import { dayToIso, DEFAULT_ANALYSIS_KINDS, RELATION_KIND_IDS } from "../model/core.js";
import type { ExplorerState } from "./explorer-state.js";

/** Registry parameters scoping an analysis to the page: the date and the relation kinds shown. */
export interface AnalysisScope {
  readonly at: string;
  readonly kinds: readonly string[];
}

/**
 * The registry parameters that scope an analysis to what the page shows: the date (`at`: states
 * holding on it, events that day, as `faultline … --at DATE`) and the relation kinds the filters
 * leave on (given explicitly: the registry's own default leaves out geography).
 */
export function analysisScope(state: ExplorerState): AnalysisScope {
  return {
    at: dayToIso(state.day),
    kinds: RELATION_KIND_IDS.filter((k) => state.filters.relationKinds.has(k)),
  };
}

/** The same scope as command-line options, to show which terminal command gives the same answer. */
export function scopeOptions(scope: AnalysisScope): string {
  const same =
    scope.kinds.length === DEFAULT_ANALYSIS_KINDS.length &&
    DEFAULT_ANALYSIS_KINDS.every((k) => scope.kinds.includes(k));
  return `--at ${scope.at}${same ? "" : ` --kinds ${scope.kinds.join(",")}`}`;
}
