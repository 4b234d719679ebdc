import type { KnowledgeGraph } from "../graph/knowledge-graph.js";
import { RELATION_KINDS } from "../model/core.js";
import type { DashedEdge } from "./dashed-edges.js";
import { createDashedEdgeLayer, PROPOSAL_DASH } from "./dashed-edges.js";
import type { DisplayGraph } from "./display-graph.js";
import { el } from "./dom.js";
import type { Store } from "./explorer-state.js";
import type { GraphView } from "./graph-view.js";
import type { Proposals, ShownProposal } from "./load-draft.js";

/** Colour of a draft's proposals (relations and new entities): magenta, which no kind or sign uses. */
export const PROPOSAL_COLOR = "#c5007f";

const TRANSPARENT = "rgba(0, 0, 0, 0)";

/** The relation ids a display edge stands for (one, or several when edges are aggregated). */
function relationsOfEdge(graph: DisplayGraph, edge: string): readonly string[] {
  const ids = (graph.getEdgeAttributes(edge) as { relations?: unknown }).relations;
  return Array.isArray(ids) ? (ids as string[]) : [edge];
}

/** Curvature of a proposal's own edge beside an edge of existing relations between the same entities. */
const BESIDE_CURVATURE = 0.3;

/**
 * Marks a draft's proposals on the display graph, before sigma draws it: new entities in the
 * proposal colour with "(proposed)" after their name; edges standing only for proposals made
 * transparent in WebGL (kept for hovering and clicking), to be drawn dash-dot by
 * `mountProposalLayer`. An aggregated edge standing for existing relations and proposals is split:
 * the proposals get an edge of their own, curved beside it, so no existing relation reads as
 * proposed. Returns the proposal edges.
 */
export function markProposals(graph: DisplayGraph, proposals: Proposals): Set<string> {
  for (const [id, entity] of proposals.entities) {
    if (graph.hasNode(id))
      graph.mergeNodeAttributes(id, { color: PROPOSAL_COLOR, label: `${entity.label} (proposed)` });
  }
  const edges = new Set<string>();
  for (const edge of graph.edges()) {
    const relations = relationsOfEdge(graph, edge);
    const proposed = relations.filter((r) => proposals.relations.has(r));
    if (proposed.length === 0) continue;
    // An existing relation that gains evidence stays one edge, drawn as a proposal.
    if (proposed.length === relations.length) {
      edges.add(edge);
      graph.setEdgeAttribute(edge, "color", TRANSPARENT);
      continue;
    }
    const a = graph.getEdgeAttributes(edge);
    const key = `proposal:${edge}`;
    graph.mergeEdgeAttributes(edge, { relations: relations.filter((r) => !proposals.relations.has(r)) });
    graph.addDirectedEdgeWithKey(key, graph.source(edge), graph.target(edge), {
      ...a,
      type: a.type === "line" || a.type === "curved" ? "curved" : "curvedArrow",
      curvature: a.curvature + BESIDE_CURVATURE,
      color: TRANSPARENT,
      relations: proposed,
    });
    edges.add(key);
  }
  return edges;
}

/**
 * Draws the proposal edges dash-dot in the proposal colour on a canvas layer of their own (the
 * dashed-edge layer's drawing), following what the reducers show: hidden when the edge is, muted
 * when something else is in focus. Returns the cleanup.
 */
export function mountProposalLayer(graphView: GraphView, edges: ReadonlySet<string>): () => void {
  const { sigma, graph } = graphView;
  const styles = new Map<string, DashedEdge>();
  // Registered before the layer's own afterRender drawing, so the styles are current when it draws.
  const update = () => {
    styles.clear();
    for (const edge of edges) {
      if (!graph.hasEdge(edge)) continue;
      const shown = sigma.getEdgeDisplayData(edge);
      if (!shown || shown.hidden) continue;
      const a = graph.getEdgeAttributes(edge);
      const muted = shown.color !== TRANSPARENT && shown.color !== PROPOSAL_COLOR;
      styles.set(edge, {
        status: "reported",
        color: muted ? shown.color : PROPOSAL_COLOR,
        size: Math.max(1.5, shown.size),
        curvature: a.type === "curved" || a.type === "curvedArrow" ? a.curvature : 0,
        arrow: a.type === "arrow" || a.type === "curvedArrow",
        dash: PROPOSAL_DASH,
      });
    }
  };
  sigma.on("afterRender", update);
  const removeLayer = createDashedEdgeLayer(sigma, styles, "proposal-edges");
  sigma.refresh();
  return () => {
    removeLayer();
    sigma.off("afterRender", update);
  };
}

/** Proposals the draft makes itself (not controls derived from its captures). */
function proposedCount(proposals: Proposals): number {
  return [...proposals.relations.values()].filter((p) => p.derivedFrom === undefined).length;
}

