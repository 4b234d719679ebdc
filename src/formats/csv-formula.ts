/**
 * Spreadsheet formula neutralising for CSV exports (OWASP "CSV injection"): a cell that a
 * spreadsheet would run as a formula — text starting with `=`, `+`, `-`, `@`, a tab or a carriage
 * return — is written with a leading apostrophe, which spreadsheets show as text. The import takes
 * the apostrophe off again, so round trips stay lossless: a cell already starting with apostrophes
 * before such a character gets one more, and plain numbers (`-12.5`, a longitude) are left as they are.
 * Pure and browser-safe.
 */

const FORMULA_START = /^'*[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

function needsApostrophe(value: string): boolean {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value);
}

/** A cell as exported: with a leading apostrophe when a spreadsheet could read it as a formula. */
export function neutraliseFormula(value: string): string {
  return needsApostrophe(value) ? `'${value}` : value;
}

/** A cell as imported: the apostrophe neutraliseFormula added taken off again (the exact inverse). */
export function restoreFormula(cell: string): string {
  return cell.startsWith("'") && needsApostrophe(cell.slice(1)) ? cell.slice(1) : cell;
}
