import type { KnowledgeGraph } from "../graph/knowledge-graph.js";
import { dayToIso } from "../model/core.js";
import { el } from "./dom.js";
import type { Store } from "./explorer-state.js";
import type { GraphView } from "./graph-view.js";
import { relationTitle, timingText } from "./relation-text.js";
import type { VisibleView } from "./visible-view.js";

/** Rows listed at most; the count above the table always gives the whole number. */
const MAX_ROWS = 250;

/**
 * The relations drawn on the date as a table (the graph's content for keyboard and screen-reader
 * use): each row selects its relation. Redrawn once the date comes to rest.
 */
export function mountRelationsList(
  root: HTMLElement,
  kg: KnowledgeGraph,
  store: Store,
  graphView: GraphView,
): () => void {
  const summary = el("p", { className: "summary", attrs: { id: "visible-summary", "aria-live": "polite" } });
  const body = el("tbody");
  const table = el(
    "table",
    { className: "relations" },
    el(
      "thead",
      {},
      el(
        "tr",
        {},
        ...["Relation", "When", "Status", "On this date"].map((h) =>
          el("th", { text: h, attrs: { scope: "col" } }),
        ),
      ),
    ),
    body,
  );
  const more = el("p", { className: "hint" });
  root.replaceChildren(el("h2", { text: "Relations on the date" }), summary, table, more);

  const draw = (view: VisibleView) => {
    const { day, windowDays } = store.get();
    const relations = [...view.relations.entries()]
      .map(([id, certainty]) => ({ relation: kg.relations.get(id)!, certainty }))
      .sort(
        (a, b) =>
          (a.relation.timing.start?.lo ?? -Infinity) - (b.relation.timing.start?.lo ?? -Infinity) ||
          a.relation.id.localeCompare(b.relation.id),
      );
    summary.textContent = `${view.relations.size} relation(s) between ${view.active.size} entities drawn on ${dayToIso(day)} (events within ${windowDays} day(s)).`;
    root.dataset.visibleCount = String(view.relations.size);
    body.replaceChildren(
      ...relations.slice(0, MAX_ROWS).map(({ relation, certainty }) => {
        const button = el("button", {
          className: "link-button",
          text: relationTitle(kg, relation),
          attrs: { type: "button", "data-relation": relation.id },
        });
        button.addEventListener("click", () =>
          store.update({ selection: { kind: "relation", id: relation.id }, path: null }),
        );
        return el(
          "tr",
          {},
          el("td", {}, button),
          el("td", { text: timingText(relation) }),
          el("td", { text: relation.status }),
          el("td", { text: certainty }),
        );
      }),
    );
    more.textContent =
      relations.length > MAX_ROWS ? `The first ${MAX_ROWS} of ${relations.length} are listed.` : "";
  };
  draw(graphView.view());
  return graphView.onSettled(draw);
}
