import type { KnowledgeGraph } from "../graph/knowledge-graph.js";
import { DEFAULT_ANALYSIS_KINDS, dayToIso, ENTITY_KINDS } from "../model/core.js";
import { EntityResolver } from "../query/entity-resolver.js";
import { mountAnswersPanel } from "./answers-panel.js";
import { mountComparePanel } from "./compare-panel.js";
import { mountMapView } from "./map/map-view.js";
import { installDebugHandle } from "./debug-handle.js";
import { afterFirstFrame } from "./after-first-frame.js";
import { mountDetailsPanel } from "./details-panel.js";
import type { DisplayGraph } from "./display-graph.js";
import { buildDisplayGraph } from "./display-graph.js";
import { byId, el } from "./dom.js";
import type { ExplorerState, Store } from "./explorer-state.js";
import { createStore } from "./explorer-state.js";
import { mountExportPanel } from "./export-panel.js";
import { mountFiltersPanel } from "./filters-panel.js";
import { mountGraphControls } from "./graph-controls.js";
import { mountGraphInteractions } from "./graph-interactions.js";
import type { GraphView, GraphViewOptions } from "./graph-view.js";
import { createGraphView, DEFAULT_GRAPH_VIEW_OPTIONS } from "./graph-view.js";
import type { InitialLayoutOptions } from "./initial-layout.js";
import type { LayoutPositions } from "./initial-layout.js";
import { applyInitialLayout, applyStableLayout, DEFAULT_INITIAL_LAYOUT } from "./initial-layout.js";
import { mountLegend } from "./legend.js";
import { NameIndex } from "./name-index.js";
import { mountPathPanel } from "./path-panel.js";
import { CENTRALITY_CHOICES, mountRankingPanel } from "./ranking-panel.js";
import { mountRelationsList } from "./relations-list.js";
import { mountSearchPanel } from "./search-panel.js";
import { mountTimeOverlay } from "./time-overlay.js";
import { mountTimePanel } from "./time-panel.js";
import { clampDay, timeSpanOf } from "./time-span.js";
import { parseUrlView, STATUSES } from "./url-state.js";
import { mountUrlSync } from "./url-sync.js";

/** How the page is put together: rendering and layout options (the bench changes them). */
export interface ExplorerOptions {
  readonly graphView: GraphViewOptions;
  readonly layout: InitialLayoutOptions;
  /** Keep the address bar in step with the state (off for the bench page). */
  readonly syncUrl: boolean;
  /** The layout of the graph shown before, kept for the entities it holds (data added: a draft, a dataset that extends it). */
  readonly previousLayout?: LayoutPositions;
  /** The `data=` the address names for the dataset shown (load-url.ts). */
  readonly dataset?: string;
  /** Called on the laid-out display graph before sigma draws it (the page marks a draft's proposals there). */
  readonly prepareDisplay?: (display: DisplayGraph) => void;
  /** Called once the graph view and the store exist (the page lays a draft's proposals over them). */
  readonly onMounted?: (graphView: GraphView, store: Store) => void;
}

/**
 * The options of the page. ForceAtlas2 before the first draw stops at 1,000 entities: 400
 * iterations over the 2,186 of the UCDP GED import took 8 s in headless chromium; beyond that the
 * seeded positions stay (places on the map, others on a ring) and _Run layout_ refines them.
 */
export const DEFAULT_EXPLORER_OPTIONS: ExplorerOptions = {
  graphView: DEFAULT_GRAPH_VIEW_OPTIONS,
  layout: { ...DEFAULT_INITIAL_LAYOUT, maxNodesForIterations: 1000 },
  syncUrl: true,
};

/** Days either side of the date within which events are drawn, unless the URL says otherwise. */
export const DEFAULT_WINDOW_DAYS = 15;

/**
 * Mounts the explorer on the page's containers (see index.html) for a knowledge graph: the graph
 * drawn by sigma from one state, the time controls, search, filters, legend, details, questions
 * and exports. The graph and what reads it come first; the map and the other panels once that
 * frame is on screen (then `body[data-ready]`). Returns the cleanup that unmounts everything.
 */
