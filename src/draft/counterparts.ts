import type { Token } from "./annotate.js";
import type { RawProposal } from "./extract.js";
import type { LexiconRule } from "./lexicon.js";
import { LEXICON } from "./lexicon.js";
import type { Mention } from "./mentions.js";
import { lookUpModifier } from "./mentions.js";
import type { EntityResolver } from "../query/entity-resolver.js";

const COUNTERPART = LEXICON.find((r) => r.id === "counterpart")!;

/**
 * "X's Russian counterpart, NAME" / "his Iranian counterpart NAME": the person named holds for the
 * country the demonym names the office the counterpart holds for theirs. The office is read from
 * the sentence: a head (`leads`) or a minister or envoy (`represents`) the sentence's other
 * relations give another person. Nothing is proposed when the sentence says neither.
 */
export function counterpartProposals(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  proposals: readonly RawProposal[],
  resolver: EntityResolver,
): RawProposal[] {
  const out: RawProposal[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i]!.normal !== "counterpart") continue;
    const demonym = tokens[i - 1]!;
    const country = demonym.tags.has("Demonym") ? lookUpModifier(resolver, demonym.text) : null;
    const person =
      mentions.find((m) => m.from > i && m.from - i <= 2 && m.entity?.kind === "person") ??
      mentions.find((m) => m.from > i && m.from - i <= 2 && m.proposed?.kind === "person");
    if (!country || country.kind !== "state" || !person) continue;
    const office = proposals.find(
      (p) =>
        (p.kind === "leads" || p.kind === "represents") &&
        p.agent.from < i - 1 &&
        p.patient.entity?.kind === "state" &&
        p.patient.entity.id !== country.id,
    );
    if (!office) continue;
    out.push(propose(COUNTERPART, office.kind, person, { ...demonym, entity: country }, tokens, i));
  }
  return out;
}

function propose(
  rule: LexiconRule,
  kind: RawProposal["kind"],
  person: Mention,
  country: Token & { entity: NonNullable<Mention["entity"]> },
  tokens: readonly Token[],
  at: number,
): RawProposal {
  const from = at - 1;
  return {
    rule,
    kind,
    at: from,
    agent: person,
    patient: { from, to: at, start: country.start, end: country.end, entity: country.entity, proposed: null },
    trigger: { start: tokens[from]!.start, end: tokens[at]!.end },
    date: null,
    since: true,
    confidence: rule.confidence,
  };
}
