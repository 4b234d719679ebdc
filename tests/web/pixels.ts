import type { Page } from "playwright-core";

/** What a screenshot shows: how much of it is not background, and how many pixels are near each asked colour. */
export interface PixelStats {
  readonly width: number;
  readonly height: number;
  /** Share of pixels differing from white by more than a little. */
  readonly inked: number;
  /** Pixels within a small distance of each asked colour (#rrggbb), by colour. */
  readonly near: Record<string, number>;
}

/**
 * Decodes a PNG screenshot in the page itself (the browser is the PNG reader) and counts its
 * pixels: the share that is not white, and how many are close to each of the given colours.
 */
export async function pixelStats(page: Page, png: Buffer, colours: readonly string[]): Promise<PixelStats> {
  return page.evaluate(
    async ({ base64, colours }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext("2d")!;
      context.drawImage(image, 0, 0);
      const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
      const targets = colours.map((c) => [1, 3, 5].map((i) => Number.parseInt(c.slice(i, i + 2), 16)));
      const near: Record<string, number> = Object.fromEntries(colours.map((c) => [c, 0]));
      let inked = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
        if (r < 240 || g < 240 || b < 240) inked++;
        targets.forEach(([tr, tg, tb], j) => {
          if (Math.abs(r - tr!) + Math.abs(g - tg!) + Math.abs(b - tb!) < 40) near[colours[j]!]!++;
        });
      }
      return { width: canvas.width, height: canvas.height, inked: inked / (data.length / 4), near };
    },
    { base64: png.toString("base64"), colours },
  );
}

/** The colour `#rrggbb` drawn at an opacity over white, as it appears on the page. */
export function overWhite(hex: string, alpha: number): string {
  const channel = (i: number) =>
    Math.round(alpha * Number.parseInt(hex.slice(i, i + 2), 16) + (1 - alpha) * 255)
      .toString(16)
      .padStart(2, "0");
  return `#${channel(1)}${channel(3)}${channel(5)}`;
}

/** How many pixels differ between two PNG screenshots of the same size (decoded by the page). */
export async function differingPixels(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(
    async ({ a, b }) => {
      const decode = async (base64: string) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const canvas = document.createElement("canvas");
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext("2d")!;
        context.drawImage(image, 0, 0);
        return context.getImageData(0, 0, canvas.width, canvas.height);
      };
      const [x, y] = await Promise.all([decode(a), decode(b)]);
      if (x.width !== y.width || x.height !== y.height) return Number.POSITIVE_INFINITY;
      let differing = 0;
      for (let i = 0; i < x.data.length; i += 4) {
        if (x.data[i] !== y.data[i] || x.data[i + 1] !== y.data[i + 1] || x.data[i + 2] !== y.data[i + 2])
          differing++;
      }
      return differing;
    },
    { a: a.toString("base64"), b: b.toString("base64") },
  );
}
