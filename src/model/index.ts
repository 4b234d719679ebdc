/** The data model: schemas, vocabulary, dates and the dataset type. */
export * from "./dataset";
export * from "./edtf";
export * from "./entity";
export * from "./entity-kinds";
export * from "./evidence";
export * from "./files";
export * from "./ids";
export * from "./normalize-name";
export * from "./relation";
export * from "./source";
export * from "./timing";
export * from "./vocabulary";
