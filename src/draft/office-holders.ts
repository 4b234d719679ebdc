import type { Dataset, Entity } from "../model/core.js";
import { normalizeName } from "../model/core.js";
import type { Token } from "./annotate.js";
import type { RawProposal } from "./extract.js";
import { LEXICON } from "./lexicon.js";
import type { Mention } from "./mentions.js";

const OFFICE_HOLDER = LEXICON.find((r) => r.id === "office-holder")!;

/** How many paragraphs after an office is named its holder may still be named for the rule to fire. */
const OFFICE_REACH = 1;

/**
 * Offices the graph knows a person holds: an organisation the person `leads` (an envoy's office,
 * an agency), with the bodies the person `represents` that the office is part of, and the other
 * bodies the person represents (named in the office's own words: "the UN envoy").
 */
export interface KnownOffice {
  readonly office: Entity;
  readonly represents: readonly Entity[];
  readonly alsoRepresents: readonly Entity[];
}

/** Where an office was last named: its paragraph and the words that named it. */
export interface OfficeSeen {
  readonly paragraph: number;
  readonly words: string;
}

/** The offices the graph knows each person holds, keyed by the person's id. */
export function knownOffices(dataset: Dataset): Map<string, KnownOffice[]> {
  const byId = new Map(dataset.entities.map((e) => [e.id, e]));
  const out = new Map<string, KnownOffice[]>();
  for (const r of dataset.relations) {
    const office = byId.get(r.target);
    if (r.kind !== "leads" || byId.get(r.source)?.kind !== "person" || office?.kind !== "organization")
      continue;
    const parents = new Set(
      dataset.relations.filter((p) => p.kind === "member-of" && p.source === office.id).map((p) => p.target),
    );
    const all = dataset.relations
      .filter((p) => p.kind === "represents" && p.source === r.source)
      .map((p) => byId.get(p.target))
      .filter((e): e is Entity => e !== undefined);
    const represents = all.filter((e) => parents.has(e.id));
    const alsoRepresents = all.filter((e) => !parents.has(e.id));
    out.set(r.source, [...(out.get(r.source) ?? []), { office, represents, alsoRepresents }]);
  }
  return out;
}

/**
 * An office named by its description, then its holder named in the same or the next paragraph
 * ("The UN envoy warned on Monday …" then "Jan Berg said …"): when the graph knows the person
 * holds that office, the report is evidence of it (the person leads the office and represents
 * the body the office belongs to). `officesSeen` maps office ids to where they were last named.
 */
export function officeHolderProposals(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  paragraph: number,
  offices: ReadonlyMap<string, readonly KnownOffice[]>,
  officesSeen: ReadonlyMap<string, OfficeSeen>,
): RawProposal[] {
  const out: RawProposal[] = [];
  for (const m of mentions) {
    if (m.entity?.kind !== "person") continue;
    for (const { office, represents: parents, alsoRepresents } of offices.get(m.entity.id) ?? []) {
      const seen = officesSeen.get(office.id);
      if (seen === undefined || paragraph - seen.paragraph > OFFICE_REACH) continue;
      const words = ` ${normalizeName(seen.words)} `;
      const named = (e: Entity) =>
        [e.label, ...e.aliases].some((n) => words.includes(` ${normalizeName(n)} `));
      const represents = [...parents, ...alsoRepresents.filter(named)];
      const trigger = { start: tokens[m.from]!.start, end: tokens[m.to - 1]!.end };
      const propose = (kind: "leads" | "represents", target: Entity): RawProposal => ({
        rule: OFFICE_HOLDER,
        kind,
        at: m.from,
        agent: m,
        patient: { ...m, entity: target, proposed: null },
        trigger,
        date: null,
        since: true,
        confidence: OFFICE_HOLDER.confidence,
      });
      out.push(propose("leads", office), ...represents.map((body) => propose("represents", body)));
    }
  }
  return out;
}
