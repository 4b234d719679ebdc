import type { EntityPath } from "../analysis/index.js";
import { runMeasure } from "../analysis/index.js";
import { isFaultlineError } from "../faultline-error.js";
import type { KnowledgeGraph } from "../graph/knowledge-graph.js";
import type { EntityResolver } from "../query/entity-resolver.js";
import { analysisScope } from "./analysis-scope.js";
import { el, listen } from "./dom.js";
import { createEntityPicker } from "./entity-picker.js";
import type { HighlightedPath, Store } from "./explorer-state.js";
import type { GraphView } from "./graph-view.js";
import type { NameIndex } from "./name-index.js";
import { entityLabel } from "../graph/entity-label.js";
import { RELATION_KINDS } from "../model/core.js";

/** Paths asked for at once. */
const PATHS_ASKED = 3;

function highlighted(path: EntityPath): HighlightedPath {
  return {
    from: path.entities[0]!,
    to: path.entities[path.entities.length - 1]!,
    nodes: path.entities,
    edges: path.relations,
  };
}

/**
 * A path between two chosen entities on the date: the registry's time-respecting k shortest paths
 * (every relation on a path holds on the date), listed with their relations; the shortest is
 * highlighted on the graph and followed as the date moves.
 */
export function mountPathPanel(
  root: HTMLElement,
  kg: KnowledgeGraph,
  store: Store,
  graphView: GraphView,
  names: NameIndex,
  resolver: Pick<EntityResolver, "resolve">,
  initialEnds: readonly [string, string] | null,
): () => void {
  let from: string | null = initialEnds?.[0] ?? null;
  let to: string | null = initialEnds?.[1] ?? null;
  const fromPicker = createEntityPicker({
    id: "path-from",
    label: "From",
    placeholder: "Iran",
    names,
    resolver,
    onPick: (e) => (from = e.id),
  });
  const toPicker = createEntityPicker({
    id: "path-to",
    label: "To",
    placeholder: "Hayat Tahrir al-Sham",
    names,
    resolver,
    onPick: (e) => (to = e.id),
  });
  fromPicker.show(from ? (kg.entities.get(from) ?? null) : null);
  toPicker.show(to ? (kg.entities.get(to) ?? null) : null);
  const find = el("button", { text: "Find paths", attrs: { type: "button", id: "path-find" } });
  const clear = el("button", { text: "Clear", attrs: { type: "button", id: "path-clear" } });
  const answer = el("div", { attrs: { id: "path-answer", "aria-live": "polite" } });
  root.replaceChildren(
    el("h2", { text: "Path between two entities" }),
    fromPicker.element,
    toPicker.element,
    el("div", { className: "form-row" }, find, clear),
    answer,
  );

  const relationButton = (id: string) => {
    const relation = kg.relations.get(id)!;
    const b = el("button", {
      className: "link-button small",
      text: RELATION_KINDS[relation.kind].label,
      attrs: { type: "button", "data-relation": id, title: kg.graph.getEdgeAttribute(id, "label") },
    });
    b.addEventListener("click", () => store.update({ selection: { kind: "relation", id } }));
    return b;
  };

  const compute = (showResult: boolean) => {
    if (!from || !to) {
      answer.replaceChildren(el("p", { className: "hint", text: "Choose two entities." }));
      return;
    }
    const scope = analysisScope(store.get());
    if (scope.kinds.length === 0) {
      answer.replaceChildren(el("p", { className: "none", text: "No relation kind is shown." }));
      return;
    }
    let paths: readonly EntityPath[] = [];
    let reason = "";
    try {
      const result = runMeasure(kg, "paths", { source: from, target: to, ...scope, k: PATHS_ASKED });
      if (result.family === "paths") {
        paths = result.paths;
        reason = result.reason;
      }
    } catch (error) {
      if (!isFaultlineError(error, "bad-input")) throw error;
      reason = error.problems.join("; ");
    }
    const current = store.get().path;
    const next = paths[0] ? highlighted(paths[0]) : null;
    if (showResult || current) store.update({ path: next });
    if (paths.length === 0) {
      answer.replaceChildren(el("p", { className: "none", text: reason || "no path on this date" }));
      return;
    }
    answer.replaceChildren(
      el(
        "ol",
        { className: "paths" },
        ...paths.map((p) => {
          const show = el("button", { className: "small", text: "Show", attrs: { type: "button" } });
          show.addEventListener("click", () => store.update({ path: highlighted(p), selection: null }));
          const steps: (Node | string)[] = [el("strong", { text: entityLabel(kg, p.entities[0]!) })];
          p.relations.forEach((r, i) => {
            // Each step keeps the relation's own direction: → when it runs along the path, ← against it.
            const relation = kg.relations.get(r)!;
            const arrow =
              RELATION_KINDS[relation.kind].direction === "symmetric"
                ? "—"
                : relation.source === p.entities[i]
                  ? "→"
                  : "←";
            steps.push(
              ` ${arrow} `,
              relationButton(r),
              ` ${arrow} `,
              el("strong", { text: entityLabel(kg, p.entities[i + 1]!) }),
            );
          });
          return el(
            "li",
            { attrs: { "data-certainty": p.certainty ?? "" } },
            ...steps,
            ` (${p.certainty ?? "undated"}) `,
            show,
          );
        }),
      ),
    );
  };

  const cleanups = [
    fromPicker.cleanup,
    toPicker.cleanup,
    listen(find, "click", () => compute(true)),
    listen(clear, "click", () => {
      from = null;
      to = null;
      fromPicker.show(null);
      toPicker.show(null);
      answer.replaceChildren();
      store.update({ path: null });
    }),
    graphView.onSettled(() => {
      if (store.get().path) compute(false);
    }),
  ];
  if (from && to) compute(true);
  return () => cleanups.forEach((c) => c());
}
