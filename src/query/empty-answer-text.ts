import type { ElsewhereAnswer, EmptyAnswer } from "./empty-answer.js";

/** How an answer names what it lists: "backer" in "No backer of …". */
export interface AnswerNoun {
  readonly one: string;
}

/** The days an answer found elsewhere may hold on, in words: "may hold from 1982-01-01 until 2024-12-08". */
export function elsewhereDaysText(answer: ElsewhereAnswer): string {
  const from = answer.possibleFrom === null ? "" : ` from ${answer.possibleFrom}`;
  const to = answer.possibleTo === null ? "" : ` until ${answer.possibleTo}`;
  const days = from || to ? `may hold${from}${to}` : "nothing rules it out on any day";
  const via = answer.via.length > 0 ? `, through ${answer.via.map((v) => v.label).join(", ")}` : "";
  return `${days}${via}`;
}

/**
 * Why an answer is empty, in one sentence that keeps silence apart from "none" (the answers found
 * on other days are listed apart, by the caller, with `elsewhereDaysText`); `showPossible` says
 * how to see the possible answers in the caller's terms ("run without --certain").
 */
export function emptyAnswerText(
  why: EmptyAnswer,
  noun: AnswerNoun,
  label: string,
  date: string,
  showPossible: string,
): string {
  const none = `No ${noun.one} of ${label} on ${date}`;
  switch (why.kind) {
    case "before-founded":
      return `${none}: ${label} was founded ${why.date}.`;
    case "after-dissolved":
      return `${none}: ${label} was dissolved ${why.date}.`;
    case "only-possible":
      return `${none} is certain; ${why.possible} may hold (${showPossible} to see them).`;
    case "never":
      return `${none}: the graph records none on any day (the sources are silent; that is not evidence there was none).`;
    case "other-days":
      return `${none}. On other days the graph gives:`;
  }
}
