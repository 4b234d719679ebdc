/** The zod schemas of the data model and of graph-data files: what validation and the JSON Schemas use. */
export * from "./entity.js";
export * from "./entity-kinds.js";
export * from "./event-details.js";
export * from "./evidence.js";
export * from "./files.js";
export * from "./ids.js";
export * from "./relation.js";
export * from "./source.js";
export * from "./vocabulary.js";
