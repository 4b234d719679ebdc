import type { Draft } from "./draft-types.js";
import type { ReportText } from "./report-text.js";

/** `draft --json`: the source, the proposed entities and the proposed relations. */
export function draftJson(draft: Draft) {
  return { source: draft.source, entities: draft.entities, relations: draft.relations };
}

/** The words a trigger points at, read from the report (shown to the reviewer, never stored). */
export function triggerWords(
  report: ReportText | null,
  paragraph: number,
  start: number,
  end: number,
): string {
  const text = report?.paragraphs.find((p) => p.number === paragraph)?.text;
  return text === undefined ? `(${start}–${end})` : text.slice(start, end);
}

/** Table rows for a draft: new entities and relation proposals with their trigger words. */
export function draftRows(draft: Draft, report: ReportText | null) {
  const entities = draft.entities.map((e) => [
    e.id,
    e.label,
    e.kind,
    [...new Set(e.mentions.map((m) => m.paragraph))].join(","),
  ]);
  const relations = draft.relations.map((r) => {
    const first = r.evidence[0]!;
    return [
      r.addsTo ? `${r.id} (+evidence)` : r.id,
      r.kind,
      r.source,
      r.target,
      r.start ?? "",
      r.claimedBy.length > 0 ? `${r.status} (${r.claimedBy.join(", ")})` : r.status,
      r.confidence.toFixed(2),
      r.rule,
      [...new Set(r.evidence.map((e) => e.paragraph))].join(","),
      triggerWords(report, first.paragraph, first.trigger.start, first.trigger.end),
    ];
  });
  return { entities, relations };
}
