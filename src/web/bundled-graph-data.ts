import graphData from "virtual:graph-data";
import { contentStamp } from "../data/content-stamp.js";
import type { BundledPart } from "../data/graph-data-vite-plugin.js";
import type { Problem } from "../data/problem.js";
import type { ValidationResult } from "../data/validate-graph-data.js";
import type { DatasetAsset, DatasetDetails } from "../data/dataset-asset.js";
import { applyDatasetDetails, decodeDatasetAsset, decodeTimeLayout } from "../data/dataset-asset.js";
import type { TimeIndexLayout } from "../graph/relation-time-index.js";
import { expectDetails } from "./dataset-details.js";

/** The name problems with the shipped dataset asset are filed under. */
const ASSET_NAME = "the site's graph-data asset";

/** The bytes of a part of the asset, or why they cannot be used. */
type Fetched =
  { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly message: string };

/** Fetches one part of the asset and checks that its bytes are the ones the build stamped. */
async function fetchPart(part: BundledPart, onFetched?: () => void): Promise<Fetched> {
  let bytes: Uint8Array;
  try {
    const response = await fetch(part.url);
    if (!response.ok)
      return { ok: false, message: `${part.url} could not be fetched: HTTP ${response.status}` };
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    return { ok: false, message: `${part.url} could not be fetched: ${(error as Error).message}` };
  }
  onFetched?.();
  const stamp = contentStamp(bytes);
  if (stamp !== part.stamp)
    return {
      ok: false,
      message:
        `${part.url} is not the file this build validated (${bytes.length} bytes stamped ${stamp}, ` +
        `built ${part.bytes} bytes stamped ${part.stamp}): it is stale or was altered; build the site again`,
    };
  return { ok: true, bytes };
}

/**
 * The shipped dataset: the graph-data folder the build read with the CLI's reader and validated as
 * `faultline check` does (without the corpus paragraph check), fetched as separate assets and
 * parsed with JSON.parse. The build's validation is trusted only for the very bytes it stamped: an
 * asset whose stamp differs (stale, truncated, edited) is refused with a problem saying so, and
 * the problems the build found are returned as they are. The dataset comes back with its evidence outlined: its
 * details part is fetched and applied when first asked for (dataset-details.ts), and with the layout
 * of its time index the build worked out.
 */
export async function loadBundledDataset(): Promise<
  ValidationResult & { readonly timeLayout?: TimeIndexLayout }
> {
  const { url, stamp, bytes, details } = graphData;
  if (url === null || stamp === null || details === null)
    return { dataset: null, problems: graphData.problems };
  const first = await fetchPart({ url, stamp, bytes }, () => performance.mark("faultline:data-fetched"));
  if (!first.ok)
    return {
      dataset: null,
      problems: [{ file: ASSET_NAME, path: "$", message: first.message } satisfies Problem],
    };
  // Lossless JSON of the dataset the build validated, byte for byte (checked above): no need to validate again.
  performance.mark("faultline:data-stamped");
  const asset = JSON.parse(new TextDecoder().decode(first.bytes)) as DatasetAsset;
  const timeLayout = decodeTimeLayout(asset);
  const dataset = decodeDatasetAsset(asset);
  expectDetails(dataset, async () => {
    const part = await fetchPart(details);
    if (!part.ok) throw new Error(`${ASSET_NAME} (evidence details): ${part.message}`);
    applyDatasetDetails(dataset, JSON.parse(new TextDecoder().decode(part.bytes)) as DatasetDetails);
    performance.mark("faultline:details-applied");
  });
  return { dataset, problems: [], timeLayout };
}
