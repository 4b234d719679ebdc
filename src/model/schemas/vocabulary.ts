import { z } from "zod";
import type { RelationKind } from "../vocabulary.js";
import { RELATION_KIND_IDS } from "../vocabulary.js";

/** Schema of a relation kind id. */
export const RelationKindSchema = z.enum(RELATION_KIND_IDS as [RelationKind, ...RelationKind[]]);
