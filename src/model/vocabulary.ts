import type { EntityKind } from "./entity-kinds.js";

/** Whether a relation kind reads one way (patron → client) or both ways (allies). */
export type Direction = "directed" | "symmetric";

/** An event happens on one date; a state holds over an interval; a static fact holds always. */
export type Temporality = "event" | "state" | "static";

/** Cooperative (+1), hostile (−1) or neutral (0). */
export type Sign = 1 | -1 | 0;

/** Everything the code knows about one relation kind. */
export interface RelationKindSpec {
  readonly label: string;
  /** How the relation reads from its target's side, e.g. "backed by". */
  readonly inverseLabel: string;
  readonly description: string;
  readonly direction: Direction;
  readonly temporality: Temporality;
  readonly sign: Sign;
  readonly sourceKinds: readonly EntityKind[];
  readonly targetKinds: readonly EntityKind[];
}

const ARMED: readonly EntityKind[] = ["state", "armed-group", "coalition"];
const ACTORS: readonly EntityKind[] = [...ARMED, "organization", "person"];
const PLACE: readonly EntityKind[] = ["place"];

/** The relation vocabulary: direction, temporality, sign and allowed entity kinds of each kind. */
export const RELATION_KINDS = {
  backs: {
    label: "backs",
    inverseLabel: "backed by",
    description: "Patron gives military, financial or political support to a client (state).",
    direction: "directed",
    temporality: "state",
    sign: 1,
    sourceKinds: [...ARMED, "organization"],
    targetKinds: ARMED,
  },
  "allied-with": {
    label: "allied with",
    inverseLabel: "allied with",
    description: "Two actors fight on the same side or are described as allies (symmetric state).",
    direction: "symmetric",
    temporality: "state",
    sign: 1,
    sourceKinds: ARMED,
    targetKinds: ARMED,
  },
  "member-of": {
    label: "member of",
    inverseLabel: "has member",
    description: "A group, unit or person belongs to a coalition, group, organization or state (state).",
    direction: "directed",
    temporality: "state",
    sign: 1,
    sourceKinds: [...ARMED, "person", "organization"],
    targetKinds: [...ARMED, "organization"],
  },
  leads: {
    label: "leads",
    inverseLabel: "led by",
    description:
      "A person heads a state, group, coalition or organization, or a group leads a coalition or an operation's fighters (state).",
    direction: "directed",
    temporality: "state",
    sign: 0,
    sourceKinds: ["person", "armed-group", "coalition"],
    targetKinds: [...ARMED, "organization"],
  },
  represents: {
    label: "represents",
    inverseLabel: "represented by",
    description:
      "A person speaks or acts for an actor: spokesperson, envoy, minister, representative (state).",
    direction: "directed",
    temporality: "state",
    sign: 0,
    sourceKinds: ["person"],
    targetKinds: [...ARMED, "organization"],
  },
  attacked: {
    label: "attacked",
    inverseLabel: "attacked by",
    description: "An armed actor strikes, shells or assaults another actor or a place (event).",
    direction: "directed",
    temporality: "event",
    sign: -1,
    sourceKinds: ARMED,
    targetKinds: [...ARMED, "organization", "place"],
  },
  "clashed-with": {
    label: "clashed with",
    inverseLabel: "clashed with",
    description: "Two armed actors fought each other, neither named as the attacker (symmetric event).",
    direction: "symmetric",
    temporality: "event",
    sign: -1,
    sourceKinds: ARMED,
    targetKinds: ARMED,
  },
  fights: {
    label: "fights",
    inverseLabel: "fights",
    description: "Two armed actors are at war with each other over a period (symmetric state).",
    direction: "symmetric",
    temporality: "state",
    sign: -1,
    sourceKinds: ARMED,
    targetKinds: ARMED,
  },
  captured: {
    label: "captured",
    inverseLabel: "captured by",
    description: "An armed actor takes a place (event).",
    direction: "directed",
    temporality: "event",
    sign: -1,
    sourceKinds: ARMED,
    targetKinds: PLACE,
  },
  controls: {
    label: "controls",
    inverseLabel: "controlled by",
    description: "An armed actor holds a place (state).",
    direction: "directed",
    temporality: "state",
    sign: 0,
    sourceKinds: ARMED,
    targetKinds: PLACE,
  },
  "based-in": {
    label: "based in",
    inverseLabel: "hosts",
    description:
      "An armed actor has forces stationed in a place, without the source saying it holds the place (state).",
    direction: "directed",
    temporality: "state",
    sign: 0,
    sourceKinds: ARMED,
    targetKinds: PLACE,
  },
  "brokered-ceasefire": {
    label: "brokered ceasefire",
    inverseLabel: "ceasefire brokered by",
    description: "A broker or guarantor arranges a ceasefire over an area or between parties (event).",
    direction: "directed",
    temporality: "event",
    sign: 1,
    sourceKinds: [...ARMED, "organization", "person"],
    targetKinds: [...ARMED, "place"],
  },
  "negotiated-with": {
    label: "negotiated with",
    inverseLabel: "negotiated with",
    description: "Two parties met or talked, whatever the outcome (symmetric event).",
    direction: "symmetric",
    temporality: "event",
    sign: 0,
    sourceKinds: ACTORS,
    targetKinds: ACTORS,
  },
  "expressed-support": {
    label: "expressed support for",
    inverseLabel: "support expressed by",
    description: "A party declares solidarity or political support, short of backing (event).",
    direction: "directed",
    temporality: "event",
    sign: 1,
    sourceKinds: ACTORS,
    targetKinds: ARMED,
  },
  "fought-alongside": {
    label: "fought alongside",
    inverseLabel: "fought alongside",
    description:
      "Two armed actors fought on the same side of one event, e.g. co-belligerents in an event dataset (symmetric event).",
    direction: "symmetric",
    temporality: "event",
    sign: 1,
    sourceKinds: ARMED,
    targetKinds: ARMED,
  },
  "targeted-civilians": {
    label: "targeted civilians at",
    inverseLabel: "civilians targeted by",
    description:
      "An armed actor used violence against civilians at a place: one-sided violence, not a fight (event).",
    direction: "directed",
    temporality: "event",
    sign: -1,
    sourceKinds: ARMED,
    targetKinds: PLACE,
  },
  "located-in": {
    label: "located in",
    inverseLabel: "contains",
    description: "A place lies within a larger place (static).",
    direction: "directed",
    temporality: "static",
    sign: 0,
    sourceKinds: PLACE,
    targetKinds: PLACE,
  },
} as const satisfies Record<string, RelationKindSpec>;

/** Every relation kind id. */
export const RELATION_KIND_IDS = Object.keys(RELATION_KINDS) as RelationKind[];

/**
 * The relation kinds an analysis (and the page's filter) uses when none are chosen: every kind but
 * the static ones (located-in), which place towns in provinces rather than relate parties.
 */
export const DEFAULT_ANALYSIS_KINDS: readonly RelationKind[] = RELATION_KIND_IDS.filter(
  (k) => RELATION_KINDS[k].temporality !== "static",
);

/** A relation kind id such as `backs` or `captured`. */
export type RelationKind = keyof typeof RELATION_KINDS;

/** The spec of a relation kind. */
export function relationKindSpec(kind: RelationKind): RelationKindSpec {
  return RELATION_KINDS[kind];
}

/** Name of a sign, for display and exports. */
export function signName(sign: Sign): "cooperative" | "hostile" | "neutral" {
  return sign > 0 ? "cooperative" : sign < 0 ? "hostile" : "neutral";
}
