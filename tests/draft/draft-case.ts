import { draftReport } from "../../src/draft/draft-report.js";
import type { Draft } from "../../src/draft/draft-types.js";
import { splitParagraphs } from "../../src/draft/report-text.js";
import type { Dataset } from "../../src/model/core.js";

/** The day the short reports of the drafting tests are published: a Wednesday. */
export const CASE_PUBLISHED = "2024-12-04";

/** [kind, source, target, date (start), status, claimants] of a proposal. */
export type ProposalRow = [string, string, string, string | null, string, string];

/** The draft of a short report of our own (one paragraph per line), published on CASE_PUBLISHED. */
export function draftCase(text: string, dataset: Dataset): Draft {
  return draftReport(
    { file: "case.txt", paragraphs: splitParagraphs(text) },
    { published: CASE_PUBLISHED, sourceId: "case", reportPath: "case.txt", sha256: "0" },
    dataset,
  );
}

/** A draft's proposals as rows, in draft order. */
export function proposalRows(draft: Draft): ProposalRow[] {
  return draft.relations.map((r) => [r.kind, r.source, r.target, r.start, r.status, r.claimedBy.join(",")]);
}
