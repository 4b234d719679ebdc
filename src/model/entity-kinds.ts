import { z } from "zod";

/** The kinds of entity the graph holds. Never stored as `type`: sigma reserves that attribute. */
export const ENTITY_KINDS = ["state", "armed-group", "coalition", "organization", "person", "place"] as const;

/** Schema of an entity kind. */
export const EntityKindSchema = z.enum(ENTITY_KINDS);

/** An entity kind: state, armed-group, coalition, organization, person or place. */
export type EntityKind = z.infer<typeof EntityKindSchema>;

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

/** Schema of a place kind. */
export const PlaceKindSchema = z.enum(PLACE_KINDS);

/** A place kind such as province, city or crossing. */
export type PlaceKind = z.infer<typeof PlaceKindSchema>;
