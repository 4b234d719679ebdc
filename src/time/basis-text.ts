import type { Status } from "../model/core.js";
import type { Basis, Limit } from "../model/validity.js";

/** Names an entity by id for display (its label, or the id when unknown). */
export type LabelOf = (id: string) => string;

/** What rules a relation out, in words: "HTS founded 2017-01", "captured by HTS 2024-11-30". */
export function limitText(limit: Limit, labelOf: LabelOf): string {
  switch (limit.kind) {
    case "stated-start":
      return `stated start ${limit.date}`;
    case "stated-end":
      return `stated end ${limit.date}`;
    case "founded":
      return `${labelOf(limit.entity)} founded ${limit.date}`;
    case "dissolved":
      return `${labelOf(limit.entity)} dissolved ${limit.date}`;
    case "contrary":
      return `contrary ${limit.relation} ${limit.date}`;
    case "began":
      return `${limit.relation} began ${limit.date}`;
    case "ended":
      return `${limit.relation} ended ${limit.date}`;
    case "captured":
      return `captured by ${labelOf(limit.by)} ${limit.date}`;
  }
}

/**
 * Why an answer holds, in a few words: "stated", "evidenced to 2024-12-01", "after last report
 * 2024-11-28 (until HTS dissolved 2025-01-29)", "bounded by HTS founded 2017-01".
 */
export function basisText(basis: Basis, labelOf: LabelOf): string {
  const until = (limit: Limit | null, word: string) =>
    limit ? ` (${word} ${limitText(limit, labelOf)})` : "";
  switch (basis.kind) {
    case "stated":
      return "stated";
    case "evidenced":
      return basis.lastReport ? `evidenced to ${basis.lastReport}` : "evidenced";
    case "extrapolated-before":
      return `before first report${basis.firstReport ? ` ${basis.firstReport}` : ""}${until(basis.limit, "after")}`;
    case "extrapolated-after":
      return `after last report${basis.lastReport ? ` ${basis.lastReport}` : ""}${until(basis.limit, "until")}`;
    case "bounded":
      return `bounded by ${limitText(basis.limit, labelOf)}`;
  }
}

/** A status in words: "reported", "claimed by Turkey", "disputed (claimed by Turkey)". */
export function statusText(status: Status, claimedBy: readonly string[], labelOf: LabelOf): string {
  const by = claimedBy.map(labelOf).join(", ");
  if (status === "claimed") return by ? `claimed by ${by}` : "claimed";
  if (status === "disputed") return by ? `disputed (claimed by ${by})` : "disputed";
  return "reported";
}
