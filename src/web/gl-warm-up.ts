import { MultiDirectedGraph } from "graphology";
import Sigma from "sigma";
import { EDGE_PROGRAMS, SIGMA_CONTEXT_SETTINGS } from "./sigma-programs.js";

/** The sigma started on a container before the data arrived, until the graph view adopts it. */
let started: { container: HTMLElement; sigma: Sigma; visibility: string } | null = null;

/**
 * Starts the graph view's sigma on `container` before the page has parsed its data and built its
 * graphs, drawing one invisible node and one invisible edge of each program, so the GPU process
 * builds what sigma draws with meanwhile. Software GL (SwiftShader) builds a program's pipeline on
 * its first draw, per context: the graph's first frame waited ~0.8 s for it. The graph view adopts
 * this sigma (adoptStartedSigma); the container stays hidden until it does.
 */
export function startSigma(container: HTMLElement): void {
  const graph = new MultiDirectedGraph();
  const clear = "rgba(0, 0, 0, 0)";
  graph.addNode("a", { x: 0, y: 0, size: 4, color: clear });
  graph.addNode("b", { x: 1, y: 1, size: 4, color: clear });
  for (const type of Object.keys(EDGE_PROGRAMS))
    graph.addEdge("a", "b", { type, size: 1, color: clear, curvature: 0.25 });
  // Out of sight until adopted: the compositor then never reads these canvases back, which would
  // block the main thread (still receiving the data) until the GPU is done.
  const visibility = container.style.visibility;
  container.style.visibility = "hidden";
  let sigma: Sigma;
  try {
    sigma = new Sigma(graph, container, SIGMA_CONTEXT_SETTINGS);
  } catch {
    container.style.visibility = visibility;
    return; // No WebGL: the graph view will fail and say so when it mounts; this only saves time.
  }
  // Nothing makes the GPU run these commands before the page reads pixels or composites a frame:
  // a fence sends them now, without waiting for them.
  const contexts = (sigma as unknown as { webGLContexts: Record<string, WebGLRenderingContext> })
    .webGLContexts;
  for (const gl of Object.values(contexts)) {
    if (gl instanceof WebGL2RenderingContext) gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
    gl.flush();
  }
  started = { container, sigma, visibility };
}

/** The sigma startSigma began on this container, once (null when none was started or it was adopted). */
export function adoptStartedSigma(container: HTMLElement): Sigma | null {
  if (started?.container !== container) return null;
  const { sigma, visibility } = started;
  started = null;
  container.style.visibility = visibility;
  return sigma;
}

/** Removes a started sigma nobody adopted (the data could not be shown). */
export function dropStartedSigma(): void {
  if (started) started.container.style.visibility = started.visibility;
  started?.sigma.kill();
  started = null;
}
