import graphData from "virtual:graph-data";
import { contentStamp } from "../data/content-stamp.js";
import type { Problem } from "../data/problem.js";
import type { ValidationResult } from "../data/validate-graph-data.js";
import type { DatasetAsset } from "../data/dataset-asset.js";
import { decodeDatasetAsset } from "../data/dataset-asset.js";

/** The name problems with the shipped dataset asset are filed under. */
const ASSET_NAME = "the site's graph-data asset";

/**
 * The shipped dataset: the graph-data folder the build read with the CLI's reader and validated as
 * `faultline check` does (without the corpus paragraph check), fetched as a separate asset and
 * parsed with JSON.parse. The build's validation is trusted only for the very bytes it stamped: an
 * asset whose stamp differs (stale, truncated, edited) is refused with a problem saying so, and
 * the problems the build found are returned as they are. `onFetched` runs once the bytes are in memory and stamped right.
 */
export async function loadBundledDataset(onFetched?: () => void): Promise<ValidationResult> {
  if (graphData.url === null || graphData.stamp === null)
    return { dataset: null, problems: graphData.problems };
  const refused = (message: string): ValidationResult => ({
    dataset: null,
    problems: [{ file: ASSET_NAME, path: "$", message } satisfies Problem],
  });
  let bytes: Uint8Array;
  try {
    const response = await fetch(graphData.url);
    if (!response.ok) return refused(`${graphData.url} could not be fetched: HTTP ${response.status}`);
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    return refused(`${graphData.url} could not be fetched: ${(error as Error).message}`);
  }
  performance.mark("faultline:data-fetched");
  const stamp = contentStamp(bytes);
  if (stamp !== graphData.stamp)
    return refused(
      `${graphData.url} is not the file this build validated (${bytes.length} bytes stamped ${stamp}, ` +
        `built ${graphData.bytes} bytes stamped ${graphData.stamp}): it is stale or was altered; build the site again`,
    );
  // Lossless JSON of the dataset the build validated, byte for byte (checked above): no need to validate again.
  performance.mark("faultline:data-stamped");
  onFetched?.();
  const dataset = decodeDatasetAsset(JSON.parse(new TextDecoder().decode(bytes)) as DatasetAsset);
  return { dataset, problems: [] };
}
