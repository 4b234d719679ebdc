import { join } from "node:path";
import { readRegularFile } from "./read-regular-file.js";
import { fileErrorReason } from "./read-json-file.js";
import { countParagraphs, isPlainCorpusFileName, ParagraphCounts } from "./paragraph-counts.js";
import { decodeUtf8, invalidUtf8Message } from "./utf8.js";

/** Largest corpus report read (16 MiB: a news report is a few KiB). */
export const MAX_CORPUS_FILE_BYTES = 16 * 1024 * 1024;

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
