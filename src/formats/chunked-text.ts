/**
 * Writers yield their output piece by piece (a header, then one piece per node or edge), so a file
 * larger than a JavaScript string may be (about 2^29 characters) can stream to a file, stdout or
 * a browser Blob. These helpers gather the pieces.
 */

/** Joins a writer's pieces into one string (for small graphs, tests and the page). */
export function joinChunks(chunks: Iterable<string>): string {
  let text = "";
  for (const chunk of chunks) text += chunk;
  return text;
}

/** Regroups a writer's pieces into chunks of at least `size` characters (the last may be shorter). */
export function* batchChunks(chunks: Iterable<string>, size = 1 << 16): Generator<string> {
  let batch: string[] = [];
  let length = 0;
  for (const chunk of chunks) {
    batch.push(chunk);
    length += chunk.length;
    if (length >= size) {
      yield batch.join("");
      batch = [];
      length = 0;
    }
  }
  if (length > 0) yield batch.join("");
}
