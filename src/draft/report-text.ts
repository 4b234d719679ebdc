import { readFileSync } from "node:fs";
import { badInput } from "../faultline-error.js";

/** One paragraph of a report: a non-empty line, numbered from 1 as evidence paragraphs are. */
export interface Paragraph {
  readonly number: number;
  readonly text: string;
}

/** A plain-text report split into its paragraphs. */
export interface ReportText {
  readonly file: string;
  readonly paragraphs: readonly Paragraph[];
}

/** Splits report text into paragraphs: one per non-empty line, numbered as `check` counts them. */
export function splitParagraphs(text: string): Paragraph[] {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "")
    .map((line, i) => ({ number: i + 1, text: line }));
}

/**
 * Reads a plain-text report, refusing (bad input) a missing file, a binary or non-UTF-8 file and a
 * file with no text, each with the file's name and what is wrong.
 */
export function readReport(path: string, display: string = path): ReportText {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw badInput(`${display}: cannot read the report (${code === "ENOENT" ? "no such file" : code})`);
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1)
    throw badInput(`${display}: byte ${nul + 1} is NUL: this is a binary file, not a text report`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw badInput(`${display}: not UTF-8 text: save the report as UTF-8 plain text`);
  }
  const paragraphs = splitParagraphs(text.replace(/^\uFEFF/, ""));
  if (paragraphs.length === 0) throw badInput(`${display}: the report is empty (no non-blank line)`);
  return { file: display, paragraphs };
}
