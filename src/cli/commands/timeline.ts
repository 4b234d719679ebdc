import type { TimelineEntry } from "../../analysis/index.js";
import { entityLabel } from "../../graph/entity-label.js";
import { measureById } from "../../analysis/index.js";
import type { KnowledgeGraph } from "../../graph/knowledge-graph.js";
import { RELATION_KINDS } from "../../model/core.js";
import { validityText } from "../../time/validity-span.js";
import { analysisCommand, labelled, parameterHelp, relationDates } from "./analysis-command.js";

const TIMELINE = measureById("timeline")!;

function entryText(kg: KnowledgeGraph, e: TimelineEntry): string {
  const label = (id: string) => entityLabel(kg, id);
  const derived =
    RELATION_KINDS[e.kind].temporality === "state" && (e.startDerived || e.endDerived) ? "*" : "";
  const arrow = RELATION_KINDS[e.kind].direction === "symmetric" ? "–" : "→";
  const head = `${relationDates(e)}${derived}  ${label(e.source)} ${arrow} ${e.kind} ${arrow} ${label(e.target)}  (${e.status}; ${e.id})`;
  const evidence = e.evidence.map((v) => {
    const where = `${v.source}${v.paragraph === null ? "" : ` ¶${v.paragraph}`} (${v.outlet}, ${v.published})`;
    const who = [
      ...(v.claimedBy ? [`claimed by ${label(v.claimedBy)}`] : []),
      ...(v.reportedBy ? [`reported by ${label(v.reportedBy)}`] : []),
    ];
    return `    ${where}: ${v.note}${who.length > 0 ? ` [${who.join("; ")}]` : ""}`;
  });
  const holds =
    RELATION_KINDS[e.kind].temporality === "state"
      ? [`    holds: ${validityText(kg.relations.get(e.id)!.validity, label)}`]
      : [];
  const derivedFrom = e.derivedFrom ? [`    derived from ${e.derivedFrom.join(", ")}`] : [];
  return [head, ...holds, ...derivedFrom, ...evidence].join("\n");
}

/** `faultline timeline A [B]`: an entity's history, or that of two entities' relations, in date order. */
export const timelineCommand = analysisCommand({
  family: "timeline",
  measure: TIMELINE,
  usage: "timeline A [B] [--from D1] [--to D2] [--kinds K,…]",
  help: [
    "A             the entity whose history to tell",
    "B             only its relations with this entity",
    ...parameterHelp(TIMELINE.parameters.filter((p) => p.type !== "entity")),
    "A state's dates marked * come (in part) from the span of its evidence's reports; it may have",
    "held before and after them (`holds:` says until what rules it out: a stated date, a lifetime,",
    "contrary evidence or a capture).",
  ],
  positionals: ["entity", "other"],
  optionalPositionals: 1,
  render(result, { kg, io, entities: [entity, other] }) {
    const whose = other
      ? `${labelled(kg, entity!.id)} and ${labelled(kg, other.id)}`
      : labelled(kg, entity!.id);
    if (result.entries.length === 0) {
      io.stdout.write(`No relations of ${whose} match.\n`);
      return;
    }
    io.stdout.write(`Timeline of ${whose}: ${result.entries.length} relation(s)\n\n`);
    io.stdout.write(`${result.entries.map((e) => entryText(kg, e)).join("\n")}\n`);
    if (result.entries.some((e) => e.startDerived || e.endDerived)) {
      io.stdout.write(
        "\n* dates taken from the span of the evidence's reports: certain between them, possible beyond\n",
      );
    }
  },
});
