import type { AnalysisResult, ScoredEntity } from "../analysis/index.js";
import { MEASURES, runMeasure } from "../analysis/index.js";
import { isFaultlineError } from "../faultline-error.js";
import type { KnowledgeGraph } from "../graph/knowledge-graph.js";
import { analysisScope, scopeOptions } from "./analysis-scope.js";
import { el, listen } from "./dom.js";
import type { Store } from "./explorer-state.js";
import type { GraphView } from "./graph-view.js";
import { sizesFromScores } from "./node-sizes.js";

/** The centrality measures of the registry: the choices for ranking and node size. */
export const CENTRALITY_CHOICES = MEASURES.filter((m) => m.family === "centrality");

/** Entities listed in the ranking. */
const TOP = 12;

function entityButton(store: Store, id: string, label: string): HTMLButtonElement {
  const button = el("button", {
    className: "link-button",
    text: label,
    attrs: { type: "button", "data-entity": id },
  });
  button.addEventListener("click", () => store.update({ selection: { kind: "entity", id }, path: null }));
  return button;
}

function run(kg: KnowledgeGraph, id: string, given: Record<string, unknown>): AnalysisResult | string {
  try {
    return runMeasure(kg, id, given);
  } catch (error) {
    if (isFaultlineError(error, "bad-input")) return error.problems.join("; ");
    throw error;
  }
}

/**
 * The ranking and the blocs on the date, run through the analysis registry exactly as
 * `faultline centrality --measure M --at DATE` and the blocs measure do; the chosen centrality also
 * sizes the nodes. Places can be left out of the list (scores are computed on the whole graph, as
 * the CLI does, and the places dropped from what is listed). Recomputed when the date comes to rest and when the measure or filters change.
 */
export function mountRankingPanel(
  root: HTMLElement,
  kg: KnowledgeGraph,
  store: Store,
  graphView: GraphView,
): () => void {
  const select = el(
    "select",
    { attrs: { id: "measure", "aria-describedby": "measure-description" } },
    ...CENTRALITY_CHOICES.map((m) => el("option", { text: m.name, attrs: { value: m.id } })),
  );
  select.value = store.get().measure;
  const description = el("p", { className: "hint", attrs: { id: "measure-description" } });
  const noPlaces = el("input", { attrs: { type: "checkbox", id: "rank-no-places" } });
  const command = el("p", { className: "hint cli" });
  const ranking = el("ol", { className: "ranking", attrs: { id: "ranking" } });
  const blocs = el("div", { attrs: { id: "blocs" } });
  root.replaceChildren(
    el("h2", { text: "Rankings and blocs" }),
    el(
      "div",
      { className: "form-row" },
      el("label", { text: "Size and rank by ", attrs: { for: "measure" } }),
      select,
    ),
    el("label", { className: "check" }, noPlaces, "Leave places out of the ranking"),
    description,
    ranking,
    command,
    el("h3", { text: "Blocs (cooperative relations on the date)" }),
    blocs,
  );

  const drawRanking = (all: readonly ScoredEntity[]) => {
    const scores = noPlaces.checked ? all.filter((s) => kg.entities.get(s.id)?.kind !== "place") : all;
    ranking.replaceChildren(
      ...scores
        .slice(0, TOP)
        .map((s) =>
          el(
            "li",
            {},
            entityButton(store, s.id, s.label),
            el("span", { className: "score", text: ` ${s.score.toFixed(3)}` }),
          ),
        ),
    );
    if (scores.length === 0)
      ranking.replaceChildren(el("li", { className: "none", text: "no relation on this date" }));
  };

  const update = () => {
    const state = store.get();
    const spec = CENTRALITY_CHOICES.find((m) => m.id === state.measure);
    description.textContent = spec?.description ?? "";
    const scope = analysisScope(state);
    if (scope.kinds.length === 0) {
      drawRanking([]);
      graphView.setNodeSizes(new Map());
      blocs.replaceChildren(el("p", { className: "none", text: "no relation kind is shown" }));
      return;
    }
    command.textContent = `Same as: faultline centrality --measure ${state.measure} ${scopeOptions(scope)}${noPlaces.checked ? " (places left out of the list)" : ""}`;
    const result = run(kg, state.measure, { ...scope });
    if (typeof result === "string" || result.family !== "centrality") {
      ranking.replaceChildren(el("li", { className: "none", text: String(result) }));
    } else {
      drawRanking(result.scores);
      graphView.setNodeSizes(sizesFromScores(result.scores));
    }
    const found = run(kg, "blocs", { ...scope });
    if (typeof found === "string" || found.family !== "blocs") {
      blocs.replaceChildren(el("p", { className: "none", text: String(found) }));
    } else if (found.blocs.length === 0) {
      blocs.replaceChildren(el("p", { className: "none", text: "no cooperative relation on this date" }));
    } else {
      blocs.replaceChildren(
        el(
          "ol",
          { className: "blocs" },
          ...found.blocs.map((b) =>
            el(
              "li",
              {},
              ...b.members.flatMap((m, i) =>
                i ? [", ", entityButton(store, m.id, m.label)] : [entityButton(store, m.id, m.label)],
              ),
            ),
          ),
        ),
        el("p", {
          className: "hint",
          text: found.modularity === null ? "" : `Louvain modularity ${found.modularity.toFixed(3)}`,
        }),
      );
    }
  };

  // Mounted after the graph's first frame: when the view has already come to rest, rank it now
  // (sizes and labels follow the ranking) instead of waiting for the next change of date.
  if (!graphView.settling()) update();
  const cleanups = [
    listen(select, "change", () => store.update({ measure: select.value })),
    listen(noPlaces, "change", update),
    graphView.onSettled(update),
    store.subscribe((state, previous) => {
      if (state.measure !== previous.measure) {
        select.value = state.measure;
        update();
      }
    }),
  ];
  return () => cleanups.forEach((c) => c());
}
