import type { Dataset, Entity, RelationKind } from "../model/core.js";
import { edtf, normalizeName } from "../model/core.js";
import type { EntityResolver } from "../query/entity-resolver.js";
import type { Token } from "./annotate.js";
import type { RawProposal } from "./extract.js";
import type { LexiconRule } from "./lexicon.js";
import { LEXICON } from "./lexicon.js";
import type { Mention } from "./mentions.js";

const LED_BY = LEXICON.find((r) => r.id === "coalition-led-by")!;
const NAMED_ALLIES = LEXICON.find((r) => r.id === "coalition-named-allies")!;
const NAMED_ON_THE_SPOT = LEXICON.find((r) => r.id === "coalition-named-on-the-spot")!;
const GROUPS = new Set(["armed-group", "coalition"]);

/** Whether an entity exists on a day, by its founded and dissolved dates (unknown bounds allow it). */
function aliveOn(e: Entity, day: string): boolean {
  const d = edtf(day);
  return (!e.founded || edtf(e.founded).lo <= d.hi) && (!e.dissolved || edtf(e.dissolved).hi >= d.lo);
}

const YEAR_DAYS = 366;

/**
 * The one coalition the graph knows `leader` heads or belongs to on the day (another report's
 * "HTS and allied factions" of that year), or null when there is none or more than one. A
 * coalition counts when it exists on the day and either its founding is known or a source
 * published within a year of the day puts the leader in it.
 */
export function coalitionOf(leader: Entity, dataset: Dataset, day: string, except: string): Entity | null {
  const published = new Map(dataset.sources.map((s) => [s.id, edtf(s.published).lo]));
  const near = (source: string) => {
    const at = published.get(source);
    return at !== undefined && Math.abs(at - edtf(day).lo) <= YEAR_DAYS;
  };
  const recent = new Set<string>();
  const ids = new Set<string>();
  for (const r of dataset.relations) {
    if ((r.kind !== "leads" && r.kind !== "member-of") || r.source !== leader.id) continue;
    ids.add(r.target);
    if (r.evidence.some((e) => near(e.source))) recent.add(r.target);
  }
  const found = dataset.entities.filter(
    (e) =>
      ids.has(e.id) &&
      e.kind === "coalition" &&
      e.id !== except &&
      aliveOn(e, day) &&
      (e.founded !== undefined || recent.has(e.id)),
  );
  return found.length === 1 ? found[0]! : null;
}

function proposal(
  rule: LexiconRule,
  kind: RelationKind,
  agent: Mention,
  patient: Mention,
  trigger: { from: number; to: number },
  tokens: readonly Token[],
): RawProposal {
  return {
    rule,
    kind,
    at: trigger.from,
    agent,
    patient,
    trigger: { start: tokens[trigger.from]!.start, end: tokens[trigger.to - 1]!.end },
    date: null,
    since: true,
    confidence: rule.confidence,
  };
}

const as = (m: Mention, entity: Entity): Mention => ({ ...m, entity, proposed: null });

/**
 * Coalition proposals of one sentence (see the coalition rules of the lexicon). `mentions` are the
 * names as the resolver read them, before the report's leader rule replaced any collective.
 */
export function coalitionProposals(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  paragraph: string,
  dataset: Dataset,
  resolver: EntityResolver,
  published: string,
): RawProposal[] {
  const out: RawProposal[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1];
    // "X and its allies": a coalition's name that starts with the name of one of its members.
    if (a.entity?.kind === "coalition") {
      const words = paragraph.slice(a.start, a.end);
      const head = NAMED_ALLIES.phrases.map((p) => words.toLowerCase().indexOf(` ${p}`)).find((k) => k > 0);
      const member = head === undefined ? undefined : resolver.resolve(words.slice(0, head)).candidates[0];
      if (member && GROUPS.has(member.entity.kind) && member.entity.id !== a.entity.id)
        out.push(
          proposal(NAMED_ALLIES, "member-of", as(a, member.entity), a, { from: a.from, to: a.to }, tokens),
        );
    }
    if (!b || !a.entity || !b.entity) continue;
    const between = tokens
      .slice(a.to, b.from)
      .map((t) => t.normal)
      .join(" ");
    const passive = a.entity.kind === "coalition" && /^,?\s*(led by|headed by)( the| an| a)?$/.test(between);
    const prefix = b.entity.kind === "coalition" && a.to === b.from - 1 && tokens[a.to]?.normal === "led";
    const [collective, leaderMention] = passive ? [a, b] : prefix ? [b, a] : [null, null];
    if (!collective || !leaderMention || leaderMention.entity!.kind !== "armed-group") continue;
    const coalition = coalitionOf(leaderMention.entity!, dataset, published, collective.entity!.id);
    if (!coalition) continue;
    const led = passive ? { from: a.to, to: b.from } : { from: a.to, to: a.to + 1 };
    const c = as(collective, coalition);
    out.push(proposal(LED_BY, "leads", leaderMention, c, led, tokens));
    out.push(proposal(LED_BY, "member-of", leaderMention, c, led, tokens));
    if (normalizeName(collective.entity!.id) !== normalizeName(coalition.id))
      out.push(proposal(LED_BY, "member-of", c, collective, led, tokens));
    // "…, led by X and including Y": the groups listed after "including" are members too.
    const including = tokens.findIndex(
      (t, k) => k >= leaderMention.to && k - leaderMention.to <= 3 && t.normal === "including",
    );
    if (including >= 0) {
      const listed = mentions.filter(
        (m) => m.from > including && m.from - including <= 6 && m.entity && GROUPS.has(m.entity.kind),
      );
      for (const m of listed.slice(0, 1))
        out.push(proposal(LED_BY, "member-of", m, c, { from: including, to: including + 1 }, tokens));
    }
  }
  return out;
}

/**
 * A description of a collective named on the spot ("armed factions fighting under the banner of
 * X"): X, a group or coalition, is part of the collective the description names.
 */
export function namedCollectiveProposals(
  tokens: readonly Token[],
  named: ReadonlyMap<Mention, Entity>,
  mentions: readonly Mention[],
): RawProposal[] {
  const out: RawProposal[] = [];
  for (const [description, entity] of named) {
    const collective = description.entity;
    if (collective?.kind !== "coalition" || !GROUPS.has(entity.kind) || entity.id === collective.id) continue;
    const name = mentions.find((m) => m.entity?.id === entity.id && m.from >= description.to) ?? description;
    out.push(
      proposal(
        NAMED_ON_THE_SPOT,
        "member-of",
        as(name, entity),
        description,
        { from: description.to, to: name.from > description.to ? name.from : description.to + 1 },
        tokens,
      ),
    );
  }
  return out;
}