function derivedCount(proposals: Proposals): number {
  return proposals.relations.size - proposedCount(proposals);
}

function confidenceRange(proposals: Proposals): string {
  const values = [...new Set([...proposals.relations.values()].map((p) => p.confidence))].sort(
    (a, b) => a - b,
  );
  if (values.length === 0) return "no relation proposed";
  const lo = values[0]!.toFixed(2);
  const hi = values.at(-1)!.toFixed(2);
  return lo === hi ? `confidence ${lo}` : `confidence ${lo}–${hi}`;
}

/** The legend's entries for a draft: the dash-dot proposal line, proposed entities, the confidence range. */
export function proposalLegend(proposals: Proposals): HTMLElement {
  const swatch = el("span", {
    className: "swatch line dashed",
    attrs: {
      style: `--swatch: ${PROPOSAL_COLOR}; --thickness: 3px; --dash-on: ${PROPOSAL_DASH[0]}px; --dash-off: ${PROPOSAL_DASH[1]}px`,
    },
  });
  const dot = el("span", { className: "swatch dot", attrs: { style: `--swatch: ${PROPOSAL_COLOR}` } });
  return el(
    "ul",
    { className: "proposal-legend", attrs: { "aria-label": "Draft proposals", "data-legend": "proposals" } },
    el(
      "li",
      {},
      swatch,
      el("span", {
        text: `proposal of the draft ${proposals.file} (${confidenceRange(proposals)}; each one's in Proposal)`,
      }),
    ),
    el("li", {}, dot, el("span", { text: "entity the draft proposes, named “(proposed)”" })),
  );
}

function proposalText(kg: KnowledgeGraph, relationId: string, p: ShownProposal): string {
  const r = kg.relations.get(relationId);
  const what = r
    ? `${kg.entities.get(r.source)?.label ?? r.source} ${RELATION_KINDS[r.kind].label} ${kg.entities.get(r.target)?.label ?? r.target}`
    : relationId;
  const role = p.addsTo
    ? `new evidence for the existing relation ${p.addsTo}`
    : p.derivedFrom
      ? `control that follows from the proposed capture ${p.derivedFrom}`
      : "a new relation";
  return `${what}: ${role}; rule ${p.rule}; confidence ${p.confidence.toFixed(2)}`;
}

/**
 * The panel of a draft laid over the graph: which draft, how many proposals and their confidence,
 * what a reviewer still has to settle, and, for the selection, the proposal behind it (rule and
 * confidence) or that the entity is proposed. Returns the cleanup.
 */
export function mountProposalPanel(
  root: HTMLElement,
  kg: KnowledgeGraph,
  store: Store,
  proposals: Proposals,
): () => void {
  const relationProposals = (id: string) => {
    const shown: [string, ShownProposal][] = [];
    // A display edge may stand for several relations; the selection is a relation id.
    const p = proposals.relations.get(id);
    if (p) shown.push([id, p]);
    return shown;
  };
  const draw = () => {
    const selection = store.get().selection;
    const lines: HTMLElement[] = [];
    if (selection?.kind === "relation") {
      const found = relationProposals(selection.id);
      lines.push(
        found.length
          ? el("p", {
              className: "proposal-selected",
              text: `Proposed: ${proposalText(kg, found[0]![0], found[0]![1])}`,
            })
          : el("p", { text: "The selected relation is not a proposal of the draft." }),
      );
    } else if (selection?.kind === "entity" && proposals.entities.has(selection.id)) {
      const e = proposals.entities.get(selection.id)!;
      const paragraphs = [...new Set(e.mentions.map((m) => m.paragraph))].join(", ");
      lines.push(
        el("p", {
          className: "proposal-selected",
          text: `Proposed new entity: ${e.label} (${e.kind}), named in paragraph${paragraphs.includes(",") ? "s" : ""} ${paragraphs} of the report.`,
        }),
      );
    }
    root.replaceChildren(
      el("h2", { text: "Proposal" }),
      el("p", {
        text: `Draft ${proposals.file} (source ${proposals.sourceId}, published ${proposals.published}): ${proposedCount(proposals)} relation(s) and ${proposals.entities.size} new entit${proposals.entities.size === 1 ? "y" : "ies"} proposed${derivedCount(proposals) ? ` (and ${derivedCount(proposals)} control(s) following from proposed captures)` : ""}, ${confidenceRange(proposals)}, drawn dash-dot in magenta. Accept or reject them with faultline review.`,
      }),
      ...lines,
      ...(proposals.notes.length
        ? [el("ul", { className: "proposal-notes" }, ...proposals.notes.map((n) => el("li", { text: n })))]
        : []),
    );
    root.hidden = false;
  };
  draw();
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.selection !== previous.selection) draw();
  });
  return () => {
    unsubscribe();
    root.replaceChildren();
    root.hidden = true;
  };
}
