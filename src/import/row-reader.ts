import type { DatasetEvent } from "./dataset-event.js";

/** A row that cannot be imported: its line in the file and why. */
export interface Rejection {
  readonly line: number;
  readonly reason: string;
}

/** What reading one row gives: the event, or every reason it cannot be imported. */
export type RowResult = { ok: true; event: DatasetEvent } | { ok: false; rejection: Rejection };

/** A row's cells by column name, for one format's row parser. */
export interface RowCells {
  readonly line: number;
  /** The trimmed cell of a column ("" when the column is absent or the row is short). */
  get(column: string): string;
}

/** Reads a coordinate cell: a finite number within the bound, or null. */
export function parseCoordinate(text: string, bound: number): number | null {
  const t = text.trim();
  if (t === "" || !/^[-+]?\d+(\.\d+)?$/.test(t)) return null;
  const value = Number(t);
  return Math.abs(value) <= bound ? value : null;
}

/** Joins the reasons of a rejected row into one. */
export function rejection(line: number, reasons: readonly string[]): RowResult {
  return { ok: false, rejection: { line, reason: reasons.join("; ") } };
}
