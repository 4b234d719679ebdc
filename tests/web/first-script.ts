import { readFileSync } from "node:fs";
import { join, posix } from "node:path";

/** A static `import … from "./x.js"` or `import "./x.js"` in a built chunk; `import("./x.js")` (lazy) does not match. */
const STATIC_IMPORT = /\b(?:from|import)\s*["'](\.{1,2}\/[^"']+\.js)["']/g;

/**
 * The files of a built page's first script: the module script index.html loads and every chunk
 * it imports statically, transitively (paths relative to the site folder). Lazily imported chunks
 * are left out: the page loads them after it starts, if at all.
 */
export function firstScriptFiles(siteDir: string): string[] {
  const html = readFileSync(join(siteDir, "index.html"), "utf8");
  const entry = /<script\s[^>]*type="module"[^>]*\ssrc="([^"]+)"/.exec(html)?.[1];
  if (entry === undefined) throw new Error(`${siteDir}/index.html loads no module script`);
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const m of readFileSync(join(siteDir, file), "utf8").matchAll(STATIC_IMPORT)) {
      visit(posix.join(posix.dirname(file), m[1]!));
    }
  };
  visit(posix.normalize(entry));
  return [...seen];
}
