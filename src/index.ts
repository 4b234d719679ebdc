/**
 * Faultline as a library, browser-safe (nothing here imports from `node:`): the data model and its
 * schemas, validation, the knowledge graph, queries, analysis and the export/import formats.
 * Reading and writing folders and files is in the Node entry, `faultline/node` (src/node.ts).
 */

// The data model: zod schemas, the relation vocabulary, EDTF dates, the dataset type.
export * from "./model/index.js";

// Validation of graph-data content (the checks of `faultline check`), and the one error class.
export type { GraphDataFile, ValidationResult } from "./data/validate-graph-data.js";
export { validateGraphData } from "./data/validate-graph-data.js";
export type { Problem } from "./data/problem.js";
export { formatProblem } from "./data/problem.js";
export type { FailureCategory } from "./faultline-error.js";
export { FaultlineError, isFaultlineError } from "./faultline-error.js";

// The knowledge graph: graphology multigraph, lookups and time index, built on first use.
export type { KnowledgeGraph } from "./graph/knowledge-graph.js";
export { buildKnowledgeGraph } from "./graph/knowledge-graph.js";
export type {
  EntityNodeAttributes,
  FaultlineGraph,
  FaultlineGraphAttributes,
  RelationEdgeAttributes,
} from "./graph/attributes.js";
export type { Certainty, DayRange } from "./graph/time-bounds.js";

// Questions: names, who backs whom and allies on a date, relations by kind and date, snapshots.
export * from "./query/counterparties.js";
export * from "./query/empty-answer.js";
export * from "./query/entity-resolver.js";
export * from "./query/filter-relations.js";
export * from "./query/query-date.js";
export * from "./query/snapshot.js";

// Analysis: centrality, paths, blocs, balance, timelines and diffs, and the registry of measures.
export * from "./analysis/index.js";

// Formats: GEXF, GraphML, CSV and JSON as text (writing files is in faultline/node).
export type { ExportFile, ExportOutput } from "./formats/export-format.js";
export { exportFormat } from "./formats/export-format.js";
export type { ExportSelection, SnapshotInfo } from "./formats/export-selection.js";
export { snapshotSelection, wholeDataset } from "./formats/export-selection.js";
export type { ExportFormat, ImportFormat } from "./formats/format-names.js";
export { EXPORT_FORMATS, IMPORT_FORMATS, isExportFormat } from "./formats/format-names.js";
export type { ImportOutcome, ImportRead, Rejection } from "./formats/import-result.js";
export { finishImport, formatRejection } from "./formats/import-result.js";
export { readGexf } from "./formats/gexf-import.js";
export { readGraphml } from "./formats/graphml-import.js";
export { readCsvFiles } from "./formats/csv-import.js";
export { readGraphologyJson } from "./formats/graphology-json-import.js";
export type { GraphDataFileContent } from "./formats/graph-data-content.js";
export { graphDataContent } from "./formats/graph-data-content.js";
