import { csvTables } from "./csv-tables.js";
import type { ExportSelection } from "./export-selection.js";
import type { ExportFormat } from "./format-names.js";
import type { GexfStats } from "./gexf-writer.js";
import { gexfChunks, gexfStats } from "./gexf-writer.js";
import { graphmlChunks } from "./graphml-writer.js";
import { graphologyJsonChunks } from "./graphology-json.js";
import type { Position } from "./node-positions.js";
import type { TextRule } from "./text-rule.js";
import { utf8TextRule, xmlTextRule } from "./text-rule.js";

/** One file of an export: its default name and its text, piece by piece. */
export interface ExportFile {
  readonly name: string;
  readonly chunks: Iterable<string>;
}

/** An export before it is written: its files, the text rule they pass (null for JSON) and GEXF counts. */
export interface ExportOutput {
  readonly files: readonly ExportFile[];
  /** Read `replaced` once the files are written. */
  readonly rule: TextRule | null;
  /** Filled while the GEXF is written; null for other formats. */
  readonly gexf: GexfStats | null;
}

/**
 * The files of an export in a format: one file (faultline.gexf, faultline.graphml,
 * faultline.json) or, for CSV, sources.csv, entities.csv and relations.csv. Lazy: nothing is
 * generated until the chunks are read. Browser-safe (the page offers downloads through it).
 */
export function exportFormat(
  format: ExportFormat,
  selection: ExportSelection,
  options: { readonly layout?: ReadonlyMap<string, Position> } = {},
): ExportOutput {
  if (format === "gexf") {
    const rule = xmlTextRule();
    const stats = gexfStats();
    return {
      files: [
        { name: "faultline.gexf", chunks: gexfChunks(selection, { rule, stats, layout: options.layout }) },
      ],
      rule,
      gexf: stats,
    };
  }
  if (format === "graphml") {
    const rule = xmlTextRule();
    return {
      files: [{ name: "faultline.graphml", chunks: graphmlChunks(selection, { rule }) }],
      rule,
      gexf: null,
    };
  }
  if (format === "csv") {
    const rule = utf8TextRule();
    return { files: csvTables(selection, rule), rule, gexf: null };
  }
  return {
    files: [{ name: "faultline.json", chunks: graphologyJsonChunks(selection) }],
    rule: null,
    gexf: null,
  };
}
