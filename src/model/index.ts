/** The data model, complete: its schemas, vocabulary, dates and the dataset type. */
export * from "./core.js";
export * from "./schemas/index.js";
