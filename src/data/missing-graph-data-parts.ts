import type { GraphDataFileEntry, GraphDataRole } from "./graph-data-layout.js";

/** A part every graph-data folder needs and this one lacks: where it should be, and what is missing. */
export interface MissingPart {
  readonly path: string;
  readonly message: string;
}

const PARTS: readonly (readonly [GraphDataRole, string])[] = [
  ["sources", "sources.json"],
  ["entities", "entities"],
  ["relations", "relations"],
];

/**
 * The parts a graph-data folder lacks (sources.json, entities/*.json, relations/*.json), from the
 * files the graph-data rule kept. Browser-safe: the CLI's reader and the page's both ask it.
 */
export function missingGraphDataParts(files: readonly GraphDataFileEntry[]): MissingPart[] {
  return PARTS.filter(([role]) => !files.some((f) => f.role === role)).map(([role, name]) => ({
    path: name,
    message: role === "sources" ? "no sources.json" : `no ${role} files (${name}/*.json)`,
  }));
}
