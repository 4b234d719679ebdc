import type { KnowledgeGraph } from "../graph/knowledge-graph.js";
import { entityLabel } from "../graph/entity-label.js";
import type { DayRange } from "../graph/time-bounds.js";
import { dayToIso } from "../model/core.js";
import type { Entity } from "../model/core.js";
import type { Counterparty } from "../query/counterparties.js";
import { alliesOf, backedBy, backersOf } from "../query/counterparties.js";
import { coBelligerentsHeading, coBelligerentsOn } from "../query/co-belligerents.js";
import type { CounterpartyQuery, EmptyAnswer } from "../query/empty-answer.js";
import { whyNoAnswer } from "../query/empty-answer.js";
import type { AnswerNoun } from "../query/empty-answer-text.js";
import { elsewhereDaysText, emptyAnswerText } from "../query/empty-answer-text.js";
import { basisText, statusText } from "../time/basis-text.js";
import { el } from "./dom.js";
import type { Store } from "./explorer-state.js";

/** The questions asked of the selected entity, each answered by the library the CLI uses. */
const QUESTIONS: readonly {
  readonly id: string;
  readonly title: (label: string) => string;
  readonly cli: string;
  readonly noun: AnswerNoun;
  readonly answer: CounterpartyQuery;
}[] = [
  {
    id: "backers",
    title: (l) => `Who backs ${l}`,
    cli: "backers",
    noun: { one: "backer" },
    answer: backersOf,
  },
  { id: "backed", title: (l) => `Whom ${l} backs`, cli: "backed", noun: { one: "client" }, answer: backedBy },
  { id: "allies", title: (l) => `Allies of ${l}`, cli: "allies", noun: { one: "ally" }, answer: alliesOf },
];

/** A button that selects an entity. */
function entityButton(store: Store, entity: Entity): HTMLElement {
  const who = el("button", {
    className: "link-button",
    text: entity.label,
    attrs: { type: "button", "data-entity": entity.id },
  });
  who.addEventListener("click", () =>
    store.update({ selection: { kind: "entity", id: entity.id }, path: null }),
  );
  return who;
}

/** Why a question has no answer on the date (as the CLI says it), with the answers on other days. */
function emptyAnswer(
  why: EmptyAnswer,
  noun: AnswerNoun,
  store: Store,
  entity: Entity,
  date: string,
): HTMLElement {
  const text = emptyAnswerText(why, noun, entity.label, date, "untick “only certain answers”");
  const sentence = el("p", { className: "none", text, attrs: { "data-empty": why.kind } });
  if (why.kind !== "other-days") return sentence;
  const others = why.answers.map((a) =>
    el(
      "li",
      { attrs: { "data-elsewhere": a.entity.id } },
      entityButton(store, a.entity),
      ` — ${elsewhereDaysText(a)}`,
    ),
  );
  return el("div", {}, sentence, el("ul", { className: "answers" }, ...others));
}

function answerList(kg: KnowledgeGraph, store: Store, answers: readonly Counterparty[]): HTMLElement {
  const label = (id: string) => entityLabel(kg, id);
  return el(
    "ul",
    { className: "answers" },
    ...answers.map((a) => {
      const who = entityButton(store, a.entity);
      const relations = a.relations.map((r) => {
        const b = el("button", {
          className: "link-button small",
          text: r.status,
          attrs: { type: "button", "data-relation": r.id, title: `Relation ${r.id}` },
        });
        b.addEventListener("click", () =>
          store.update({ selection: { kind: "relation", id: r.id }, path: null }),
        );
        return b;
      });
      const via = a.via.length > 0 ? ` via ${a.via.map((v) => v.label).join(", ")};` : "";
      return el(
        "li",
        { attrs: { "data-certainty": a.certainty, "data-basis": a.basis.kind, "data-status": a.status } },
        who,
        ` — ${a.certainty} (${basisText(a.basis, label)}); ${statusText(a.status, a.claimedBy, label)};${via} `,
        ...relations.flatMap((b, i) => (i ? [", ", b] : [b])),
      );
    }),
  );
}

