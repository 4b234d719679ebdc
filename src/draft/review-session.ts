import { isFaultlineError } from "../faultline-error.js";
import type { ReviewDecisions } from "./apply-review.js";
import type { Draft, DraftEntity, DraftRelation } from "./draft-types.js";
import { triggerWords } from "./draft-view.js";
import type { RelationField } from "./review-edits.js";
import { editRelation, mergeEntity, placeEntity, RELATION_FIELDS } from "./review-edits.js";
import type { ReportText } from "./report-text.js";

/** Asks one question and returns the answer line, or null when input has ended. */
export interface Prompter {
  ask(question: string): Promise<string | null>;
}

const HELP = [
  "  a            accept          r            reject          s   skip (leave undecided)",
  "  kind K       change the kind source ID / target ID   change an end (an entity id)",
  "  date EDTF    change the date (or 'date none')        status reported|disputed|claimed BY",
  "  merge ID     (new entity) it is this existing entity  place KIND LAT LON  (new place) where it is",
  "  q            stop here: what was decided so far is applied, the rest left out",
].join("\n");

function describeEntity(e: DraftEntity, report: ReportText | null): string {
  const where = e.mentions
    .slice(0, 3)
    .map((m) => `¶${m.paragraph} "${triggerWords(report, m.paragraph, m.start, m.end)}"`)
    .join(", ");
  const place = e.place
    ? ` place: ${e.place.placeKind ?? "?"} ${e.place.lat ?? "?"} ${e.place.lon ?? "?"}`
    : "";
  return `NEW ENTITY ${e.id}: "${e.label}" (${e.kind})${place}\n  named at ${where}`;
}

function describeRelation(r: DraftRelation, report: ReportText | null): string {
  const lines = [
    `${r.addsTo ? "NEW EVIDENCE FOR" : "RELATION"} ${r.id}: ${r.source} ${r.kind} ${r.target}` +
      `${r.start ? ` on ${r.start}` : ""} [${r.status}${r.claimedBy.length ? ` by ${r.claimedBy.join(", ")}` : ""}] ` +
      `confidence ${r.confidence.toFixed(2)}, rule ${r.rule}`,
  ];
  for (const e of r.evidence) {
    lines.push(
      `  ¶${e.paragraph} "${triggerWords(report, e.paragraph, e.trigger.start, e.trigger.end)}": ${e.note}`,
    );
  }
  return lines.join("\n");
}

/**
 * Walks a draft's proposals one by one in the terminal: new entities first, then relations.
 * Each can be accepted, rejected, skipped or changed (kind, ends, date, status; an entity merged
 * into an existing one or given its place) before deciding. Returns the edited draft and the decisions.
 */
export async function reviewInteractively(
  initial: Draft,
  knownIds: ReadonlySet<string>,
  prompter: Prompter,
  write: (text: string) => void,
  report: ReportText | null,
): Promise<{ draft: Draft; decisions: ReviewDecisions }> {
  let draft = initial;
  const accept = new Set<string>();
  const reject = new Set<string>();
  const merge = new Map<string, string>();
  const items: { kind: "entity" | "relation"; id: string }[] = [
    ...draft.entities.map((e) => ({ kind: "entity" as const, id: e.id })),
    ...draft.relations.map((r) => ({ kind: "relation" as const, id: r.id })),
  ];
  write(`${items.length} proposal(s) from ${draft.report.path}. Type ? for help.\n`);
  let n = 0;
  outer: for (const item of items) {
    n++;
    for (;;) {
      const described =
        item.kind === "entity"
          ? describeEntity(
              draft.entities.find((e) => e.id === item.id)!,
              report,
            )
          : describeRelation(
              draft.relations.find((r) => r.id === item.id)!,
              report,
            );
      const answer = await prompter.ask(`\n[${n}/${items.length}] ${described}\n> `);
      if (answer === null) break outer;
      const [command = "", ...rest] = answer.trim().split(/\s+/);
      const value = rest.join(" ");
      try {
        if (command === "a" || command === "accept") accept.add(item.id);
        else if (command === "r" || command === "reject") reject.add(item.id);
        else if (command === "s" || command === "skip") {
          /* left undecided */
        } else if (command === "q" || command === "quit") break outer;
        else if (command === "merge" && item.kind === "entity") {
          draft = mergeEntity(draft, item.id, value, knownIds);
          merge.set(item.id, value);
        } else if (command === "place" && item.kind === "entity") {
          draft = placeEntity(draft, item.id, value);
          continue;
        } else if (item.kind === "relation" && (RELATION_FIELDS as readonly string[]).includes(command)) {
          draft = editRelation(draft, item.id, command as RelationField, value, knownIds);
          continue;
        } else {
          write(
            `${command === "?" || command === "help" ? "" : `"${answer.trim()}" is not a review command.\n`}${HELP}\n`,
          );
          continue;
        }
      } catch (error) {
        if (!isFaultlineError(error)) throw error;
        write(`${error.message}\n`);
        continue;
      }
      break;
    }
  }
  return { draft, decisions: { accept, reject, merge } };
}
