import { join } from "node:path";
import { readRegularFile } from "./read-regular-file.js";
import { fileErrorReason } from "./read-json-file.js";
import { decodeUtf8, invalidUtf8Message } from "./utf8.js";

/** Largest corpus report read (16 MiB: a news report is a few KiB). */
export const MAX_CORPUS_FILE_BYTES = 16 * 1024 * 1024;

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

/**
 * Paragraph counts of the corpus files that exist in `corpusDir`, keyed by file name. Names come
 * from data not yet validated, so only plain file names are looked up (a name with a folder part
 * or `..` is never opened: the schema reports it), and only regular files of bounded size that are
 * valid UTF-8 are read (a FIFO or a device is refused without blocking; see `refused`).
 */
export function corpusParagraphCounts(corpusDir: string, files: readonly string[]): ParagraphCounts {
  const counts = new ParagraphCounts();
  for (const file of new Set(files)) {
    if (!isPlainCorpusFileName(file)) continue;
    let read;
    try {
      read = readRegularFile(join(corpusDir, file), MAX_CORPUS_FILE_BYTES);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT")
        counts.refused.set(file, `cannot be read: ${fileErrorReason(error)}`);
      continue;
    }
    if (!read.ok) {
      counts.refused.set(file, read.reason);
      continue;
    }
    const decoded = decodeUtf8(read.bytes);
    if (!decoded.ok) {
      counts.refused.set(file, `is ${invalidUtf8Message(read.bytes, decoded.byte)} (line ${decoded.line})`);
      continue;
    }
    counts.set(file, countParagraphs(decoded.text));
  }
  return counts;
}
