import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Counts the paragraphs (non-empty lines) of a corpus report, the unit evidence paragraphs are numbered in. */
export function countParagraphs(text: string): number {
  return text.split(/\r?\n/).filter((line) => line.trim() !== "").length;
}

/** Paragraph counts of the corpus files that exist in `corpusDir`, keyed by file name. */
export function corpusParagraphCounts(corpusDir: string, files: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const file of files) {
    const full = join(corpusDir, file);
    if (existsSync(full)) counts.set(file, countParagraphs(readFileSync(full, "utf8")));
  }
  return counts;
}
