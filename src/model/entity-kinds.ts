/** The kinds of entity the graph holds. Never stored as `type`: sigma reserves that attribute. */
export const ENTITY_KINDS = ["state", "armed-group", "coalition", "organization", "person", "place"] as const;

/** An entity kind: state, armed-group, coalition, organization, person or place. */
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Finer kinds of place, from country down to a single site. */
export const PLACE_KINDS = [
  "country",
  "province",
  "region",
  "city",
  "town",
  "village",
  "neighbourhood",
  "site",
  "road",
  "crossing",
  "river",
] as const;

/** A place kind such as province, city or crossing. */
export type PlaceKind = (typeof PLACE_KINDS)[number];
