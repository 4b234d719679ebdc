import { entityLabel } from "../../graph/entity-label.js";
import type { KnowledgeGraph } from "../../graph/knowledge-graph.js";
import { coBelligerentsHeading, coBelligerentsOn } from "../../query/co-belligerents.js";
import type { QueryDate } from "../../query/query-date.js";
import type { Entity } from "../../model/core.js";
import { alliesOf, backedBy, backersOf } from "../../query/counterparties.js";
import type { CounterpartyQuery, EmptyAnswer } from "../../query/empty-answer.js";
import { whyNoAnswer } from "../../query/empty-answer.js";
import type { AnswerNoun } from "../../query/empty-answer-text.js";
import { elsewhereDaysText, emptyAnswerText } from "../../query/empty-answer-text.js";
import { basisText, statusText } from "../../time/basis-text.js";
import type { Command } from "../command.js";
import { writeJson } from "../io.js";
import { counterpartyJson } from "../json-shapes.js";
import { loadKnowledgeGraph } from "../load-knowledge-graph.js";
import { requireDateOption } from "../options.js";
import { resolveEntityArg } from "../resolve-entity-arg.js";
import { renderTable } from "../table.js";

/** What the command lists: "Backers" in a heading, "backer" in a sentence. */
interface Noun extends AnswerNoun {
  readonly heading: string;
}

/** Why the answer is empty, with the answers on other days one per line. */
function emptyAnswerLines(why: EmptyAnswer, noun: Noun, entity: Entity, date: string): string {
  const first = emptyAnswerText(why, noun, entity.label, date, "run without --certain");
  if (why.kind !== "other-days") return first;
  const lines = why.answers.map((a) => `  ${a.entity.label} (${a.entity.id}): ${elsewhereDaysText(a)}`);
  return [first, ...lines, "(`faultline timeline` with both names shows the evidence.)"].join("\n");
}

/** How many co-belligerents `allies` names before saying how many more there are. */
const CO_BELLIGERENTS_SHOWN = 10;

/**
 * Who fought alongside the entity in the events of the date, said apart from its allies (a
 * dataset's co-belligerents on a day, not an alliance a source asserts); null when none did.
 */
function coBelligerentLines(kg: KnowledgeGraph, entity: Entity, date: QueryDate): string | null {
  const found = coBelligerentsOn(kg, entity.id, date);
  if (found.length === 0) return null;
  const shown = found.slice(0, CO_BELLIGERENTS_SHOWN).map((c) => {
    return `  ${c.entity.label} (${c.entity.id}): ${c.events} event${c.events === 1 ? "" : "s"}`;
  });
  const more = found.length - shown.length;
  return [
    coBelligerentsHeading(entity.label, date.text),
    ...shown,
    ...(more > 0 ? [`  (+${more} more)`] : []),
    `(\`faultline events ${entity.id} --kinds fought-alongside --from ${date.text} --to ${date.text}\` gives their days and deaths.)`,
  ].join("\n");
}

function counterpartyCommand(
  name: string,
  noun: Noun,
  query: CounterpartyQuery,
  alsoSay: (kg: KnowledgeGraph, entity: Entity, date: QueryDate) => string | null = () => null,
): Command {
  return {
    usage: `${name} ENTITY --at DATE [--certain]`,
    help: [
      "--at DATE   EDTF date: a day (2024-12-01), a month (2018-09) or a year (2019)",
      "--certain   keep only answers that certainly hold",
      "`certain`: the evidence or a stated date covers every day DATE may denote, on no party's",
      "claim alone; `possible`: only some reading allows it (before the first or after the last",
      "report, an imprecise date, a claim). BASIS says why: stated, evidenced to the last report,",
      "before the first / after the last report (up to what rules it out), or bounded by a limit.",
    ],
    options: { at: { type: "string" }, certain: { type: "boolean" } },
    positionals: { min: 1, max: 1 },
    async run(args, io) {
      const date = requireDateOption(args);
      const kg = await loadKnowledgeGraph(args);
      const entity = resolveEntityArg(kg, args.positionals[0]!, io, { actorsOnly: true });
      const answers = query(kg, entity.id, date, { certainOnly: args.values.certain === true });
      if (args.json) writeJson(io, answers.map(counterpartyJson));
      else if (answers.length === 0) {
        const why = whyNoAnswer(kg, query, entity.id, date, { certainOnly: args.values.certain === true });
        io.stdout.write(`${emptyAnswerLines(why, noun, entity, date.text)}\n`);
      } else {
        io.stdout.write(`${noun.heading} of ${entity.label} (${entity.id}) on ${date.text}:\n`);
        const label = (id: string) => entityLabel(kg, id);
        const via = answers.some((a) => a.via.length > 0);
        io.stdout.write(
          renderTable(
            ["ID", "LABEL", "KIND", "CERTAINTY", "BASIS", "STATUS", ...(via ? ["VIA"] : []), "RELATIONS"],
            answers.map((a) => [
              a.entity.id,
              a.entity.label,
              a.entity.kind,
              a.certainty,
              basisText(a.basis, label),
              statusText(a.status, a.claimedBy, label),
              ...(via ? [a.via.map((v) => v.label).join(", ")] : []),
              a.relations.map((r) => r.id).join(", "),
            ]),
          ),
        );
      }
      const also = args.json ? null : alsoSay(kg, entity, date);
      if (also !== null) io.stdout.write(`${also}\n`);
      return 0;
    },
  };
}

/** `faultline backers ENTITY --at DATE`. */
export const backersCommand = counterpartyCommand(
  "backers",
  { heading: "Backers", one: "backer" },
  backersOf,
);
/** `faultline backed ENTITY --at DATE`. */
export const backedCommand = counterpartyCommand("backed", { heading: "Clients", one: "client" }, backedBy);
/** `faultline allies ENTITY --at DATE`. */
export const alliesCommand = counterpartyCommand(
  "allies",
  { heading: "Allies", one: "ally" },
  alliesOf,
  coBelligerentLines,
);
