import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import { graphDataVitePlugin } from "./src/data/graph-data-vite-plugin.js";
import { eventDataNamesVitePlugin } from "./src/web/load-names-vite-plugin.js";
import { syriaProvincesVitePlugin } from "./src/web/map/provinces-vite-plugin.js";

const root = fileURLToPath(new URL(".", import.meta.url));

/** The graph-data folder the page bundles: $FAULTLINE_DATA when set (another data set, a fixture), else the shipped one. */
const dataDir = resolve(root, process.env.FAULTLINE_DATA ?? "graph-data");

/** The explorer page: a static site (relative asset paths, so any web server and any sub-path can host it). */
export default defineConfig({
  root,
  base: "./",
  plugins: [graphDataVitePlugin(dataDir), eventDataNamesVitePlugin(dataDir), syriaProvincesVitePlugin()],
  server: { host: "127.0.0.1", fs: { allow: [root, dataDir] } },
  preview: { host: "127.0.0.1" },
  build: { outDir: "dist", target: "es2022", sourcemap: true, chunkSizeWarningLimit: 1500 },
});