/**
 * Who fought alongside the entity in the dataset events of the window around the day, said apart
 * from its allies (co-belligerents, not an alliance a source asserts); null when none did.
 */
function coBelligerents(kg: KnowledgeGraph, store: Store, entity: Entity): HTMLElement | null {
  const { day, windowDays } = store.get();
  const found = coBelligerentsOn(kg, entity.id, { lo: day - windowDays, hi: day + windowDays });
  if (found.length === 0) return null;
  const within = `${dayToIso(day - windowDays)} to ${dayToIso(day + windowDays)}`;
  return el(
    "div",
    { attrs: { "data-co-belligerents": "" } },
    el("p", {
      className: "hint",
      text: coBelligerentsHeading(entity.label, within),
    }),
    el(
      "ul",
      { className: "answers" },
      ...found.map((c) =>
        el(
          "li",
          { attrs: { "data-co-belligerent": c.entity.id, "data-events": String(c.events) } },
          entityButton(store, c.entity),
          ` — ${c.events} event${c.events === 1 ? "" : "s"}`,
        ),
      ),
    ),
  );
}

/**
 * Who backs, is backed by and is allied with the selected entity on the date: the answers of
 * `faultline backers|backed|allies ENTITY --at DATE`, graded certain or possible, each saying why
 * and on whose word; a toggle keeps only certain answers (`--certain`), kept in the state and the
 * address (`certain=1`).
 */
export function mountAnswersPanel(root: HTMLElement, kg: KnowledgeGraph, store: Store): () => void {
  const toggle = el("input", { attrs: { type: "checkbox", "data-certain-only": "" } }) as HTMLInputElement;
  toggle.addEventListener("change", () => store.update({ certainOnly: toggle.checked }));
  const toggleLabel = el("label", { className: "certain-only" }, toggle, " only certain answers");
  const draw = () => {
    const { selection, day } = store.get();
    const certainOnly = store.get().certainOnly === true;
    toggle.checked = certainOnly;
    const heading = el("h2", { text: "Questions" });
    if (selection?.kind !== "entity" || !kg.entities.has(selection.id)) {
      root.replaceChildren(
        heading,
        el("p", {
          className: "hint",
          text: "Select an entity to see who backs it, whom it backs and its allies on the date.",
        }),
      );
      return;
    }
    const entity = kg.entities.get(selection.id)!;
    const date = { lo: day, hi: day };
    const answerOrWhyNot = (q: (typeof QUESTIONS)[number], e: Entity, d: DayRange, certain: boolean) => {
      const answers = q.answer(kg, e.id, d, { certainOnly: certain });
      if (answers.length > 0) return answerList(kg, store, answers);
      const why = whyNoAnswer(kg, q.answer, e.id, d, { certainOnly: certain });
      return emptyAnswer(why, q.noun, store, e, dayToIso(day));
    };
    root.replaceChildren(
      heading,
      toggleLabel,
      ...QUESTIONS.flatMap((q) => {
        const fought = q.id === "allies" ? coBelligerents(kg, store, entity) : null;
        return [
          el("h3", { text: `${q.title(entity.label)} on ${dayToIso(day)}` }),
          el(
            "div",
            {
              attrs: {
                "data-question": q.id,
                title: `faultline ${q.cli} ${entity.id} --at ${dayToIso(day)}${certainOnly ? " --certain" : ""}`,
              },
            },
            answerOrWhyNot(q, entity, date, certainOnly),
          ),
          ...(fought ? [fought] : []),
        ];
      }),
    );
  };
  draw();
  return store.subscribe((state, previous) => {
    if (
      state.selection !== previous.selection ||
      state.day !== previous.day ||
      state.windowDays !== previous.windowDays ||
      state.certainOnly !== previous.certainOnly
    )
      draw();
  });
}
