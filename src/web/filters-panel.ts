import type { KnowledgeGraph } from "../graph/knowledge-graph.js";
import type { EntityKind, RelationKind, Status } from "../model/core.js";
import { ENTITY_KINDS, RELATION_KIND_IDS, RELATION_KINDS } from "../model/core.js";
import { el, listen } from "./dom.js";
import type { Filters, Store } from "./explorer-state.js";
import { KIND_COLORS, signColor } from "./palette.js";
import { STATUSES } from "./url-state.js";

function checkbox(
  group: string,
  value: string,
  text: string,
  checked: boolean,
  swatch?: { color: string; shape: "dot" | "line" },
): HTMLLabelElement {
  const input = el("input", { attrs: { type: "checkbox", name: group, value } });
  input.checked = checked;
  return el(
    "label",
    { className: "check" },
    input,
    swatch
      ? el("span", { className: `swatch ${swatch.shape}`, attrs: { style: `--swatch: ${swatch.color}` } })
      : null,
    text,
  );
}

function checkedValues<T extends string>(root: HTMLElement, group: string): Set<T> {
  const inputs = root.querySelectorAll<HTMLInputElement>(`input[name="${group}"]`);
  return new Set([...inputs].filter((i) => i.checked).map((i) => i.value as T));
}

/**
 * Filters by entity kind, relation kind and status (with the colours of the legend beside them),
 * and whether entities without relations on the date stay drawn. Kinds absent from the data are
 * left out. Every change is one update of the state's filters. Two presets above them: actors only
 * (places hidden) and actors and places.
 */
export function mountFiltersPanel(root: HTMLElement, kg: KnowledgeGraph, store: Store): () => void {
  const present = new Set<string>([
    ...kg.dataset.entities.map((e) => e.kind),
    ...kg.dataset.relations.map((r) => r.kind),
  ]);
  const entityKinds = ENTITY_KINDS.filter((k) => present.has(k));
  const relationKinds = RELATION_KIND_IDS.filter((k) => present.has(k));
  const form = el("form", { className: "filters", attrs: { "aria-label": "Filters" } });
  const draw = (filters: Filters) => {
    form.replaceChildren(
      el(
        "fieldset",
        {},
        el("legend", { text: "Entities" }),
        ...entityKinds.map((k) =>
          checkbox("entity-kind", k, k, filters.entityKinds.has(k), { color: KIND_COLORS[k], shape: "dot" }),
        ),
      ),
      el(
        "fieldset",
        {},
        el("legend", { text: "Relations" }),
        ...relationKinds.map((k) =>
          checkbox("relation-kind", k, RELATION_KINDS[k].label, filters.relationKinds.has(k), {
            color: signColor(RELATION_KINDS[k].sign),
            shape: "line",
          }),
        ),
      ),
      el(
        "fieldset",
        {},
        el("legend", { text: "Status" }),
        ...STATUSES.map((s) => checkbox("status", s, s, filters.statuses.has(s))),
      ),
      checkbox("show-idle", "1", "Entities without relations on the date", filters.showIdle),
    );
  };
  draw(store.get().filters);
  const box = el("details", { className: "filters-box" }, el("summary", { text: "Filters" }), form);
  // Open beside the graph on wide screens; folded on phones, where it would push the graph down.
  box.open = !window.matchMedia("(max-width: 1000px)").matches;
  const actorsOnly = el("button", {
    text: "Actors only",
    attrs: { type: "button", id: "preset-actors", "aria-pressed": "false", title: "Hide places" },
  });
  const withPlaces = el("button", {
    text: "Actors and places",
    attrs: { type: "button", id: "preset-all", "aria-pressed": "false" },
  });
  const presets = el(
    "div",
    { className: "presets", attrs: { role: "group", "aria-label": "Presets" } },
    actorsOnly,
    withPlaces,
  );
  const markPresets = (filters: Filters) => {
    const places = filters.entityKinds.has("place");
    actorsOnly.setAttribute("aria-pressed", String(!places));
    withPlaces.setAttribute("aria-pressed", String(places));
  };
  const setPlaces = (shown: boolean) => {
    const filters = store.get().filters;
    const entityKinds = new Set(filters.entityKinds);
    for (const k of ENTITY_KINDS) {
      if (k === "place") {
        if (shown) entityKinds.add(k);
        else entityKinds.delete(k);
      } else entityKinds.add(k);
    }
    store.update({ filters: { ...filters, entityKinds } });
  };
  markPresets(store.get().filters);
  root.replaceChildren(presets, box);
  const read = (): Filters => {
    const previous = store.get().filters;
    // Kinds absent from the data keep their previous setting (they have no checkbox).
    const keep = <T extends string>(
      all: readonly T[],
      shown: readonly T[],
      set: ReadonlySet<T>,
      checked: Set<T>,
    ) => new Set(all.filter((k) => (shown.includes(k) ? checked.has(k) : set.has(k))));
    return {
      entityKinds: keep<EntityKind>(
        ENTITY_KINDS,
        entityKinds,
        previous.entityKinds,
        checkedValues(form, "entity-kind"),
      ),
      relationKinds: keep<RelationKind>(
        RELATION_KIND_IDS,
        relationKinds,
        previous.relationKinds,
        checkedValues(form, "relation-kind"),
      ),
      statuses: checkedValues<Status>(form, "status"),
      showIdle: checkedValues(form, "show-idle").size > 0,
    };
  };
  const cleanups = [
    listen(form, "change", () => store.update({ filters: read() })),
    listen(form, "submit", (event) => event.preventDefault()),
    listen(actorsOnly, "click", () => setPlaces(false)),
    listen(withPlaces, "click", () => setPlaces(true)),
    store.subscribe((state, previous) => {
      if (state.filters === previous.filters) return;
      markPresets(state.filters);
      if (!form.contains(document.activeElement)) draw(state.filters);
    }),
  ];
  return () => cleanups.forEach((c) => c());
}
