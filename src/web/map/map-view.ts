import provinces from "virtual:syria-provinces";
import type { KnowledgeGraph } from "../../graph/knowledge-graph.js";
import { dayToIso, RELATION_KINDS } from "../../model/core.js";
import { entityLabel } from "../../graph/entity-label.js";
import { el } from "../dom.js";
import type { Store } from "../explorer-state.js";
import { visibleView } from "../visible-view.js";
import { basisText } from "../../time/basis-text.js";
import { basisOn } from "../../time/holds.js";
import type { PlaceControl } from "./place-control.js";
import { placeControl } from "./place-control.js";

/** Quiet time after the last change of date before the map is redrawn. */
const MAP_SETTLE_MS = 120;

const SVG = "http://www.w3.org/2000/svg";

/** Colours given to controllers in turn (distinct from one another and from the grey of no controller). */
const CONTROLLER_COLORS = [
  "#2f6db5",
  "#e08a00",
  "#1f9e4b",
  "#7b52ae",
  "#c2417a",
  "#2a8f8a",
  "#8c564b",
  "#bcbd22",
];

/** Bounds of the map (Syria with a margin), degrees. */
const WEST = 35.5;
const EAST = 42.5;
const SOUTH = 32.2;
const NORTH = 37.5;
/** Equirectangular projection at Syria's latitude: one degree of longitude is cos(35°) of one of latitude. */
const X_SCALE = Math.cos((35 * Math.PI) / 180);
const WIDTH = 600;
const HEIGHT = Math.round((WIDTH * (NORTH - SOUTH)) / ((EAST - WEST) * X_SCALE));

function project(lon: number, lat: number): [number, number] {
  return [((lon - WEST) / (EAST - WEST)) * WIDTH, ((NORTH - lat) / (NORTH - SOUTH)) * HEIGHT];
}

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  return node;
}

/**
 * The map beside the network: Syria's provinces (Natural Earth, drawn offline), each place at its
 * coordinates coloured by who controls it on the date (solid when certain, faded when only
 * possible, a dashed ring when only claimed; split control named in its title), and the events of
 * the window at their places, sized by deaths where the data gives them. It follows the date,
 * window, filters and selection; clicking a place selects it, in the network too.
 */
