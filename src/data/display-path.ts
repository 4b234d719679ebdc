import { relative } from "node:path";

/** The name a path is shown under in messages and reports: relative to the working folder (the path itself when that is empty). */
export function displayPath(path: string): string {
  return relative(process.cwd(), path) || path;
}
