import type { RelationRef, SignChange } from "../../analysis/index.js";
import { entityLabel } from "../../graph/entity-label.js";
import { measureById } from "../../analysis/index.js";
import type { KnowledgeGraph } from "../../graph/knowledge-graph.js";
import { basisText, statusText } from "../../time/basis-text.js";
import { renderTable } from "../table.js";
import { analysisCommand, parameterHelp, relationDates } from "./analysis-command.js";

const DIFF = measureById("diff")!;

function relationTable(kg: KnowledgeGraph, refs: readonly RelationRef[]): string {
  const label = (id: string) => entityLabel(kg, id);
  return renderTable(
    ["ID", "KIND", "SOURCE", "TARGET", "DATES", "STATUS", "CERTAINTY", "BASIS"],
    refs.map((r) => [
      r.id,
      r.kind,
      label(r.source),
      label(r.target),
      relationDates(r),
      statusText(r.status, r.claimedBy, label),
      r.certainty ?? "",
      r.basis ? basisText(r.basis, label) : "",
    ]),
  );
}

function changeText(kg: KnowledgeGraph, c: SignChange): string {
  const label = (id: string) => entityLabel(kg, id);
  return `  ${label(c.a)} – ${label(c.b)}: ${c.before} → ${c.after}  (before: ${c.relationsBefore.join(", ")}; after: ${c.relationsAfter.join(", ")})`;
}

/** `faultline diff D1 D2`: what changed between two dates. */
export const diffCommand = analysisCommand({
  family: "diff",
  measure: DIFF,
  usage: "diff D1 D2 [--kinds K,…] [--certain]",
  help: [
    "D1, D2        the earlier and the later date (EDTF)",
    ...parameterHelp(DIFF.parameters.filter((p) => p.id !== "before" && p.id !== "after")),
    "Began / ended: states holding on D2 that something rules out on D1 (a stated start, a founding,",
    "contrary evidence, a capture), and the reverse. A state no longer reported has not ended: it",
    "stays possible. Came and went: states holding only in between. Events: after D1 up to D2.",
    "Tone changed: pairs of actors cooperative, hostile or ambivalent on both dates, differently.",
  ],
  positionals: ["before", "after"],
  render(result, { kg, io }) {
    const sections: [string, readonly RelationRef[]][] = [
      [`Began (holding on ${result.after}, not on ${result.before})`, result.began],
      [`Ended (holding on ${result.before}, not on ${result.after})`, result.ended],
      ["Came and went (holding only in between)", result.cameAndWent],
      [`Events after ${result.before} up to ${result.after}`, result.events],
    ];
    const out = [`Changes from ${result.before} to ${result.after}:`];
    for (const [title, refs] of sections) {
      out.push("", `${title}: ${refs.length}`);
      if (refs.length > 0) out.push(relationTable(kg, refs).trimEnd());
    }
    out.push(
      "",
      `Tone changed: ${result.signChanges.length}`,
      ...result.signChanges.map((c) => changeText(kg, c)),
    );
    io.stdout.write(`${out.join("\n")}\n`);
  },
});
