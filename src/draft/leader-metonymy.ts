import type { Entity } from "../model/core.js";
import type { Token } from "./annotate.js";
import type { RawProposal } from "./extract.js";
import { LEXICON } from "./lexicon.js";
import type { Mention } from "./mentions.js";

const LEADER_METONYMY = LEXICON.find((r) => r.id === "leader-metonymy")!;

/**
 * A leader named where the party they head is meant ("the allies of Assad", "Assad allies Russia
 * and Iran"): the sentence's relations were drawn with the party at that end (see `stand` in
 * extract.ts), and the report presents the person as the party's head, which is evidence that the
 * person leads it. `leaders` holds the party the graph knows each person leads.
 */
export function leaderMetonymyProposals(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  proposals: readonly RawProposal[],
  leaders: ReadonlyMap<string, Entity>,
): RawProposal[] {
  const out: RawProposal[] = [];
  for (const m of mentions) {
    const party = m.entity?.kind === "person" ? leaders.get(m.entity.id) : undefined;
    if (!party) continue;
    const standsIn = proposals.some((p) =>
      [p.agent, p.patient].some(
        (end) => end.from === m.from && end.to === m.to && end.entity?.id === party.id,
      ),
    );
    if (!standsIn) continue;
    out.push({
      rule: LEADER_METONYMY,
      kind: "leads",
      at: m.from,
      agent: m,
      patient: { ...m, entity: party, proposed: null },
      trigger: { start: tokens[m.from]!.start, end: tokens[m.to - 1]!.end },
      date: null,
      since: true,
      confidence: LEADER_METONYMY.confidence,
    });
  }
  return out;
}
