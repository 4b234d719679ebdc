import { relative } from "node:path";
import type { Dataset } from "../model/index.js";
import { toLosslessJson } from "../store/lossless-json.js";
import { contentStamp } from "./content-stamp.js";
import { encodeDatasetAsset } from "./dataset-asset.js";
import type { Problem } from "./problem.js";
import { readGraphDataFiles } from "./read-graph-data-files.js";
import { validateGraphData } from "./validate-graph-data.js";

/** The id the page imports its graph-data from. */
export const GRAPH_DATA_MODULE_ID = "virtual:graph-data";

/** Where the development server serves the dataset asset (a build writes it beside the page's script). */
const DEV_ASSET_PATH = "/@faultline/graph-data.json";

/**
 * What the page's `virtual:graph-data` module holds: not the data itself (that is a separate asset,
 * fetched and parsed with JSON.parse at start), but where it is, its stamp, and what the build found.
 */
export interface BundledGraphData {
  /** URL of the validated dataset (lossless JSON of a DatasetAsset); null when the data has problems. */
  readonly url: string | null;
  /** contentStamp of the asset's bytes: the page trusts the build's validation only for these bytes. */
  readonly stamp: string | null;
  /** Size of the asset in bytes. */
  readonly bytes: number;
  /** Every problem validation found at build time (reading and checks, as `faultline check` without the corpus). */
  readonly problems: readonly Problem[];
  /** Entries of the folder the reader skipped, each with why. */
  readonly warnings: readonly Problem[];
}

/** The dataset asset the build writes: the data validated, its stamp, and what validation found. */
export interface GraphDataAsset {
  /** The validated dataset as lossless JSON (±Infinity kept) of a DatasetAsset, or null when there were problems. */
  readonly json: Uint8Array | null;
  readonly stamp: string | null;
  readonly problems: readonly Problem[];
  readonly warnings: readonly Problem[];
  /** Every file the folder rule selects, for the watcher. */
  readonly paths: readonly string[];
}

/**
 * Reads the graph-data folder `dataDir` with the CLI's reader (the one graph-data rule, strict JSON)
 * and validates it as `faultline check` does without the corpus paragraph check (the corpus is not
 * part of the site); a valid dataset is written as lossless JSON of its DatasetAsset and stamped. Files are named
 * `graph-data/…` in problems.
 */
export async function graphDataAsset(dataDir: string): Promise<GraphDataAsset> {
  const display = (path: string) => `graph-data/${relative(dataDir, path).split("\\").join("/")}`;
  const read = await readGraphDataFiles(dataDir, display);
  const { dataset, problems } = validateGraphData(read.files, null, [...read.problems]);
  const asset = dataset ? encodeDatasetAsset(dataset satisfies Dataset, toLosslessJson) : null;
  const json = asset ? new TextEncoder().encode(toLosslessJson(asset)) : null;
  return {
    json,
    stamp: json ? contentStamp(json) : null,
    problems,
    warnings: read.warnings,
    paths: read.paths.map((p) => `${dataDir}/${p.slice("graph-data/".length)}`),
  };
}

/** The part of Vite's plugin context this plugin uses (typed here so src/ does not depend on Vite's types). */
interface LoadContext {
  addWatchFile(path: string): void;
  warn(message: string): void;
  emitFile(file: { type: "asset"; fileName: string; source: Uint8Array }): string;
}

/** The part of Vite's development server this plugin uses. */
interface DevServer {
  middlewares: {
    use(
      path: string,
      handler: (
        request: unknown,
        response: { setHeader(name: string, value: string): void; end(body: Uint8Array): void },
        next: () => void,
      ) => void,
    ): void;
  };
}

/** A tag Vite adds to an HTML page. */
interface HtmlTag {
  tag: string;
  attrs: Record<string, string | boolean>;
  injectTo: "head";
}

/** The part of a Vite plugin this one uses. */
interface GraphDataPlugin {
  readonly name: string;
  configResolved(config: { readonly command: "build" | "serve" }): void;
  configureServer(server: DevServer): void;
  transformIndexHtml: {
    order: "post";
    handler(html: string, context: { readonly path: string }): HtmlTag[];
  };
  resolveId(id: string): string | undefined;
  load(this: LoadContext, id: string): Promise<string | undefined>;
}

/**
 * A Vite plugin giving the page the graph-data folder `dataDir`: validated at build time
 * (graphDataAsset), written as a separate asset (`assets/graph-data-STAMP.json` beside the page's
 * script; served by the development server), and described by the small `virtual:graph-data`
 * module (url, stamp, problems). The page fetches the asset, checks its stamp and parses it with
 * JSON.parse: an 18 MB string inlined in the script cost far more to load. Skipped entries are Vite warnings.
 */
export function graphDataVitePlugin(dataDir: string): GraphDataPlugin {
  const resolved = `\0${GRAPH_DATA_MODULE_ID}`;
  let command: "build" | "serve" = "build";
  let served: Uint8Array | null = null;
  /** The asset's file name under assets/ in a build (null before the module is loaded, or when the data has problems). */
  let emitted: string | null = null;
  return {
    name: "faultline-graph-data",
    configResolved(config) {
      command = config.command;
    },
    configureServer(server) {
      server.middlewares.use(DEV_ASSET_PATH, (_request, response, next) => {
        if (!served) return next();
        response.setHeader("content-type", "application/json");
        response.end(served);
      });
    },
    // Each built page asks for the asset from its head, so it downloads while the script does.
    transformIndexHtml: {
      order: "post",
      handler(_html, context) {
        if (command !== "build" || emitted === null) return [];
        const depth = context.path.split("/").length - 2;
        const href = `${"../".repeat(depth) || "./"}assets/${emitted}`;
        return [
          {
            tag: "link",
            attrs: { rel: "preload", href, as: "fetch", crossorigin: "anonymous" },
            injectTo: "head",
          },
        ];
      },
    },
    resolveId(id) {
      return id === GRAPH_DATA_MODULE_ID ? resolved : undefined;
    },
    async load(id) {
      if (id !== resolved) return undefined;
      const asset = await graphDataAsset(dataDir);
      this.addWatchFile(dataDir);
      for (const path of asset.paths) this.addWatchFile(path);
      for (const w of asset.warnings) this.warn(`${w.file}: ${w.message}`);
      let url: string | null = null;
      if (asset.json && asset.stamp) {
        if (command === "serve") {
          served = asset.json;
          url = JSON.stringify(`${DEV_ASSET_PATH}?${asset.stamp}`);
        } else {
          const fileName = `graph-data-${asset.stamp}.json`;
          this.emitFile({ type: "asset", fileName: `assets/${fileName}`, source: asset.json });
          emitted = fileName;
          // The page's script is written to assets/ too: the asset sits beside it, wherever the HTML is.
          url = `new URL(/* @vite-ignore */ ${JSON.stringify(`./${fileName}`)}, import.meta.url).href`;
        }
      }
      const fields = {
        stamp: asset.stamp,
        bytes: asset.json?.length ?? 0,
        problems: asset.problems,
        warnings: asset.warnings,
      };
      return `export default { url: ${url ?? "null"}, ...${JSON.stringify(fields)} };`;
    },
  };
}
