import { RELATION_KINDS } from "../model/core.js";
import type { Token } from "./annotate.js";
import type { RawProposal } from "./extract.js";
import { mentionKind } from "./extract.js";
import { LEXICON } from "./lexicon.js";

const CAMPAIGN_FIGHTS = LEXICON.find((r) => r.id === "campaign-fights")!;

/** The head nouns of a campaign ("offensive", "campaign"), "counter" taken off. */
const CAMPAIGN_HEADS = new Set(CAMPAIGN_FIGHTS.phrases.map((p) => p.replace(/^counter-?/, "")));

/** Whether the trigger words of an attack end in a campaign noun ("offensive", "counter-offensive"). */
function isCampaign(tokens: readonly Token[], p: RawProposal): boolean {
  const words = tokens.filter((t) => t.start >= p.trigger.start && t.end <= p.trigger.end);
  const head = (words.at(-1)?.normal ?? "").replace(/^counter-?/, "");
  return CAMPAIGN_HEADS.has(head);
}

/** Whether the patient is introduced by one of the rule's prepositions ("against Y", "against the Y"). */
function introducedBy(tokens: readonly Token[], p: RawProposal, prepositions: readonly string[]): boolean {
  const before = tokens[p.patient.from - 1];
  const word = before?.normal === "the" ? tokens[p.patient.from - 2] : before;
  return word !== undefined && p.patient.from > p.at && prepositions.includes(word.normal);
}

/**
 * campaign-fights: an offensive or campaign waged against an actor ("X launched an offensive
 * against Y", "X's counter-offensive against Y") is an attack on a day and also evidence that the
 * two are at war. For every attack read from a campaign noun whose patient is an actor named right
 * after "against", proposes that the two fight, as a state with no start of its own (the
 * offensive's day shows the war going on, not when it began), with the attack's ends and trigger.
 */
export function campaignFightsProposals(
  tokens: readonly Token[],
  proposals: readonly RawProposal[],
): RawProposal[] {
  const spec = RELATION_KINDS.fights;
  const out: RawProposal[] = [];
  for (const p of proposals) {
    if (p.kind !== "attacked" || !isCampaign(tokens, p)) continue;
    if (!introducedBy(tokens, p, CAMPAIGN_FIGHTS.patientAfter ?? [])) continue;
    const [a, b] = [mentionKind(p.agent), mentionKind(p.patient)];
    if (!spec.sourceKinds.includes(a) || !spec.targetKinds.includes(b)) continue;
    if (p.agent.entity !== null && p.agent.entity.id === p.patient.entity?.id) continue;
    out.push({
      ...p,
      rule: CAMPAIGN_FIGHTS,
      kind: "fights",
      date: null,
      since: true,
      confidence: Math.round(((CAMPAIGN_FIGHTS.confidence * p.confidence) / p.rule.confidence) * 100) / 100,
    });
  }
  return out;
}