export function mountMapView(root: HTMLElement, kg: KnowledgeGraph, store: Store): () => void {
  const places = kg.dataset.entities.filter((e) => e.place);
  const map = svg("svg", {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    id: "map",
    role: "group",
    "aria-label":
      "Map of Syria: places by who controls them on the date (arrow keys move between places, Enter selects one)",
  });
  const ring = (r: readonly (readonly [number, number])[]) =>
    `M${r
      .map(([lon, lat]) =>
        project(lon, lat)
          .map((n) => n.toFixed(1))
          .join(","),
      )
      .join("L")}Z`;
  for (const p of provinces) {
    const path = svg("path", { d: p.rings.map(ring).join(""), class: "province" });
    path.append(svg("title", {}));
    path.firstChild!.textContent = p.name;
    map.append(path);
  }
  const eventLayer = svg("g", { class: "events" });
  const placeLayer = svg("g", { class: "places" });
  map.append(eventLayer, placeLayer);
  const key = el("ul", {
    className: "map-key",
    attrs: { id: "map-key", "aria-label": "Controllers on the date" },
  });
  const caption = el("p", { className: "hint", attrs: { id: "map-caption" } });
  root.replaceChildren(el("h2", { text: "Map" }), map, key, caption);

  // Each controller keeps one colour whatever the date (the most controlling first), so a place
  // redrawn on a step looks as it would on a page opened at that date.
  const controlCounts = new Map<string, number>();
  for (const r of kg.dataset.relations)
    if (r.kind === "controls") controlCounts.set(r.source, (controlCounts.get(r.source) ?? 0) + 1);
  const colorOf = new Map<string, string>(
    [...controlCounts]
      .sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0))
      .map(([id], i) => [id, CONTROLLER_COLORS[i % CONTROLLER_COLORS.length]!]),
  );
  const controllerColor = (id: string) => colorOf.get(id) ?? CONTROLLER_COLORS[0]!;

  /** One dot per place, made once; a draw changes only the attributes of those whose control changed. */
  const dots = new Map<string, { dot: SVGCircleElement; title: SVGTitleElement; drawn: string }>();
  for (const e of places) {
    const [x, y] = project(e.place!.lon, e.place!.lat);
    const dot = svg("circle", {
      cx: x.toFixed(1),
      cy: y.toFixed(1),
      "data-place": e.id,
      tabindex: -1,
      role: "button",
    });
    const title = svg("title", {});
    dot.append(title);
    placeLayer.append(dot);
    dots.set(e.id, { dot, title, drawn: "" });
  }

  const label = (id: string) => entityLabel(kg, id);
  /** "held by HTS", "claimed by HTS", "possibly held by the Syrian government (after last report 2019-06-06)". */
  const controlText = (c: PlaceControl, day: number) => {
    const who = c.controllers.map(label).join(" and ");
    if (c.level === "certain") return `held by ${who}`;
    if (c.level === "claimed") return `claimed by ${who}`;
    const why = basisText(basisOn(c.relations[0]!.validity, { lo: day, hi: day }), label);
    return `possibly held by ${who}${c.claimed ? " on a claim" : ""} (${why})`;
  };

  const draw = () => {
    const started = performance.now();
    const state = store.get();
    const control = placeControl(kg, state);
    const selected = state.selection?.kind === "entity" ? state.selection.id : null;
    const shown = new Set<string>();
    let redrawn = 0;
    for (const e of places) {
      const c = control.get(e.id);
      const fill = c ? (c.controllers.length === 1 ? controllerColor(c.controllers[0]!) : "#555") : "#ffffff";
      for (const id of c?.controllers ?? []) shown.add(id);
      const attributes: Record<string, string | number> = {
        r: e.id === selected ? 7 : 4.5,
        class: `place${c ? ` ${c.level}` : ""}${c?.claimed ? " claimed" : ""}${e.id === selected ? " selected" : ""}`,
        fill,
        "data-controller": c?.controllers.join(",") ?? "",
        "data-control": c?.level ?? "none",
      };
      const entry = dots.get(e.id)!;
      const drawn = Object.values(attributes).join("\u0000");
      if (entry.drawn !== drawn) {
        for (const [name, value] of Object.entries(attributes)) entry.dot.setAttribute(name, String(value));
        entry.drawn = drawn;
        redrawn++;
      }
      // The title (read on hover, not drawn) names the date, so it changes on every step.
      entry.title.textContent = `${e.label}: ${c ? controlText(c, state.day) : "no control known"} on ${dayToIso(state.day)}`;
    }
    placeLayer.dataset.redrawn = String(redrawn);
    const view = visibleView(kg, {
      ...state,
      filters: { ...state.filters, entityKinds: new Set([...state.filters.entityKinds, "place"]) },
    });
    const events: SVGCircleElement[] = [];
    for (const id of view.relations.keys()) {
      const r = kg.relations.get(id)!;
      if (RELATION_KINDS[r.kind].temporality !== "event") continue;
      const place = kg.entities.get(r.event?.place ?? r.target)?.place;
      if (!place) continue;
      const deaths = r.event?.deaths?.best;
      const [x, y] = project(place.lon, place.lat);
      const circle = svg("circle", {
        cx: x.toFixed(1),
        cy: y.toFixed(1),
        r: deaths === undefined ? 9 : Math.min(40, 6 + 3 * Math.sqrt(deaths)),
        class: `event sign-${RELATION_KINDS[r.kind].sign < 0 ? "hostile" : "other"}`,
        "data-relation": id,
      });
      const title = svg("title", {});
      title.textContent = `${RELATION_KINDS[r.kind].label}${deaths === undefined ? "" : ` (${deaths} deaths)`}`;
      circle.append(title);
      events.push(circle);
    }
    eventLayer.replaceChildren(...events);
    key.replaceChildren(
      ...[...shown]
        .sort()
        .map((id) =>
          el(
            "li",
            {},
            el("span", { className: "swatch dot", attrs: { style: `--swatch: ${controllerColor(id)}` } }),
            entityLabel(kg, id),
          ),
        ),
      el("li", {}, el("span", { className: "swatch dot open" }), "no control known"),
      el(
        "li",
        {},
        el("span", { className: "swatch dot possible" }),
        "faded: control only possible on the date (beyond its last report, or dates too coarse)",
      ),
      el("li", {}, el("span", { className: "swatch dot claimed" }), "dashed ring: control only claimed"),
    );
    caption.textContent = `${events.length} event(s) within ±${state.windowDays} days of ${dayToIso(state.day)}, sized by deaths where known. Province boundaries: Natural Earth.`;
    // The last draw's time as a User Timing entry, for `npm run bench -- map` (one entry kept).
    performance.clearMeasures("faultline:map-draw");
    performance.measure("faultline:map-draw", { start: started });
  };

  // One tab stop for the whole map (thousands of places would be thousands of Tabs): the places
  // in the order of their names, the arrow keys moving between them.
  const keyOrder = [...places].sort((a, b) => a.label.localeCompare(b.label)).map((e) => e.id);
  let current: string | null = null;
  const rove = (id: string | null) => {
    if (id === current || (id !== null && !dots.has(id))) return;
    if (current !== null) dots.get(current)!.dot.setAttribute("tabindex", "-1");
    current = id;
    if (current !== null) dots.get(current)!.dot.setAttribute("tabindex", "0");
  };
  const selectedPlace = () => {
    const selection = store.get().selection;
    return selection?.kind === "entity" && dots.has(selection.id) ? selection.id : null;
  };
  rove(selectedPlace() ?? keyOrder[0] ?? null);

  const select = (target: EventTarget | null) => {
    const id = target instanceof Element ? target.getAttribute("data-place") : null;
    if (id) store.update({ selection: { kind: "entity", id }, path: null });
  };
  const onClick = (event: MouseEvent) => select(event.target);
  const moves: Record<string, (i: number) => number> = {
    ArrowRight: (i) => i + 1,
    ArrowDown: (i) => i + 1,
    ArrowLeft: (i) => i - 1,
    ArrowUp: (i) => i - 1,
    Home: () => 0,
    End: () => keyOrder.length - 1,
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      select(event.target);
      return;
    }
    const move = moves[event.key];
    if (!move || current === null || keyOrder.length === 0) return;
    event.preventDefault();
    const i = Math.min(keyOrder.length - 1, Math.max(0, move(keyOrder.indexOf(current))));
    rove(keyOrder[i]!);
    dots.get(current)!.dot.focus();
  };
  map.addEventListener("click", onClick);
  map.addEventListener("keydown", onKey);
  draw();
  // While the date moves (a slider drag, Play) the map waits for it to rest, as the relations list
  // does: redrawing every place on each step cost ~300 ms a step with the 2,000 places of a GED import.
  let pending: ReturnType<typeof setTimeout> | null = null;
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.filters !== previous.filters || state.selection !== previous.selection) {
      if (pending !== null) clearTimeout(pending);
      pending = null;
      // A place selected anywhere becomes the map's tab stop.
      rove(selectedPlace() ?? current);
      draw();
    } else if (state.day !== previous.day || state.windowDays !== previous.windowDays) {
      if (pending !== null) clearTimeout(pending);
      pending = setTimeout(() => {
        pending = null;
        draw();
      }, MAP_SETTLE_MS);
    }
  });
  return () => {
    if (pending !== null) clearTimeout(pending);
    unsubscribe();
    map.removeEventListener("click", onClick);
    map.removeEventListener("keydown", onKey);
  };
}
