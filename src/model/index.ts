/** The data model: schemas, vocabulary, dates and the dataset type. */
export * from "./dataset.js";
export * from "./edtf.js";
export * from "./entity.js";
export * from "./entity-kinds.js";
export * from "./event-details.js";
export * from "./evidence.js";
export * from "./files.js";
export * from "./ids.js";
export * from "./normalize-name.js";
export * from "./relation.js";
export * from "./source.js";
export * from "./timing.js";
export * from "./vocabulary.js";
