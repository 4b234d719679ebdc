/**
 * The bench page: the real explorer on the bundled graph-data (the shipped folder, or the one
 * $FAULTLINE_DATA named when the page was built) or on a synthetic graph, with edges aggregated (as
 * the page draws them) or one per relation, redrawing by partial refresh (as the page does) or by
 * rebuilding the display graph (the baseline), with functions that time slider steps.
 * Query: `?data=bundled|synthetic&refresh=partial|full&aggregate=1|0[&warmUp=0][&entities=N&relations=N][&report=PATH]`.
 * With `report`, the page POSTs its first-render stages (JSON) to PATH once the panels and the evidence details
 * are in: how the bench reads a page opened by chromium with no DevTools client attached; with
 * `next=URL` it then opens URL in a new tab and closes itself (a series of loads in one browser).
 */
import "../../src/web/styles.css";
import { buildKnowledgeGraph } from "../../src/graph/knowledge-graph.js";
import type { TimeIndexLayout } from "../../src/graph/relation-time-index.js";
import type { Dataset } from "../../src/model/core.js";
import { loadBundledDataset } from "../../src/web/bundled-graph-data.js";
import { DEFAULT_EXPLORER_OPTIONS, mountExplorer } from "../../src/web/explorer.js";
import { loadDetailsAfterFirstFrame } from "../../src/web/dataset-details.js";
import { dropStartedSigma, startSigma } from "../../src/web/gl-warm-up.js";
import { syntheticDataset } from "../synthetic-dataset.js";

/** The timing of one slider step: the main thread's work, then the GPU finishing what it was sent. */
export interface StepTiming {
  /** State update, reducers, partial or full refresh and sigma's render call, with the GPU idle at the start. */
  readonly mainMs: number;
  /** Waiting for the GPU to finish drawing afterwards (a one-pixel readPixels on each of sigma's WebGL contexts). */
  readonly gpuMs: number;
}

/** When the first render reached each stage, in ms since navigation started. */
export interface FirstRender {
  /** The page's script starts running (HTML and bundle fetched and parsed). */
  readonly scriptMs: number;
  /** The dataset is ready: the asset the build validated fetched, its stamp checked and parsed (or the synthetic one generated). */
  readonly dataMs: number;
  /** The asset is in memory (its download began with the page), then its stamp checked: NaN for synthetic data. */
  readonly fetchedMs: number;
  readonly stampedMs: number;
  /** The graph is mounted: knowledge graph, display graph, layout, sigma's first frame sent, time panel, filters, legend. */
  readonly mountedMs: number;
  /** The GPU has drawn that frame: the graph is on screen. */
  readonly drawnMs: number;
  /** The map and the panels beside the graph are mounted, after its first frame. */
  readonly panelsMs: number;
  /** The evidence details are fetched and applied, after the first frame (NaN for synthetic data, read whole). */
  readonly detailsMs: number;
}

/** What the bench reads back from the page. */
export interface BenchPage {
  readonly entities: number;
  readonly relations: number;
  /** Edges of the display graph (fewer than relations when aggregated). */
  readonly edges: number;
  readonly firstRender: FirstRender;
  /** Moves the date `count` times by `stepDays` from `firstDay`, timing each move. */
  steps(firstDay: number, stepDays: number, count: number): StepTiming[];
  /** Times sigma redrawing the unchanged view (no reducer, no re-indexing): the floor of any step. */
  renders(count: number): StepTiming[];
}

declare global {
  interface Window {
    __bench?: BenchPage;
  }
}

