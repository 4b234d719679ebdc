/**
 * The data model without its schemas: the relation vocabulary, entity kinds, EDTF dates, name
 * normalization, timing and the record types. Nothing here loads zod, so code that reads an
 * already validated dataset (the page, the CLI answering from its store) imports this.
 */
export * from "./dataset.js";
export * from "./edtf.js";
export * from "./entity-kinds.js";
export * from "./normalize-name.js";
export * from "./timing.js";
export * from "./vocabulary.js";

// The record types as the schemas define them: type-only, erased from the compiled code.
export type { Entity } from "./schemas/entity.js";
export type { EventDetails } from "./schemas/event-details.js";
export type { Evidence } from "./schemas/evidence.js";
export type { Relation, Status } from "./schemas/relation.js";
export type { Source } from "./schemas/source.js";
