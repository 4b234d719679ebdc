import type { EntityResolver } from "../query/entity-resolver.js";
import type { Token } from "./annotate.js";
import type { RawProposal } from "./extract.js";
import { LEXICON } from "./lexicon.js";
import type { Mention } from "./mentions.js";
import { lookUp } from "./mentions.js";

const NAMED_AFTER_PARENT = LEXICON.find((r) => r.id === "named-after-parent")!;

/** Kinds of body an office or agency may belong to. */
const PARENT_KINDS = new Set(["state", "organization", "coalition", "armed-group"]);

/**
 * A body named after the organisation it belongs to ("the UN special envoy for Syria", "the EU
 * delegation", "the NATO mission"): when the first word of an organisation's name is, by
 * itself, the name of another actor (not a demonym, not a hyphenated modifier, not a place), the
 * body is part of that actor.
 */
export function namedAfterParentProposals(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  paragraph: string,
  resolver: EntityResolver,
): RawProposal[] {
  const out: RawProposal[] = [];
  for (const m of mentions) {
    const kind = m.entity?.kind ?? m.proposed?.kind;
    if (kind !== "organization") continue;
    let first = m.from;
    while (first < m.to - 1 && tokens[first]!.normal === "the") first++;
    const word = tokens[first]!;
    if (first >= m.to - 1 || word.post.trim() !== "" || word.tags.has("Possessive")) continue;
    const parent = lookUp(resolver, paragraph.slice(word.start, word.end));
    if (!parent || !PARENT_KINDS.has(parent.kind) || parent.id === m.entity?.id) continue;
    out.push({
      rule: NAMED_AFTER_PARENT,
      kind: "member-of",
      at: first,
      agent: m,
      patient: {
        from: first,
        to: first + 1,
        start: word.start,
        end: word.end,
        entity: parent,
        proposed: null,
      },
      trigger: { start: word.start, end: word.end },
      date: null,
      since: true,
      confidence: NAMED_AFTER_PARENT.confidence,
    });
  }
  return out;
}
