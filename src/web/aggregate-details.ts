import { entityLabel } from "../graph/entity-label.js";
import type { KnowledgeGraph } from "../graph/knowledge-graph.js";
import type { DatedRelation } from "../model/core.js";
import { dayToIso, RELATION_KINDS } from "../model/core.js";
import { el } from "./dom.js";
import type { Store } from "./explorer-state.js";
import type { GraphView } from "./graph-view.js";
import { timingText } from "./relation-text.js";

/** Relations listed at most under an aggregated edge; the heading always gives the whole number. */
const MAX_LISTED = 200;

/** One line of the list: when, where and how many died (for events from a dataset), then the id. */
function relationLine(kg: KnowledgeGraph, relation: DatedRelation): string {
  const parts = [timingText(relation)];
  const event = relation.event;
  if (event?.place) parts.push(`at ${entityLabel(kg, event.place)}`);
  if (event?.deaths) parts.push(`${event.deaths.best} death${event.deaths.best === 1 ? "" : "s"}`);
  return `${parts.join(", ")} (${relation.id})`;
}

/**
 * For a relation drawn as part of an aggregated edge with others on the date: a section saying so
 * and listing every relation the edge stands for then (each selects its own details), the selected
 * one marked. Null when the relation's edge draws it alone.
 */
export function aggregateSection(
  kg: KnowledgeGraph,
  store: Store,
  graphView: GraphView,
  relation: DatedRelation,
): HTMLElement | null {
  const edge = graphView.edgeOf(relation.id);
  if (edge === undefined) return null;
  const drawn = graphView.drawnRelations(edge);
  if (drawn.length < 2) return null;
  const { day, windowDays } = store.get();
  const spec = RELATION_KINDS[relation.kind];
  const items = drawn.slice(0, MAX_LISTED).map((id) => {
    const r = kg.relations.get(id)!;
    const button = el("button", {
      className: "link-button",
      text: relationLine(kg, r),
      attrs: {
        type: "button",
        "data-relation": id,
        ...(id === relation.id ? { "aria-current": "true" } : {}),
      },
    });
    button.addEventListener("click", () => store.update({ selection: { kind: "relation", id }, path: null }));
    return el("li", {}, button);
  });
  return el(
    "section",
    { className: "aggregate", attrs: { "data-edge": edge, "data-count": String(drawn.length) } },
    el("h3", { text: `One edge for ${drawn.length} relations on ${dayToIso(day)}` }),
    el("p", {
      className: "hint",
      text: `Every ${relation.status} “${spec.label}” relation between ${entityLabel(kg, relation.source)} and ${entityLabel(kg, relation.target)} drawn on the date (events within ${windowDays} day(s)) is drawn as this one edge, thicker the more there are:`,
    }),
    el("ol", { className: "aggregate-list" }, ...items),
    drawn.length > MAX_LISTED
      ? el("p", { className: "hint", text: `The first ${MAX_LISTED} of ${drawn.length} are listed.` })
      : null,
  );
}
