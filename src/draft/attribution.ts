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
  /** The mention of a party denying the statement, if any. */
  readonly denier: Mention | null;
}

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
  const addressees: Mention[] = [];
  const actorMentions = mentions.filter((m) => (m.entity?.kind ?? m.proposed?.kind) !== "place");
  for (let i = 0; i < tokens.length && speaker === null; i++) {
    for (const phrase of ATTRIBUTION.speakerAfter) {
      if (!phraseAt(tokens, i, phrase)) continue;
      const after = i + phrase.split(" ").length;
      speaker = actorMentions.find((m) => m.from >= after && m.from <= after + 3) ?? null;
      if (speaker) verbAt = i;
    }
  }
  for (let i = 0; i < tokens.length && speaker === null; i++) {
    const t = tokens[i]!;
    if (!t.tags.has("Verb") || !(ATTRIBUTION.speechVerbs as readonly string[]).includes(t.root)) continue;
    const left = [...actorMentions].reverse().find((m) => m.to <= i && i - m.to <= 12);
    const right = actorMentions.find((m) => m.from > i && m.from - i <= 2);
    const found = left ?? right ?? null;
    if (found === null) continue;
    speaker = found;
    verbAt = i;
    claimVerb = t.root === "claim" || t.root === "allege";
    if (t.root === "tell" && right && right !== found) addressees.push(right);
  }
  const unverified = claimVerb || ATTRIBUTION.unverified.some((p) => lower.includes(p));
  let denier: Mention | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.tags.has("Verb") || !(ATTRIBUTION.denial as readonly string[]).includes(t.root)) continue;
    denier = [...actorMentions].reverse().find((m) => m.to <= i && i - m.to <= 6) ?? null;
    if (denier) break;
  }
  return { speaker, verbAt, addressees, unverified, denier };
}

/** Whether a sentence only says its statement cannot be confirmed (it then marks the one before). */
export function isUnverifiedNote(sentence: Sentence, text: string): boolean {
  const lower = text.slice(sentence.start, sentence.end).toLowerCase();
  return ATTRIBUTION.unverified.some((p) => lower.includes(p));
}
