import { z } from "zod";
import { ENTITY_KINDS, PLACE_KINDS } from "../entity-kinds.js";

/** Schema of an entity kind. */
export const EntityKindSchema = z.enum(ENTITY_KINDS);

/** Schema of a place kind. */
export const PlaceKindSchema = z.enum(PLACE_KINDS);