const scriptMs = performance.now();
const params = new URLSearchParams(window.location.search);
// Sigma started before the data is read, as the page does (main.ts), unless `warmUp=0` asks for
// sigma made only when the explorer mounts (the page before the warm-up).
if (params.get("warmUp") !== "0") startSigma(document.getElementById("graph")!);
let dataset: Dataset;
let timeLayout: TimeIndexLayout | undefined;
if (params.get("data") === "synthetic") {
  dataset = syntheticDataset(
    Number(params.get("entities") ?? 10_000),
    Number(params.get("relations") ?? 100_000),
  );
} else {
  const validated = await loadBundledDataset();
  if (!validated.dataset) dropStartedSigma();
  if (!validated.dataset)
    throw new Error(`the bundled data is invalid: ${validated.problems.length} problem(s)`);
  dataset = validated.dataset;
  timeLayout = validated.timeLayout;
}
const dataMs = performance.now();
const markAt = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
const fetchedMs = markAt("faultline:data-fetched");
const stampedMs = markAt("faultline:data-stamped");
const kg = buildKnowledgeGraph(dataset, timeLayout);
mountExplorer(kg, {
  ...DEFAULT_EXPLORER_OPTIONS,
  syncUrl: false,
  graphView: {
    ...DEFAULT_EXPLORER_OPTIONS.graphView,
    refresh: params.get("refresh") === "full" ? "full" : "partial",
    aggregate: params.get("aggregate") !== "0",
  },
});
const mountedMs = performance.now();

/** Sigma's WebGL contexts (a private field of sigma), to wait for the GPU outside the timed work. */
function webGLContexts(): WebGLRenderingContext[] {
  const { sigma } = window.__faultline!.graphView;
  const contexts = (sigma as unknown as { webGLContexts: Record<string, WebGLRenderingContext> })
    .webGLContexts;
  return Object.values(contexts);
}

const pixel = new Uint8Array(4);

/** Waits until the GPU has run every command sent so far (Chrome's gl.finish() does not wait; readPixels does). */
function drainGpu(contexts: readonly WebGLRenderingContext[]): void {
  for (const gl of contexts) {
    gl.bindFramebuffer(gl.FRAMEBUFFER, null);
    gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
  }
}

// Sigma draws its first frame while it is created: wait for the GPU to finish it.
drainGpu(webGLContexts());
const drawnMs = performance.now();
// Then the evidence details, as the page fetches them after its first frame.
loadDetailsAfterFirstFrame(dataset, (message) => {
  throw new Error(`the evidence details could not be loaded: ${message}`);
});

/** Times `work` with the GPU drained before it, then the GPU finishing the frame after it. */
function timed(work: () => void): StepTiming {
  const contexts = webGLContexts();
  drainGpu(contexts);
  const start = performance.now();
  work();
  const drawn = performance.now();
  drainGpu(contexts);
  return { mainMs: drawn - start, gpuMs: performance.now() - drawn };
}

window.__bench = {
  entities: kg.entities.size,
  relations: kg.relations.size,
  edges: window.__faultline!.graphView.graph.size,
  get firstRender() {
    const detailsMs = markAt("faultline:details-applied");
    const panelsMs = markAt("faultline:panels-mounted");
    return { scriptMs, fetchedMs, stampedMs, dataMs, mountedMs, drawnMs, panelsMs, detailsMs };
  },
  steps(firstDay, stepDays, count) {
    const { store } = window.__faultline!;
    return Array.from({ length: count }, (_, i) =>
      timed(() => store.update({ day: firstDay + i * stepDays })),
    );
  },
  renders(count) {
    const { sigma } = window.__faultline!.graphView;
    return Array.from({ length: count }, () =>
      timed(() => sigma.refresh({ partialGraph: { nodes: [], edges: [] }, skipIndexation: true })),
    );
  },
};

/** Posts the first-render stages to `path` once the panels and the evidence details are in (for a page no DevTools client drives). */
async function reportFirstRender(path: string): Promise<void> {
  while (document.body.dataset.details !== "loaded" || document.body.dataset.ready !== "true")
    await new Promise((settled) => setTimeout(settled, 20));
  await fetch(path, { method: "POST", body: JSON.stringify(window.__bench!.firstRender) });
  // The next load of a series, in a tab of its own (a new page process), as a reader opens one.
  const next = params.get("next");
  if (next) {
    window.open(next, "_blank", "noopener");
    window.close();
  }
}

const reportTo = params.get("report");
if (reportTo) void reportFirstRender(reportTo);
