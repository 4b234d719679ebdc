import type { Entity } from "../model/core.js";
import type { EntityResolver } from "../query/entity-resolver.js";
import type { Token } from "./annotate.js";
import type { RawProposal } from "./extract.js";
import { DEMONYMS, LEXICON } from "./lexicon.js";
import type { Mention } from "./mentions.js";

const STATE_OUTLET = LEXICON.find((r) => r.id === "state-outlet")!;

/** The nouns of one outlet a state runs ("state news agency", "state television"); generic "state media" is none. */
const OUTLET_NOUNS: readonly (readonly string[])[] = [
  ["news", "agency"],
  ["television"],
  ["tv"],
  ["radio"],
  ["broadcaster"],
];

/** An outlet a report calls a country's state outlet, as token spans of the sentence. */
export interface StateOutlet {
  /** The country's word ("Syrian", "Syria's"). */
  readonly country: number;
  /** The description, from the country's word to the outlet's noun (end exclusive). */
  readonly description: { readonly from: number; readonly to: number };
  /** The outlet's own name written after the description ("… news agency SANA"), when there is one. */
  readonly name: { readonly from: number; readonly to: number } | null;
}

const NAME_STOPPERS = new Set(["and", "or", "said", "says", "reported", "the", "a", "an"]);

/**
 * The state outlet whose "state" is token `i`: a demonym or a country's possessive before it
 * ("Syrian state television", "Syria's state news agency SANA"), an outlet noun after it, and the
 * outlet's own name when capitalised words follow with no comma between.
 */
export function stateOutletAt(tokens: readonly Token[], i: number): StateOutlet | null {
  const country = tokens[i - 1];
  if (tokens[i]?.normal !== "state" || !country || !/^\p{Lu}/u.test(country.text)) return null;
  if (!(country.normal in DEMONYMS) && !/[’']s$/.test(country.text)) return null;
  const noun = OUTLET_NOUNS.find((words) => words.every((w, k) => tokens[i + 1 + k]?.normal === w));
  if (!noun) return null;
  const to = i + 1 + noun.length;
  let end = to;
  while (
    end < tokens.length &&
    end - to < 4 &&
    /^\p{Lu}/u.test(tokens[end]!.text) &&
    !NAME_STOPPERS.has(tokens[end]!.normal) &&
    !tokens[end - 1]!.post.trim()
  )
    end++;
  return { country: i - 1, description: { from: i - 1, to }, name: end > to ? { from: to, to: end } : null };
}

/** The state a country's word stands for: a demonym's actor, or the actor sharing the country's name. */
function stateOf(resolver: EntityResolver, word: string): Entity | null {
  const bare = word.replace(/[’']s$/, "");
  const demonym = DEMONYMS[bare.toLowerCase()];
  const name = demonym ?? bare;
  const actor = resolver.resolveActor(name).candidates.find((c) => c.entity.kind === "state");
  return actor?.entity ?? null;
}

/**
 * state-outlet: an outlet the report calls a country's state outlet ("Syrian state television",
 * "Syria's state news agency SANA") is part of that country's state (its government): the outlet
 * named after the description, or the description itself when no name follows (mentions.ts
 * proposes it under the description), belongs to the state the country word names.
 */
export function stateOutletProposals(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  resolver: EntityResolver,
): RawProposal[] {
  const out: RawProposal[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const outlet = stateOutletAt(tokens, i);
    if (!outlet) continue;
    const span = outlet.name ?? { from: i, to: outlet.description.to };
    const agent = mentions.find((m) => m.from === span.from && m.to === span.to);
    const state = stateOf(resolver, tokens[outlet.country]!.text);
    if (!agent || !state || agent.entity?.id === state.id) continue;
    const word = tokens[outlet.country]!;
    out.push({
      rule: STATE_OUTLET,
      kind: "member-of",
      at: i,
      agent,
      patient: {
        from: outlet.country,
        to: outlet.country + 1,
        start: word.start,
        end: word.end,
        entity: state,
        proposed: null,
      },
      trigger: { start: tokens[i]!.start, end: tokens[outlet.description.to - 1]!.end },
      date: null,
      since: true,
      confidence: STATE_OUTLET.confidence,
    });
  }
  return out;
}
