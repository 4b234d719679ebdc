/** The `data=` of the shipped build's dataset: a link with it reopens the same data. */
export const SHIPPED_DATA = "shipped";
/** The `data=` of data opened from the user's files: a link cannot carry them, so it reopens the shipped data, saying so. */
export const OPENED_DATA = "opened";

/** A query string with `data=DATASET` added (when a dataset is named), after what the state writes. */
export function withDataParam(query: string, dataset: string | undefined): string {
  if (dataset === undefined) return query;
  const params = new URLSearchParams(query);
  params.set("data", dataset);
  return `?${params.toString().replace(/%2C/g, ",")}`;
}

/**
 * What the `data` parameter of a URL asks for: nothing or the shipped data (null), or data the
 * page cannot reopen, with what it shows instead.
 */
export function dataParamProblem(search: string): string | null {
  const data = new URLSearchParams(search).get("data");
  if (data === null || data === SHIPPED_DATA) return null;
  if (data === OPENED_DATA)
    return "data: the link was made while data opened from files was shown, which a link cannot carry; showing the shipped data (open the files again to see them)";
  return `data: "${data}" is not a dataset this page holds (only "${SHIPPED_DATA}"); showing the shipped data`;
}
