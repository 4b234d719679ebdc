import type Sigma from "sigma";
import type { Status } from "../model/core.js";

/** Dash pattern (px on, px off) of each status that is not drawn solid. */
export const STATUS_DASH: Readonly<Record<Status, readonly number[]>> = {
  reported: [],
  claimed: [7, 4],
  disputed: [2, 3],
};

/** Dash pattern of a drafted proposal (dash-dot), unlike any status. */
export const PROPOSAL_DASH: readonly number[] = [10, 3, 2, 3];

/** One relation drawn dashed: its status, colour, thickness, curvature and whether it has an arrow. */
export interface DashedEdge {
  readonly status: Status;
  readonly color: string;
  readonly size: number;
  readonly curvature: number;
  readonly arrow: boolean;
  /** A pattern of its own instead of its status's (a drafted proposal). */
  readonly dash?: readonly number[];
}

/**
 * A 2D canvas just above sigma's edges layer, repainted after every render of sigma: each claimed
 * or disputed relation as a dashed line (a quadratic curve for parallel relations, bent as
 * @sigma/edge-curve bends them) from node to node, with an arrowhead when the relation is directed.
 * `styles` is kept by the edge reducer, which draws those relations' WebGL edges transparent (they
 * stay there for hovering and clicking). Returns the cleanup.
 */
export function createDashedEdgeLayer(
  sigma: Sigma,
  styles: ReadonlyMap<string, DashedEdge>,
  layerId = "dashed-edges",
): () => void {
  // createCanvasContext passes `afterLayer` on to createCanvas; its declared options omit it.
  sigma.createCanvasContext(layerId, { afterLayer: "edges" } as {
    style?: Partial<CSSStyleDeclaration>;
  });
  const context = sigma.getCanvases()[layerId]!.getContext("2d")!;
  // The canvas is made after sigma sized its own: size it (and scale it to the pixel ratio) now.
  sigma.resize(true);
  const graph = sigma.getGraph();

  const draw = () => {
    const { width, height } = sigma.getDimensions();
    context.clearRect(0, 0, width, height);
    // In the graph's edge order, so crossings look the same however the map was filled.
    graph.forEachEdge((edge, _attributes, s, t) => {
      const style = styles.get(edge);
      if (!style) return;
      const sd = sigma.getNodeDisplayData(s);
      const td = sigma.getNodeDisplayData(t);
      if (!sd || !td || sd.hidden || td.hidden) return;
      const a = sigma.framedGraphToViewport(sd);
      const b = sigma.framedGraphToViewport(td);
      const cx = (a.x + b.x) / 2 + (b.y - a.y) * style.curvature;
      const cy = (a.y + b.y) / 2 - (b.x - a.x) * style.curvature;
      context.strokeStyle = style.color;
      context.fillStyle = style.color;
      context.lineWidth = style.size;
      context.setLineDash([...(style.dash ?? STATUS_DASH[style.status])]);
      context.beginPath();
      context.moveTo(a.x, a.y);
      if (style.curvature) context.quadraticCurveTo(cx, cy, b.x, b.y);
      else context.lineTo(b.x, b.y);
      context.stroke();
      if (!style.arrow) return;
      // The arrowhead touches the target node's disc, pointing along the last stretch of the line.
      const fromX = style.curvature ? cx : a.x;
      const fromY = style.curvature ? cy : a.y;
      const length = Math.hypot(b.x - fromX, b.y - fromY) || 1;
      const ux = (b.x - fromX) / length;
      const uy = (b.y - fromY) / length;
      const r = sigma.scaleSize(td.size);
      const tipX = b.x - ux * r;
      const tipY = b.y - uy * r;
      const head = Math.max(6, style.size * 3);
      context.setLineDash([]);
      context.beginPath();
      context.moveTo(tipX, tipY);
      context.lineTo(tipX - ux * head - uy * head * 0.5, tipY - uy * head + ux * head * 0.5);
      context.lineTo(tipX - ux * head + uy * head * 0.5, tipY - uy * head - ux * head * 0.5);
      context.closePath();
      context.fill();
    });
  };
  sigma.on("afterRender", draw);
  return () => sigma.off("afterRender", draw);
}
