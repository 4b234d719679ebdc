import type { KnowledgeGraph } from "../graph/knowledge-graph.js";
import type { DatedRelation, Entity, Evidence } from "../model/core.js";
import { dayToIso, RELATION_KINDS, signName } from "../model/core.js";
import { el, externalLink } from "./dom.js";
import { evidenceSourceLines } from "./evidence-source.js";
import type { ExplorerState, Store } from "./explorer-state.js";
import type { GraphView } from "./graph-view.js";
import { basisText, statusText } from "../time/basis-text.js";
import { validityText } from "../time/validity-span.js";
import { entityLabel } from "../graph/entity-label.js";
import { holdingOnDay, relationTitle, STATUS_MEANING, timingText } from "./relation-text.js";
import { aggregateSection } from "./aggregate-details.js";
import { detailsLoaded, LOADING_EVIDENCE, whenDetailsLoaded } from "./dataset-details.js";

type Row = readonly [string, Node | string];

function definitionList(rows: readonly Row[]): HTMLDListElement {
  return el(
    "dl",
    { className: "facts" },
    ...rows.flatMap(([term, value]) => [el("dt", { text: term }), el("dd", {}, value)]),
  );
}

/** A button that selects an entity. */
function entityButton(kg: KnowledgeGraph, store: Store, id: string): HTMLButtonElement {
  const button = el("button", {
    className: "link-button",
    text: entityLabel(kg, id),
    attrs: { type: "button", "data-entity": id },
  });
  button.addEventListener("click", () => store.update({ selection: { kind: "entity", id }, path: null }));
  return button;
}

function evidenceItem(kg: KnowledgeGraph, store: Store, evidence: Evidence): HTMLLIElement {
  const source = kg.sources.get(evidence.source);
  const who: (Node | string)[] = [];
  if (evidence.claimedBy) who.push("Claimed by ", entityButton(kg, store, evidence.claimedBy), ". ");
  if (evidence.reportedBy) who.push("Reported by ", entityButton(kg, store, evidence.reportedBy), ". ");
  return el(
    "li",
    { className: "evidence", attrs: { "data-source": evidence.source } },
    ...evidenceSourceLines(evidence, source),
    el("p", { className: "evidence-note", text: evidence.note }),
    who.length ? el("p", { className: "evidence-who" }, ...who) : null,
  );
}

function relationDetails(
  kg: KnowledgeGraph,
  store: Store,
  relation: DatedRelation,
  state: ExplorerState,
  graphView: GraphView,
) {
  const spec = RELATION_KINDS[relation.kind];
  const label = (id: string) => entityLabel(kg, id);
  const holding = holdingOnDay(relation, state.day, state.windowDays);
  const onDate = holding
    ? `${holding.certainty === "certain" ? "holds" : "may hold"} on ${dayToIso(state.day)}: ${basisText(holding.basis, label)}`
    : `ruled out on ${dayToIso(state.day)}`;
  const { status, claimedBy } = relation.validity;
  return [
    el("h2", { text: relationTitle(kg, relation) }),
    el(
      "p",
      { className: "relation-ends" },
      entityButton(kg, store, relation.source),
      ` ${spec.label} `,
      entityButton(kg, store, relation.target),
    ),
    definitionList([
      ["Kind", `${spec.label} (${signName(spec.sign)}, ${spec.direction}): ${spec.description}`],
      ["When", timingText(relation)],
      ...(relation.validity.temporality === "state"
        ? ([["Holds", validityText(relation.validity, label)]] as const)
        : []),
      ["On this date", onDate],
      ["Status", `${statusText(status, claimedBy, label)}: ${STATUS_MEANING[status]}`],
      ...(relation.derivedFrom ? ([["Derived from", relation.derivedFrom.join(", ")]] as const) : []),
      ...(relation.note ? ([["Note", relation.note]] as const) : []),
      ["Id", relation.id],
    ]),
    el("h3", { text: `Evidence (${relation.evidence.length})` }),
    // The shipped data's evidence details come after the first frame: say so until they are in.
    detailsLoaded(kg.dataset)
      ? el("ol", { className: "evidence-list" }, ...relation.evidence.map((e) => evidenceItem(kg, store, e)))
      : el("p", { className: "hint evidence-loading", text: LOADING_EVIDENCE, attrs: { role: "status" } }),
    aggregateSection(kg, store, graphView, relation),
  ].filter((node) => node !== null);
}

