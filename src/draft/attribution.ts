import type { Sentence } from "./annotate.js";
import { ATTRIBUTION } from "./lexicon.js";
import type { Mention } from "./mentions.js";

/** Who a sentence's statements come from, and whether they are unverified or denied. */
export interface Attribution {
  /** The mention of the speaker ("X said", "according to X"), if the sentence names one. */
  readonly speaker: Mention | null;
  /** Token range of the attribution phrase (speech verb or "according to"), so it is not read as a relation. */
  readonly verbAt: number | null;
  /** Mentions that only receive the statement ("told Al Jazeera"): never an end of a relation. */
  readonly addressees: readonly Mention[];
  /** The speaker's verb is "claim", or the text says the statement could not be verified. */
  readonly unverified: boolean;
  /** The speech verb is "claim"/"allege": what falls in the scope is a claim whoever says it. */
  readonly claimVerb: boolean;
  /** The mention of a party denying the statement, if any. */
  readonly denier: Mention | null;
  /** Tokens whose statements are the speaker's (the reported clause); the rest is the outlet's voice. */
  readonly scope: { readonly from: number; readonly to: number };
}

const DENIED_OBJECTS = new Set([
  "claim",
  "claims",
  "report",
  "reports",
  "allegation",
  "allegations",
  "accusation",
  "accusations",
  "that",
  "it",
  "this",
  "involvement",
  "responsibility",
]);

function phraseAt(tokens: Sentence["tokens"], i: number, phrase: string): boolean {
  const words = phrase.split(" ");
  return words.every((w, k) => tokens[i + k]?.normal === w);
}

/** Reads the attribution of a sentence: speaker, addressee, unverified markers and denial. */
export function readAttribution(sentence: Sentence, mentions: readonly Mention[], text: string): Attribution {
  const tokens = sentence.tokens;
  const lower = text.slice(sentence.start, sentence.end).toLowerCase();
  let speaker: Mention | null = null;
  let verbAt: number | null = null;
  let claimVerb = false;
  let scope = { from: 0, to: 0 };
  const addressees: Mention[] = [];
  const actorMentions = mentions.filter((m) => (m.entity?.kind ?? m.proposed?.kind) !== "place");
  for (let i = 0; i < tokens.length && speaker === null; i++) {
    for (const phrase of ATTRIBUTION.speakerAfter) {
      if (!phraseAt(tokens, i, phrase)) continue;
      const after = i + phrase.split(" ").length;
      speaker = actorMentions.find((m) => m.from >= after && m.from <= after + 3) ?? null;
      if (speaker) verbAt = i;
      if (speaker) scope = { from: 0, to: tokens.length };
    }
  }
  for (let i = 0; i < tokens.length && speaker === null; i++) {
    const t = tokens[i]!;
    if (!t.tags.has("Verb") || !(ATTRIBUTION.speechVerbs as readonly string[]).includes(t.root)) continue;
    const appositive = i > 0 && tokens[i - 1]!.post.includes(",");
    const firstComma = tokens.findIndex((x) => x.post.includes(","));
    const right = actorMentions.find((m) => m.from > i && m.from - i <= 2);
    // "…, said X." / "…, said X, a spokesman for Y.": the speaker comes after the verb when the
    // name right after it ends the sentence or is closed by a comma; then the clause before the
    // comma is what X says, and its subject is no speaker (unlike "X, a spokesman for Y, said").
    const inverted =
      appositive &&
      right !== undefined &&
      (right.to >= tokens.length || tokens[right.to - 1]!.post.includes(","));
    const subject =
      appositive && !inverted ? actorMentions.find((m) => m.to - 1 <= firstComma && m.to <= i) : undefined;
    const left = inverted
      ? undefined
      : (subject ?? [...actorMentions].reverse().find((m) => m.to <= i && i - m.to <= 12));
    const found = left ?? right ?? null;
    if (found === null) continue;
    speaker = found;
    verbAt = i;
    const rest = tokens
      .slice(i + 1)
      .filter((x) => !x.tags.has("Date") && !["on", "in", "it", "he", "she", "they"].includes(x.normal));
    if (found === right) scope = { from: 0, to: i };
    else if (rest.length >= 3) scope = { from: i + 1, to: tokens.length };
    else scope = { from: 0, to: found.from };
    claimVerb = t.root === "claim" || t.root === "allege";
    if (t.root === "tell" && right && right !== found) addressees.push(right);
  }
  const unverified = ATTRIBUTION.unverified.some((p) => lower.includes(p));
  let denier: Mention | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.tags.has("Verb") || !(ATTRIBUTION.denial as readonly string[]).includes(t.root)) continue;
    const object = tokens.slice(i + 1, i + 4).some((x) => DENIED_OBJECTS.has(x.normal));
    if (t.root !== "deny" && !object) continue;
    denier = [...actorMentions].reverse().find((m) => m.to <= i && i - m.to <= 6) ?? null;
    if (denier) break;
  }
  return { speaker, verbAt, addressees, unverified, claimVerb, denier, scope };
}

/** Whether a sentence only says its statement cannot be confirmed (it then marks the one before). */
export function isUnverifiedNote(sentence: Sentence, text: string): boolean {
  const lower = text.slice(sentence.start, sentence.end).toLowerCase();
  return ATTRIBUTION.unverified.some((p) => lower.includes(p));
}
