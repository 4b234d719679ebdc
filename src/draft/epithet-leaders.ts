import type { Entity } from "../model/core.js";
import type { Token } from "./annotate.js";
import type { Mention } from "./mentions.js";

/** The nouns an unnamed leader is described with: "led by a jihadist-linked group". */
const GROUP_NOUNS = new Set(["group", "faction", "movement", "militia", "organization", "organisation"]);
const ARTICLES = new Set(["a", "an"]);
const MAX_EPITHET = 4;

/** One sentence of a report as the leader rules read it: its tokens and the names found in it. */
export interface NamedSentence {
  readonly tokens: readonly Token[];
  readonly mentions: readonly Mention[];
}

/**
 * A collective led by a group the report first leaves unnamed and later names with the same
 * epithet ("fighters led by a jihadist-linked group" … "the jihadist-linked
 * Northern Brigade"): the named group leads the collective, for the whole report. Returns collective id →
 * leader; an epithet given to two different groups names neither.
 */
export function epithetLeaders(sentences: readonly NamedSentence[]): Map<string, Entity> {
  const wanted: { collective: Entity; epithet: string }[] = [];
  for (const { tokens, mentions } of sentences) {
    for (const m of mentions) {
      if (m.entity?.kind !== "coalition") continue;
      const k = m.to;
      if (
        tokens[k]?.normal !== "led" ||
        tokens[k + 1]?.normal !== "by" ||
        !ARTICLES.has(tokens[k + 2]?.normal ?? "")
      )
        continue;
      const from = k + 3;
      let end = from;
      while (end < tokens.length && end - from < MAX_EPITHET && !GROUP_NOUNS.has(tokens[end]!.normal)) end++;
      if (end === from || !GROUP_NOUNS.has(tokens[end]?.normal ?? "")) continue;
      // The leader is unnamed only when no name follows the group noun.
      if (mentions.some((x) => x.from === end + 1 && x.entity?.kind === "armed-group")) continue;
      wanted.push({ collective: m.entity, epithet: words(tokens, from, end) });
    }
  }
  const out = new Map<string, Entity>();
  for (const { collective, epithet } of wanted) {
    const named = new Map<string, Entity>();
    const length = epithet.split(" ").length;
    for (const { tokens, mentions } of sentences)
      for (const m of mentions) {
        if (m.entity?.kind !== "armed-group" || m.from - length < 1) continue;
        if (tokens[m.from - length - 1]!.normal !== "the") continue;
        if (words(tokens, m.from - length, m.from) === epithet) named.set(m.entity.id, m.entity);
      }
    if (named.size === 1) out.set(collective.id, [...named.values()][0]!);
  }
  return out;
}

function words(tokens: readonly Token[], from: number, to: number): string {
  return tokens
    .slice(from, to)
    .map((t) => t.normal)
    .join(" ");
}
