import type { EntityKind, Sign } from "../model/core.js";

/** An RGB colour, each channel 0–255. */
export interface Rgb {
  readonly r: number;
  readonly g: number;
  readonly b: number;
}

/** Node colours of exports, by entity kind (colour-blind-safe Okabe–Ito hues). */
export const ENTITY_KIND_COLORS: Readonly<Record<EntityKind, Rgb>> = {
  state: { r: 0, g: 114, b: 178 },
  "armed-group": { r: 213, g: 94, b: 0 },
  coalition: { r: 230, g: 159, b: 0 },
  organization: { r: 0, g: 158, b: 115 },
  person: { r: 204, g: 121, b: 167 },
  place: { r: 120, g: 120, b: 120 },
};

/** Edge colours of exports, by sign: cooperative, neutral, hostile. */
export const SIGN_COLORS: Readonly<Record<`${Sign}`, Rgb>> = {
  "1": { r: 0, g: 158, b: 115 },
  "0": { r: 153, g: 153, b: 153 },
  "-1": { r: 213, g: 94, b: 0 },
};
