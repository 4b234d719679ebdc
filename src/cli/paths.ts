import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The project's root folder (where package.json is). */
const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** The shipped graph-data folder, used when no --data is given. */
export const SHIPPED_DATA_DIR = resolve(PROJECT_ROOT, "graph-data");
