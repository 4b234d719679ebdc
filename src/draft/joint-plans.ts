import { RELATION_KINDS } from "../model/core.js";
import type { Token } from "./annotate.js";
import type { DateMention } from "./dates.js";
import type { RawProposal } from "./extract.js";
import { fits } from "./extract.js";
import { LEXICON } from "./lexicon.js";
import type { Mention } from "./mentions.js";

const JOINT_PLAN = LEXICON.find((r) => r.id === "joint-plan")!;

/** Nouns for what parties settle together; a ceasefire is brokered (ceasefire-broker), not listed here. */
const AGREEMENT_NOUNS = new Set([
  "plan",
  "plans",
  "deal",
  "agreement",
  "accord",
  "memorandum",
  "roadmap",
  "framework",
]);

/** How far after the verb the agreement noun may come ("announced they were working on a plan"). */
const OBJECT_WINDOW = 8;

/**
 * The list of parties ending right before token `at` ("Russia and Iran, supporters of X, and
 * Turkey"): names joined by "and" or commas, leftwards; a comma-delimited apposition opened by a
 * plural noun ("supporters of X", "allies of Y") describes the name before it and is skipped.
 */
function subjectList(tokens: readonly Token[], mentions: readonly Mention[], at: number): Mention[] {
  const kinds = RELATION_KINDS["negotiated-with"].sourceKinds;
  const endingAt = (k: number) => mentions.find((m) => m.to - 1 === k && fits(m, kinds));
  const last = endingAt(at - 1);
  if (!last) return [];
  const group = [last];
  for (let current = last; ;) {
    const and = tokens[current.from - 1]?.normal === "and";
    const k = and ? current.from - 2 : current.from - 1;
    const before = tokens[k];
    if (!before || !(and || before.post.includes(","))) break;
    let previous = endingAt(k);
    if (before.post.includes(",")) {
      let c = k - 1;
      while (c >= 0 && !tokens[c]!.post.includes(",")) c--;
      const opener = tokens[c + 1];
      const apposition =
        c >= 0 &&
        k - c <= 8 &&
        opener !== undefined &&
        opener.tags.has("Plural") &&
        !mentions.some((m) => c + 1 >= m.from && c + 1 < m.to);
      if (apposition) previous = endingAt(c);
    }
    if (!previous || group.includes(previous)) break;
    group.unshift(previous);
    current = previous;
  }
  return group;
}

/**
 * joint-plan: parties announcing, agreeing or signing a plan, deal or agreement together ("A, B
 * and C announced they were working on a plan"): each pair negotiated with each other, on the
 * sentence's date. The act is what the outlet reports (the announcement is the evidence), so it is
 * in the outlet's voice even though "announced" is a speech verb.
 */
export function jointPlanProposals(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  dates: readonly DateMention[],
): RawProposal[] {
  const out: RawProposal[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const verb = tokens[i]!;
    if (!verb.tags.has("Verb") || !JOINT_PLAN.phrases.includes(verb.root)) continue;
    let object = -1;
    for (let k = i + 1; k < tokens.length && k - i <= OBJECT_WINDOW; k++) {
      if (AGREEMENT_NOUNS.has(tokens[k]!.normal)) {
        object = k;
        break;
      }
      if (/[;,.:]/.test(tokens[k]!.post)) break;
    }
    if (object < 0) continue;
    const parties = subjectList(tokens, mentions, i);
    if (parties.length < 2) continue;
    const date = dates.find((d) => !d.since)?.date ?? null;
    for (let a = 0; a < parties.length; a++)
      for (let b = a + 1; b < parties.length; b++) {
        if (parties[a]!.entity !== null && parties[a]!.entity?.id === parties[b]!.entity?.id) continue;
        out.push({
          rule: JOINT_PLAN,
          kind: "negotiated-with",
          at: i,
          agent: parties[a]!,
          patient: parties[b]!,
          trigger: { start: verb.start, end: tokens[object]!.end },
          date,
          since: false,
          confidence: JOINT_PLAN.confidence,
          outletVoice: true,
        });
      }
  }
  return out;
}
