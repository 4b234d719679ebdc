import FA2LayoutSupervisor from "graphology-layout-forceatlas2/worker";
import type { KnowledgeGraph } from "../graph/knowledge-graph.js";
import { el, listen } from "./dom.js";
import type { GraphView } from "./graph-view.js";
import { applyInitialLayout, layoutSettings } from "./initial-layout.js";

/**
 * The buttons over the graph: zoom in and out, fit the view, run or stop ForceAtlas2 in its web
 * worker (over the whole graph, so the date never moves a node), and go back to the layout every
 * visit starts from.
 */
export function mountGraphControls(root: HTMLElement, kg: KnowledgeGraph, graphView: GraphView): () => void {
  const camera = graphView.sigma.getCamera();
  const button = (id: string, text: string, label: string) =>
    el("button", { text, attrs: { type: "button", id, "aria-label": label, title: label } });
  const zoomIn = button("zoom-in", "+", "Zoom in");
  const zoomOut = button("zoom-out", "−", "Zoom out");
  const fit = button("zoom-fit", "Fit", "Show the whole graph");
  const run = button("layout-run", "Run layout", "Run or stop the ForceAtlas2 layout");
  run.setAttribute("aria-pressed", "false");
  const reset = button("layout-reset", "Reset layout", "Back to the layout every visit starts from");
  root.replaceChildren(zoomIn, zoomOut, fit, run, reset);

  let layout: FA2LayoutSupervisor | null = null;
  const stop = () => {
    layout?.stop();
    run.textContent = "Run layout";
    run.setAttribute("aria-pressed", "false");
  };
  const start = () => {
    layout ??= new FA2LayoutSupervisor(graphView.graph, { settings: layoutSettings(graphView.graph) });
    layout.start();
    run.textContent = "Stop layout";
    run.setAttribute("aria-pressed", "true");
  };

  const cleanups = [
    listen(zoomIn, "click", () => void camera.animatedZoom({ duration: 250 })),
    listen(zoomOut, "click", () => void camera.animatedUnzoom({ duration: 250 })),
    listen(fit, "click", () => void camera.animatedReset({ duration: 250 })),
    listen(run, "click", () => (layout?.isRunning() ? stop() : start())),
    listen(reset, "click", () => {
      stop();
      applyInitialLayout(kg, graphView.graph);
      void camera.animatedReset({ duration: 250 });
    }),
    () => layout?.kill(),
  ];
  return () => cleanups.forEach((c) => c());
}