export function mountExplorer(
  kg: KnowledgeGraph,
  options: ExplorerOptions = DEFAULT_EXPLORER_OPTIONS,
): () => void {
  const span = timeSpanOf(kg.dataset);
  const defaults: ExplorerState = {
    day: span.latestReport,
    windowDays: DEFAULT_WINDOW_DAYS,
    filters: {
      entityKinds: new Set(ENTITY_KINDS),
      // Static geography (town in province) is off at first: it would crowd out who did what.
      relationKinds: new Set(DEFAULT_ANALYSIS_KINDS),
      statuses: new Set(STATUSES),
      showIdle: false,
    },
    selection: null,
    hovered: null,
    path: null,
    measure: "degree",
  };
  const { view: asked, problems: urlProblems } = parseUrlView(
    window.location.search,
    kg,
    CENTRALITY_CHOICES.map((m) => m.id),
  );
  const problems = [...urlProblems];
  if (asked.day !== undefined && clampDay(span, asked.day) !== asked.day) {
    problems.push(
      `date: ${dayToIso(asked.day)} is outside the data (${dayToIso(span.first)} to ${dayToIso(span.last)}); showing the nearest day`,
    );
  }
  const initial: ExplorerState = {
    ...defaults,
    ...(asked.day !== undefined ? { day: clampDay(span, asked.day) } : {}),
    ...(asked.windowDays !== undefined ? { windowDays: asked.windowDays } : {}),
    ...(asked.selection ? { selection: asked.selection } : {}),
    ...(asked.filters ? { filters: asked.filters } : {}),
    ...(asked.measure ? { measure: asked.measure } : {}),
    ...(asked.compare ? { compare: asked.compare } : {}),
    ...(asked.certainOnly ? { certainOnly: true } : {}),
  };
  const notice = byId("notice", HTMLElement);
  if (problems.length > 0) {
    notice.hidden = false;
    notice.replaceChildren(
      el("p", { text: "Parts of the address were not understood and were ignored:" }),
      el("ul", {}, ...problems.map((p) => el("li", { text: p }))),
    );
  }

  const display = buildDisplayGraph(kg, options.graphView);
  if (options.previousLayout) applyStableLayout(kg, display, options.previousLayout, options.layout);
  else applyInitialLayout(kg, display, options.layout);
  options.prepareDisplay?.(display);
  const store = createStore(initial);
  const graphView = createGraphView(byId("graph", HTMLElement), kg, display, store, options.graphView);
  // Name lookups index every name when first typed into, not before the first frame.
  const names = new NameIndex(kg.dataset.entities);
  let madeResolver: EntityResolver | null = null;
  const resolver: Pick<EntityResolver, "resolve"> = {
    resolve: (text) => (madeResolver ??= new EntityResolver(kg.dataset.entities)).resolve(text),
  };

  // What the first frame shows of the graph and reads it by: drawn before anything else.
  const cleanups: (() => void)[] = [
    mountGraphInteractions(graphView, store),
    mountTimeOverlay(kg, store, graphView),
    mountTimePanel(byId("time-panel", HTMLElement), store, span, kg.dataset),
    mountSearchPanel(byId("search-panel", HTMLElement), kg, store, graphView, names, resolver),
    mountFiltersPanel(byId("filters-panel", HTMLElement), kg, store),
    mountLegend(byId("legend", HTMLElement), kg),
    mountGraphControls(byId("graph-controls", HTMLElement), kg, graphView),
    installDebugHandle(kg, store, graphView),
  ];
  if (options.syncUrl) cleanups.push(mountUrlSync(store, defaults, undefined, options.dataset));
  options.onMounted?.(graphView, store);
  if (initial.selection?.kind === "entity") graphView.centreOn(initial.selection.id);
  performance.mark("faultline:graph-mounted");
  // The map and the panels beside the graph follow once its first frame is on screen: with
  // thousands of places and events they cost a few hundred ms the graph need not wait for.
  const mountPanels = () => {
    cleanups.push(
      mountMapView(byId("map-panel", HTMLElement), kg, store),
      mountDetailsPanel(byId("details-panel", HTMLElement), kg, store, graphView),
      mountComparePanel(byId("compare-panel", HTMLElement), kg, store, span),
      mountAnswersPanel(byId("answers-panel", HTMLElement), kg, store),
      mountRelationsList(byId("relations-list", HTMLElement), kg, store, graphView),
      mountPathPanel(
        byId("path-panel", HTMLElement),
        kg,
        store,
        graphView,
        names,
        resolver,
        asked.pathEnds ?? null,
      ),
      mountRankingPanel(byId("ranking-panel", HTMLElement), kg, store, graphView),
      mountExportPanel(byId("export-panel", HTMLElement), kg, store, graphView),
    );
    performance.mark("faultline:panels-mounted");
    document.body.dataset.ready = "true";
  };
  const cancelPanels = afterFirstFrame(mountPanels);
  return () => {
    cancelPanels();
    for (const cleanup of cleanups.reverse()) cleanup();
    graphView.cleanup();
    delete document.body.dataset.ready;
  };
}
