/** The formats `faultline export` writes. */
export const EXPORT_FORMATS = ["gexf", "graphml", "csv", "json"] as const;

/** An export format name. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The formats `faultline import` reads (those we write). */
export const IMPORT_FORMATS = EXPORT_FORMATS;

/** An import format name. */
export type ImportFormat = ExportFormat;

/** Whether a name is one of the formats. */
export function isExportFormat(name: string): name is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(name);
}
