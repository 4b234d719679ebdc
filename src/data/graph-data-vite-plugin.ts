import { relative } from "node:path";
import type { Dataset } from "../model/core.js";
import { RelationTimeIndex } from "../graph/relation-time-index.js";
import { toLosslessJson } from "../store/lossless-json.js";
import { relationTableOf } from "../store/relation-table.js";
import { contentStamp } from "./content-stamp.js";
import { encodeDatasetAsset, encodeDatasetDetails } from "./dataset-asset.js";
import type { Problem } from "./problem.js";
import { readGraphDataFiles } from "./read-graph-data-files.js";
import { validateGraphData } from "./validate-graph-data.js";

/** The id the page imports its graph-data from. */
export const GRAPH_DATA_MODULE_ID = "virtual:graph-data";

/** Where the development server serves the dataset asset (a build writes it beside the page's script). */
const DEV_ASSET_PATH = "/@faultline/graph-data.json";
/** Where the development server serves the details part of the dataset asset. */
const DEV_DETAILS_PATH = "/@faultline/graph-data-details.json";

/** One part of the dataset the page fetches: where it is, its stamp and size. */
export interface BundledPart {
  /** URL of the part (lossless JSON). */
  readonly url: string;
  /** contentStamp of the part's bytes: the page trusts the build's validation only for these bytes. */
  readonly stamp: string;
  /** Size of the part in bytes. */
  readonly bytes: number;
}

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
  /** The details part (DatasetDetails: evidence notes, records, precision codes), fetched after the first frame; null when the data has problems. */
  readonly details: BundledPart | null;
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
  /** The details part as lossless JSON of a DatasetDetails, and its stamp; null when there were problems. */
  readonly details: { readonly json: Uint8Array; readonly stamp: string } | null;
  readonly problems: readonly Problem[];
  readonly warnings: readonly Problem[];
  /** Every file the folder rule selects, for the watcher. */
  readonly paths: readonly string[];
}

/**
 * Reads the graph-data folder `dataDir` with the CLI's reader (the one graph-data rule, strict JSON)
 * and validates it as `faultline check` does without the corpus paragraph check (the corpus is not
 * part of the site); a valid dataset is written as lossless JSON of its DatasetAsset and of its
 * DatasetDetails, each stamped. Files are named
 * `graph-data/…` in problems.
 */
export async function graphDataAsset(dataDir: string): Promise<GraphDataAsset> {
  const display = (path: string) => `graph-data/${relative(dataDir, path).split("\\").join("/")}`;
  const read = await readGraphDataFiles(dataDir, display);
  const { dataset, problems } = validateGraphData(read.files, null, [...read.problems]);
  // The time index's layout as the page would sort it (same columns: the relation table of the dataset).
  const asset = dataset
    ? encodeDatasetAsset(
        dataset satisfies Dataset,
        toLosslessJson,
        new RelationTimeIndex(relationTableOf(dataset)).layout(),
      )
    : null;
  const json = asset ? new TextEncoder().encode(toLosslessJson(asset)) : null;
  const details = dataset ? new TextEncoder().encode(toLosslessJson(encodeDatasetDetails(dataset))) : null;
  return {
    json,
    stamp: json ? contentStamp(json) : null,
    details: details ? { json: details, stamp: contentStamp(details) } : null,
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
 * (graphDataAsset), written as two separate assets beside the page's script (served by the
 * development server): `assets/graph-data-STAMP.json`, what the first frame draws, and
 * `assets/graph-data-details-STAMP.json`, the evidence details fetched after it; described by the
 * small `virtual:graph-data` module (urls, stamps, problems). The page fetches each part, checks
 * its stamp and parses it with JSON.parse: an 18 MB string inlined in the script cost far more to
 * load. Skipped entries are Vite warnings.
 */
export function graphDataVitePlugin(dataDir: string): GraphDataPlugin {
  const resolved = `\0${GRAPH_DATA_MODULE_ID}`;
  let command: "build" | "serve" = "build";
  let served: Uint8Array | null = null;
  let servedDetails: Uint8Array | null = null;
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
      server.middlewares.use(DEV_DETAILS_PATH, (_request, response, next) => {
        if (!servedDetails) return next();
        response.setHeader("content-type", "application/json");
        response.end(servedDetails);
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
      let details: string | null = null;
      if (asset.json && asset.stamp && asset.details) {
        const part = asset.details;
        let detailsUrl: string;
        if (command === "serve") {
          served = asset.json;
          servedDetails = part.json;
          url = JSON.stringify(`${DEV_ASSET_PATH}?${asset.stamp}`);
          detailsUrl = JSON.stringify(`${DEV_DETAILS_PATH}?${part.stamp}`);
        } else {
          const fileName = `graph-data-${asset.stamp}.json`;
          const detailsName = `graph-data-details-${part.stamp}.json`;
          this.emitFile({ type: "asset", fileName: `assets/${fileName}`, source: asset.json });
          this.emitFile({ type: "asset", fileName: `assets/${detailsName}`, source: part.json });
          emitted = fileName;
          // The page's script is written to assets/ too: the asset sits beside it, wherever the HTML is.
          const beside = (name: string) =>
            `new URL(/* @vite-ignore */ ${JSON.stringify(`./${name}`)}, import.meta.url).href`;
          url = beside(fileName);
          detailsUrl = beside(detailsName);
        }
        details = `{ url: ${detailsUrl}, stamp: ${JSON.stringify(part.stamp)}, bytes: ${part.json.length} }`;
      }
      const fields = {
        stamp: asset.stamp,
        bytes: asset.json?.length ?? 0,
        details: null,
        problems: asset.problems,
        warnings: asset.warnings,
      };
      return `export default { url: ${url ?? "null"}, ...${JSON.stringify(fields)}${details ? `, details: ${details}` : ""} };`;
    },
  };
}
