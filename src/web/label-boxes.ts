import type { NodeLabelDrawingFunction } from "sigma/rendering";

/** One node label as drawn on the labels layer, in viewport pixels (CSS). */
export interface LabelBox {
  readonly label: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Space kept between two labels and between a label and the canvas edge. */
const MARGIN = 2;

/** Draws node labels without overlap and inside the canvas; remembers what each frame drew. */
export interface LabelDrawer {
  /** The function sigma calls for each label it would show (set as `defaultDrawNodeLabel`). */
  readonly draw: NodeLabelDrawingFunction;
  /** Forgets the previous frame's labels; called before each render. */
  reset(): void;
  /** The labels of the last frame. */
  boxes(): readonly LabelBox[];
}

function overlaps(a: LabelBox, b: LabelBox): boolean {
  return (
    a.x < b.x + b.width + MARGIN &&
    b.x < a.x + a.width + MARGIN &&
    a.y < b.y + b.height + MARGIN &&
    b.y < a.y + a.height + MARGIN
  );
}

/**
 * A label drawer that goes beyond sigma's label grid (one label per cell, which still lets long
 * labels run into their neighbours): a label is drawn right of its node, or left of it when it would
 * run past the right edge, and left out when it would overlap a label already drawn in the frame or
 * leave the canvas. Within a frame the first label drawn wins, in the order sigma offers them.
 */
export function createLabelDrawer(): LabelDrawer {
  let drawn: LabelBox[] = [];
  const draw: NodeLabelDrawingFunction = (context, data, settings) => {
    if (!data.label) return;
    const size = settings.labelSize;
    context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    const width = context.measureText(data.label).width;
    const height = size;
    const canvasWidth = context.canvas.width / (window.devicePixelRatio || 1);
    const canvasHeight = context.canvas.height / (window.devicePixelRatio || 1);
    const top = data.y - size / 2 - 1;
    let x = data.x + data.size + 3;
    if (x + width > canvasWidth - MARGIN) x = data.x - data.size - 3 - width;
    const box: LabelBox = { label: data.label, x, y: top, width, height };
    if (x < MARGIN || top < MARGIN || top + height > canvasHeight - MARGIN) return;
    if (drawn.some((other) => overlaps(box, other))) return;
    drawn.push(box);
    context.fillStyle = "#1d232b";
    context.fillText(data.label, x, data.y + size / 3);
  };
  return {
    draw,
    reset: () => {
      drawn = [];
    },
    boxes: () => drawn,
  };
}
