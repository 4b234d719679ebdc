/** Counts the paragraphs (non-empty lines) of a corpus report, the unit evidence paragraphs are numbered in. */
export function countParagraphs(text: string): number {
  return text.split(/\r?\n/).filter((line) => line.trim() !== "").length;
}

/** Whether a source's `file` is a plain file name (no folder part, no `..`), the only kind read from the corpus. */
export function isPlainCorpusFileName(name: string): boolean {
  return /^[\w.-]+\.txt$/.test(name) && !name.startsWith(".") && !name.includes("..");
}

/** Paragraph counts by corpus file name, with the files named in the data that were refused and why. */
export class ParagraphCounts extends Map<string, number> {
  /** Files that exist in the corpus but were not read (not a regular file, too large, not UTF-8), with why. */
  readonly refused = new Map<string, string>();
}
