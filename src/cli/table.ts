import { oneLine } from "../data/visible-text.js";

/** Renders rows as a plain-text table with a header and columns padded to their widest cell; a cell never breaks its line (line breaks from data are shown escaped). */
export function renderTable(header: readonly string[], dataRows: readonly (readonly string[])[]): string {
  const rows = dataRows.map((r) => r.map(oneLine));
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  return `${[line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n")}\n`;
}
