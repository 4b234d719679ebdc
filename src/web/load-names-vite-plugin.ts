import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Plugin } from "vite";
import { NAME_TABLE_FILE } from "../import/name-table.js";

const VIRTUAL_ID = "virtual:event-data-names";
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/**
 * Serves `virtual:event-data-names`: the text of the bundled graph-data folder's name table
 * (event-data-names.json, which maps UCDP GED and ACLED names to entities), or null when the folder
 * has none, so an event file opened in the page is reconciled as `faultline import` reconciles it.
 */
export function eventDataNamesVitePlugin(dataDir: string): Plugin {
  const file = join(dataDir, NAME_TABLE_FILE);
  return {
    name: "faultline-event-data-names",
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : null),
    load(id) {
      if (id !== RESOLVED_ID) return null;
      this.addWatchFile(file);
      const text = existsSync(file) ? readFileSync(file, "utf8") : null;
      return `export default ${JSON.stringify(text)};`;
    },
  };
}