function relationsOfEntity(kg: KnowledgeGraph, store: Store, graphView: GraphView, entity: Entity) {
  const shown = graphView.view().relations;
  const items = kg.graph
    .edges(entity.id)
    .filter((id) => shown.has(id))
    .map((id) => kg.relations.get(id)!)
    .map((r) => {
      const outgoing = r.source === entity.id;
      const spec = RELATION_KINDS[r.kind];
      const verb = outgoing || spec.direction === "symmetric" ? spec.label : spec.inverseLabel;
      return { r, text: `${verb} ${entityLabel(kg, outgoing ? r.target : r.source)}` };
    })
    .sort((a, b) => a.text.localeCompare(b.text));
  if (items.length === 0) return el("p", { text: "No relation of it is drawn on this date." });
  return el(
    "ul",
    { className: "relation-links" },
    ...items.map(({ r, text }) => {
      const button = el("button", {
        className: "link-button",
        text,
        attrs: { type: "button", "data-relation": r.id },
      });
      button.addEventListener("click", () =>
        store.update({ selection: { kind: "relation", id: r.id }, path: null }),
      );
      return el(
        "li",
        { className: `sign-${signName(RELATION_KINDS[r.kind].sign)}` },
        button,
        ` (${r.status})`,
      );
    }),
  );
}

function entityDetails(kg: KnowledgeGraph, store: Store, graphView: GraphView, entity: Entity) {
  const rows: Row[] = [["Kind", entity.place ? `place (${entity.place.placeKind})` : entity.kind]];
  if (entity.aliases.length) rows.push(["Also called", entity.aliases.join("; ")]);
  if (entity.description) rows.push(["About", entity.description]);
  if (entity.place)
    rows.push([
      "Location",
      `${entity.place.lat.toFixed(2)}, ${entity.place.lon.toFixed(2)}${entity.place.approximate ? " (approximate)" : ""}`,
    ]);
  if (entity.wikidata)
    rows.push([
      "Wikidata",
      externalLink(`https://www.wikidata.org/wiki/${entity.wikidata}`, entity.wikidata),
    ]);
  rows.push(["Id", entity.id]);
  return [
    el("h2", { text: entity.label }),
    definitionList(rows),
    el("h3", { text: `Relations drawn on ${dayToIso(store.get().day)}` }),
    relationsOfEntity(kg, store, graphView, entity),
  ];
}

/**
 * The details of the selection: an entity's kind, names, place and relations on the date, or a
 * relation's kind, dates, status and every piece of evidence (outlet, date, title, paragraph, note,
 * who claimed it). Text from the data is set as text, never as markup.
 */
export function mountDetailsPanel(
  root: HTMLElement,
  kg: KnowledgeGraph,
  store: Store,
  graphView: GraphView,
): () => void {
  let mounted = true;
  const draw = () => {
    const state = store.get();
    const selection = state.selection;
    if (selection?.kind === "entity" && kg.entities.has(selection.id)) {
      root.replaceChildren(...entityDetails(kg, store, graphView, kg.entities.get(selection.id)!));
    } else if (selection?.kind === "relation" && kg.relations.has(selection.id)) {
      root.replaceChildren(...relationDetails(kg, store, kg.relations.get(selection.id)!, state, graphView));
      if (!detailsLoaded(kg.dataset))
        whenDetailsLoaded(kg.dataset).then(
          () => {
            if (mounted && store.get().selection === selection) draw();
          },
          (error: unknown) => {
            const loading = root.querySelector(".evidence-loading");
            if (loading)
              loading.textContent = `The evidence could not be loaded: ${(error as Error).message}`;
          },
        );
    } else {
      root.replaceChildren(
        el("h2", { text: "Details" }),
        el("p", {
          className: "hint",
          text: "Select an entity or a relation (on the graph, in the search box or in the list of relations) to read its dates, status and sources.",
        }),
      );
    }
    root.dataset.selection = selection ? `${selection.kind}:${selection.id}` : "";
  };
  draw();
  const unsubscribeSettled = graphView.onSettled(() => {
    if (store.get().selection?.kind === "entity") draw();
  });
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.selection !== previous.selection) {
      draw();
      // On a phone the details sit far below the graph and the list: bring them to the reader.
      // Scrolling moves no focus, so the keyboard stays where the user acted.
      if (state.selection?.kind === "relation" && window.matchMedia("(max-width: 1000px)").matches)
        root.scrollIntoView({ block: "start" });
    } else if (
      state.selection?.kind === "relation" &&
      (state.day !== previous.day || state.windowDays !== previous.windowDays)
    )
      draw();
  });
  return () => {
    mounted = false;
    unsubscribe();
    unsubscribeSettled();
  };
}
