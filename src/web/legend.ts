import type { KnowledgeGraph } from "../graph/knowledge-graph.js";
import { ENTITY_KINDS } from "../model/core.js";
import { el } from "./dom.js";
import { KIND_COLORS, SIGN_COLORS, STATUS_STYLE } from "./palette.js";
import { STATUS_DASH } from "./dashed-edges.js";
import { STATUS_MEANING } from "./relation-text.js";
import { DOUBT_MEANING, DOUBT_OPACITY } from "./time-doubt.js";
import { STATUSES } from "./url-state.js";

function item(swatch: HTMLElement, text: string): HTMLLIElement {
  return el("li", {}, swatch, el("span", { text }));
}

function dot(color: string): HTMLElement {
  return el("span", { className: "swatch dot", attrs: { style: `--swatch: ${color}` } });
}

function line(color: string, alpha = 1, thickness = 3, dash: readonly number[] = []): HTMLElement {
  const pattern = dash.length ? `; --dash-on: ${dash[0]}px; --dash-off: ${dash[1]}px` : "";
  return el("span", {
    className: `swatch line${dash.length ? " dashed" : ""}`,
    attrs: { style: `--swatch: ${color}; opacity: ${alpha}; --thickness: ${thickness}px${pattern}` },
  });
}

/**
 * The legend: node colour by entity kind, edge colour by sign, and how status is drawn (reported
 * solid, claimed dashed, disputed dotted and thinner; faded when only possible on the date), arrows,
 * curves, size.
 */
export function mountLegend(root: HTMLElement, kg: KnowledgeGraph): () => void {
  const kinds = ENTITY_KINDS.filter((k) => kg.dataset.entities.some((e) => e.kind === k));
  const details = el(
    "details",
    {},
    el("summary", { text: "Legend" }),
    el("ul", { attrs: { "aria-label": "Entity kinds" } }, ...kinds.map((k) => item(dot(KIND_COLORS[k]), k))),
    el(
      "ul",
      { attrs: { "aria-label": "Relation signs" } },
      item(line(SIGN_COLORS.cooperative), "cooperative: backs, allied, member…"),
      item(line(SIGN_COLORS.hostile), "hostile: attacked, captured, fights…"),
      item(line(SIGN_COLORS.neutral), "neutral: controls, negotiated, leads…"),
    ),
    el(
      "ul",
      { attrs: { "aria-label": "Relation status" } },
      ...STATUSES.map((s) =>
        item(
          line("#3b4450", STATUS_STYLE[s].alpha, 3 * STATUS_STYLE[s].sizeFactor, STATUS_DASH[s]),
          `${s}: ${STATUS_MEANING[s]}`,
        ),
      ),
      el(
        "li",
        { attrs: { "data-legend": "possible" } },
        line("#3b4450", STATUS_STYLE.reported.alpha * DOUBT_OPACITY),
        el("span", { text: DOUBT_MEANING }),
      ),
    ),
    el(
      "ul",
      { attrs: { "aria-label": "Shapes" } },
      el("li", { text: "Arrow: directed (patron → client); none: mutual" }),
      el("li", { text: "Curves: several edges between two entities (other kinds, statuses or directions)" }),
      el("li", {
        attrs: { "data-legend": "aggregated" },
        text: "Edges are aggregated: every relation of one kind and status between two entities on the date is one edge, thicker the more there are (select it to list them)",
      }),
      el("li", { text: "Size: the measure chosen under Rankings, on the date" }),
    ),
  );
  // Open beside the graph on wide screens; folded on phones, where it would push the graph down.
  details.open = !window.matchMedia("(max-width: 1000px)").matches;
  root.replaceChildren(details);
  return () => root.replaceChildren();
}
