import { createHash } from "node:crypto";
import { homedir } from "node:os";
import { join, resolve } from "node:path";

/**
 * Where Faultline keeps its stores, outside any data folder (which may be read-only):
 * $FAULTLINE_CACHE_DIR, else $XDG_CACHE_HOME/faultline, else ~/.cache/faultline.
 */
export function cacheDirectory(env: NodeJS.ProcessEnv = process.env): string {
  if (env.FAULTLINE_CACHE_DIR) return resolve(env.FAULTLINE_CACHE_DIR);
  if (env.XDG_CACHE_HOME) return join(resolve(env.XDG_CACHE_HOME), "faultline");
  return join(homedir(), ".cache", "faultline");
}

/** The store file of a graph-data folder: one per folder (by its absolute path), replaced when its content changes. */
export function storePathFor(dataDir: string, env: NodeJS.ProcessEnv = process.env): string {
  const name = createHash("sha256").update(resolve(dataDir)).digest("hex").slice(0, 32);
  return join(cacheDirectory(env), `${name}.store`);
}
