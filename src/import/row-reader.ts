import type { DatasetEvent, DatasetPlace } from "./dataset-event.js";
import { parseCount } from "./deaths.js";

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

/**
 * The cells of CSV records by column name, the columns found once in the header: one instance
 * serves every row (`at` points it at the next record), so reading a row allocates nothing.
 */
export class HeaderCells implements RowCells {
  line = 0;
  private fields: readonly string[] = [];

  constructor(private readonly positions: ReadonlyMap<string, number>) {}

  /** Points at a record; returns itself. */
  at(line: number, fields: readonly string[]): this {
    this.line = line;
    this.fields = fields;
    return this;
  }

  get(column: string): string {
    const at = this.positions.get(column);
    return at === undefined ? "" : (this.fields[at] ?? "").trim();
  }
}

/** Reads a coordinate cell: a finite number within the bound, or null. */
export function parseCoordinate(text: string, bound: number): number | null {
  const t = text.trim();
  if (t === "" || !/^[-+]?\d+(\.\d+)?$/.test(t)) return null;
  const value = Number(t);
  return Math.abs(value) <= bound ? value : null;
}

/** Where a format keeps an event's place: latitude and longitude are named alike in both. */
export interface PlaceColumns {
  /** The place name column, and the reason given when it is empty. */
  readonly name: string;
  readonly noName: string;
  /** The precision code column; codes run from 1 (exact) to `coarsest`. */
  readonly precision: string;
  readonly coarsest: number;
  /** The first-level administrative unit column. */
  readonly province: string;
  /** Whether a precision code places the event in an area rather than at a point. */
  readonly isArea: (precision: number) => boolean;
}

/**
 * Reads an event's place (coordinates, name, precision code, province), adding a reason to
 * `reasons` for each bad cell; null when any is bad.
 */
export function readEventPlace(row: RowCells, columns: PlaceColumns, reasons: string[]): DatasetPlace | null {
  const lat = parseCoordinate(row.get("latitude"), 90);
  const lon = parseCoordinate(row.get("longitude"), 180);
  if (lat === null) reasons.push(`latitude "${row.get("latitude")}" is not a number within ±90`);
  if (lon === null) reasons.push(`longitude "${row.get("longitude")}" is not a number within ±180`);
  const name = row.get(columns.name);
  if (name === "") reasons.push(columns.noName);
  const precision = readCode(row, columns.precision, columns.coarsest, reasons);
  if (lat === null || lon === null || name === "" || precision === null) return null;
  return {
    name,
    lat,
    lon,
    province: row.get(columns.province),
    precision,
    area: columns.isArea(precision),
  };
}

/** Reads a precision code cell (1 to `coarsest`), adding a reason to `reasons` when it is not one. */
export function readCode(row: RowCells, column: string, coarsest: number, reasons: string[]): number | null {
  const text = row.get(column);
  const code = /^\d$/.test(text) ? Number(text) : 0;
  if (code >= 1 && code <= coarsest) return code;
  reasons.push(`${column} "${text}" is not 1–${coarsest}`);
  return null;
}

/** Reads a death count cell, adding a reason to `reasons` when it is not a whole number ≥ 0. */
export function readDeathCount(row: RowCells, column: string, reasons: string[]): number | null {
  const count = parseCount(row.get(column));
  if (count === null) reasons.push(`${column} "${row.get(column)}" is not a death count`);
  return count;
}

/** Joins the reasons of a rejected row into one. */
export function rejection(line: number, reasons: readonly string[]): RowResult {
  return { ok: false, rejection: { line, reason: reasons.join("; ") } };
}
