import type { EntityKind, Sign, Status } from "../model/core.js";

/** Node colour of each entity kind (colour-blind-safe hues, distinct from the relation sign colours). */
export const KIND_COLORS: Readonly<Record<EntityKind, string>> = {
  state: "#2f6db5",
  "armed-group": "#e08a00",
  coalition: "#7b52ae",
  organization: "#2a8f8a",
  person: "#c2417a",
  place: "#7d8793",
};

/** Edge colour of each relation sign: cooperative, hostile, neutral. */
export const SIGN_COLORS: Readonly<Record<"cooperative" | "hostile" | "neutral", string>> = {
  cooperative: "#1f9e4b",
  hostile: "#d7301f",
  neutral: "#8a94a0",
};

/**
 * How a relation's status is drawn besides its dash pattern (STATUS_DASH in dashed-edges.ts): every
 * status in the full colour of its sign, so a claim never reads as another kind; a claimed relation
 * dashed, a disputed one dotted and thinner.
 */
export const STATUS_STYLE: Readonly<Record<Status, { readonly alpha: number; readonly sizeFactor: number }>> =
  {
    reported: { alpha: 0.9, sizeFactor: 1 },
    claimed: { alpha: 0.9, sizeFactor: 1 },
    disputed: { alpha: 0.9, sizeFactor: 0.7 },
  };

/** Colour of nodes and edges pushed to the background while something else is in focus. */
export const MUTED_COLOR = "#dde1e6";

/** The colour name of a sign. */
export function signColor(sign: Sign): string {
  return sign > 0 ? SIGN_COLORS.cooperative : sign < 0 ? SIGN_COLORS.hostile : SIGN_COLORS.neutral;
}

/** `#rrggbb` with an alpha in [0, 1], as the `rgba()` sigma's programs read. */
export function withAlpha(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}
