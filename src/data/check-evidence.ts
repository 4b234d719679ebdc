import type { Source } from "../model/core.js";
import { ParagraphCounts } from "./paragraph-counts.js";
import type { Problem } from "./problem.js";
import { jsonPath } from "./problem.js";
import type { RawData } from "./raw-data.js";

/**
 * Reports evidence that does not fit its relation's status or its source: a claimed relation with
 * unattributed evidence, a reported one resting only on claims, a disputed one with a single
 * piece of evidence, a missing or out-of-range paragraph of a news report.
 */
export function checkEvidence(data: RawData): Problem[] {
  const sources = new Map<string, Source>(data.sources.map((s) => [s.value.id, s.value]));
  const problems: Problem[] = [];
  const refused = data.paragraphCounts instanceof ParagraphCounts ? data.paragraphCounts.refused : null;
  for (const s of data.sources) {
    const why = s.value.file === undefined ? undefined : refused?.get(s.value.file);
    if (why !== undefined) {
      problems.push({
        file: s.file,
        path: jsonPath([...s.path, "file"]),
        message: `the corpus file ${s.value.file} was not read: it ${why}`,
      });
    }
  }
  for (const r of data.relations) {
    const { status, evidence } = r.value;
    const at = (...rest: (string | number)[]) => jsonPath([...r.path, ...rest]);
    if (status === "claimed") {
      evidence.forEach((e, i) => {
        if (e.claimedBy === undefined) {
          problems.push({
            file: r.file,
            path: at("evidence", i),
            message: "a claimed relation needs claimedBy on every piece of evidence",
          });
        }
      });
    }
    if (status === "reported" && evidence.every((e) => e.claimedBy !== undefined)) {
      problems.push({
        file: r.file,
        path: at("status"),
        message:
          "every piece of evidence is a party's claim: status should be claimed (or add a report that confirms it)",
      });
    }
    if (status === "disputed" && evidence.length < 2) {
      problems.push({
        file: r.file,
        path: at("status"),
        message: "a disputed relation needs at least two pieces of evidence that disagree",
      });
    }
    evidence.forEach((e, i) => {
      const source = sources.get(e.source);
      if (source?.kind !== "news-report") return;
      if (e.paragraph === undefined) {
        problems.push({
          file: r.file,
          path: at("evidence", i, "paragraph"),
          message: `evidence from the news report "${source.id}" needs a paragraph`,
        });
        return;
      }
      const count = source.file ? data.paragraphCounts?.get(source.file) : undefined;
      if (count !== undefined && e.paragraph > count) {
        problems.push({
          file: r.file,
          path: at("evidence", i, "paragraph"),
          message: `paragraph ${e.paragraph} does not exist: ${source.file} has ${count} paragraphs`,
        });
      }
    });
  }
  return problems;
}
