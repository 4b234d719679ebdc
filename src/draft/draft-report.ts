import type { Dataset, DatedRelation, Entity, RelationKind, Status } from "../model/core.js";
import { edtf, normalizeName, RELATION_KINDS } from "../model/core.js";
import { EntityResolver } from "../query/entity-resolver.js";
import { annotateParagraph } from "./annotate.js";
import { isUnverifiedNote, readAttribution } from "./attribution.js";
import { findDates } from "./dates.js";
import type { Draft, DraftEntity, DraftEvidence, DraftRelation, DraftSource } from "./draft-types.js";
import { counterpartProposals } from "./counterparts.js";
import { headOfCountryProposals } from "./titled-heads.js";
import { namedAfterParentProposals } from "./named-after-parent.js";
import { campaignFightsProposals } from "./campaign-fights.js";
import { stateOutletProposals } from "./state-outlets.js";
import { jointPlanProposals } from "./joint-plans.js";
import { leaderMetonymyProposals } from "./leader-metonymy.js";
import type { OfficeSeen } from "./office-holders.js";
import { knownOffices, officeHolderProposals } from "./office-holders.js";
import { coalitionOf, coalitionProposals, namedCollectiveProposals } from "./coalition-rules.js";
import type { NamedSentence } from "./epithet-leaders.js";
import { epithetLeaders } from "./epithet-leaders.js";
import type { RawProposal } from "./extract.js";
import { extractFromSentence, mentionKind } from "./extract.js";
import type { Mention, NewName } from "./mentions.js";
import { findMentions } from "./mentions.js";
import { relationIdBase, uniqueId } from "./relation-id.js";
import type { ReportText } from "./report-text.js";

/** What the user says about the report: its publication day and what is known of its outlet. */
export interface DraftOptions {
  readonly published: string;
  readonly outlet?: string;
  readonly title?: string;
  readonly url?: string;
  readonly sourceId?: string;
  /** The report's file name, recorded in the source. */
  readonly fileName?: string;
  readonly reportPath: string;
  readonly sha256: string;
}

/** Turns a name into a kebab-case id. */
export function kebab(text: string): string {
  return normalizeName(text).replace(/\s+/g, "-") || "item";
}

function draftSource(options: DraftOptions, dataset: Dataset): DraftSource {
  const existing = dataset.sources.find(
    (s) =>
      (options.sourceId !== undefined && s.id === options.sourceId) ||
      (options.url !== undefined && s.url === options.url) ||
      (options.fileName !== undefined && s.file === options.fileName),
  );
  if (existing) {
    return {
      id: existing.id,
      kind: "news-report",
      outlet: existing.outlet,
      title: existing.title,
      published: existing.published,
      ...(existing.url ? { url: existing.url } : {}),
      ...(existing.file ? { file: existing.file } : {}),
      language: existing.language,
      inferred: existing.inferred,
      existing: true,
    };
  }
  const outlet = options.outlet ?? "Unknown outlet";
  const taken = new Set(dataset.sources.map((s) => s.id));
  const id = options.sourceId ?? uniqueId(`${kebab(options.outlet ?? "report")}-${options.published}`, taken);
  const inferred: DraftSource["inferred"][number][] = [];
  if (options.outlet === undefined)
    inferred.push({ field: "outlet", reason: "The outlet was not given when the report was drafted." });
  if (options.title === undefined)
    inferred.push({ field: "title", reason: "The report has no headline given; this title is ours." });
  return {
    id,
    kind: "news-report",
    outlet,
    title: options.title ?? `Report of ${options.published}${options.outlet ? ` (${options.outlet})` : ""}`,
    published: options.published,
    ...(options.url ? { url: options.url } : {}),
    ...(options.fileName && /^[\w.-]+\.txt$/.test(options.fileName) ? { file: options.fileName } : {}),
    language: "en",
    inferred,
  };
}

const PARTY_KINDS = new Set(["state", "armed-group", "coalition"]);

/** Trigger forms that describe who a party is, in the outlet's own voice. */
const OUTLET_VOICE_FORMS: ReadonlySet<string> = new Set(["coalition", "descriptor", "reference"]);

/** Kinds of support given to a party (see the leader rule in draftReport). */
const SUPPORT_KINDS: ReadonlySet<RelationKind> = new Set(["backs", "expressed-support"]);

/**
 * Who a statement is attributed to: the party whose claim it is, or the monitor reporting it.
 * `affiliated` holds the parties the report itself ties bodies to ("the government-affiliated X").
 */
function attributionOf(
  speaker: Mention | null,
  dataset: Dataset,
  ids: (m: Mention) => string,
  affiliated: ReadonlyMap<string, string>,
) {
  if (!speaker) return {};
  const kind = mentionKind(speaker);
  const id = ids(speaker);
  if (PARTY_KINDS.has(kind)) return { claimedBy: id };
  const party = affiliated.get(id);
  if (party !== undefined) return { claimedBy: party };
  if (kind === "person") {
    if (speaker.entity === null) return { claimedBy: id };
    const party = dataset.relations.some(
      (r) =>
        r.source === id &&
        (r.kind === "leads" || r.kind === "represents" || r.kind === "member-of") &&
        PARTY_KINDS.has(dataset.entities.find((e) => e.id === r.target)?.kind ?? ""),
    );
    return party ? { claimedBy: id } : { reportedBy: id };
  }
  const parent = dataset.relations.find(
    (r) =>
      r.kind === "member-of" &&
      r.source === id &&
      PARTY_KINDS.has(dataset.entities.find((e) => e.id === r.target)?.kind ?? ""),
  );
  return parent ? { claimedBy: parent.target } : { reportedBy: id };
}

function datesCompatible(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return true;
  const x = edtf(a);
  const y = edtf(b);
  return (x.lo >= y.lo && x.hi <= y.hi) || (y.lo >= x.lo && y.hi <= x.hi);
}

/** Whether a proposal states the same fact as an existing relation (same kind, ends and date). */
export function sameFact(
  p: { kind: RelationKind; source: string; target: string; start: string | null },
  r: DatedRelation,
): boolean {
  if (p.kind !== r.kind) return false;
  const symmetric = RELATION_KINDS[p.kind].direction === "symmetric";
  const ends =
    (p.source === r.source && p.target === r.target) ||
    (symmetric && p.source === r.target && p.target === r.source);
  if (!ends) return false;
  const temporality = RELATION_KINDS[p.kind].temporality;
  if (temporality === "event") return datesCompatible(p.start, r.date ?? null);
  if (temporality === "state") return datesCompatible(p.start, r.start ?? null);
  return true;
}

function note(
  labels: [string, string, string],
  date: string | null,
  attribution: { claimedBy?: string; reportedBy?: string },
  label: (id: string) => string,
  denied: string | null,
): string {
  const [agent, kind, patient] = labels;
  const when = date ? ` (${date})` : "";
  const who = attribution.claimedBy
    ? `, as a claim of ${label(attribution.claimedBy)}`
    : attribution.reportedBy
      ? `, according to ${label(attribution.reportedBy)}`
      : "";
  return `${agent} ${kind} ${patient}${when}${who}${denied ? `; denied by ${denied}` : ""}.`;
}

/**
 * Learns, for the rest of a report, which group a collective stands for when the report says it
 * is led by one ("the insurgents led by X", "X-led rebels"): later "the rebels" mean X, as a reader
 * of that report takes them.
 */
function learnLeaders(
  tokens: readonly { normal: string; post: string }[],
  mentions: readonly Mention[],
  ledBy: Map<string, Entity>,
): void {
  for (let i = 0; i < mentions.length - 1; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1]!;
    if (!a.entity || !b.entity) continue;
    const between = tokens.slice(a.to, b.from).map((t) => t.normal);
    const passive =
      a.entity.kind === "coalition" &&
      b.entity.kind === "armed-group" &&
      between.join(" ").match(/^,?\s*(led by|headed by)( the| an| a)?$/);
    const prefix =
      b.entity.kind === "coalition" &&
      a.entity.kind === "armed-group" &&
      a.to === b.from - 1 &&
      tokens[a.to]?.normal === "led" &&
      tokens[a.to - 1]!.post.trim() === "-";
    if (passive) ledBy.set(a.entity.id, b.entity);
    else if (prefix) ledBy.set(b.entity.id, a.entity);
  }
}

/** Phrases that give a collective's own name: "armed factions fighting under the banner of X". */
const NAMING =
  /^,?\s*(?:\w+ )?(known as|under the banner of|grouped under|called|calling themselves)(?: the)?$/;

/**
 * Collectives a sentence names on the spot ("Kurdish fighters known as X", "rebel factions
 * fighting under the banner of X"): in that sentence the description stands for X.
 */
function namedOnTheSpot(
  tokens: readonly { normal: string }[],
  mentions: readonly Mention[],
): Map<Mention, Entity> {
  const named = new Map<Mention, Entity>();
  for (let i = 0; i < mentions.length - 1; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1]!;
    if (!a.entity || !b.entity || a.entity.id === b.entity.id) continue;
    const between = tokens
      .slice(a.to, b.from)
      .map((t) => t.normal)
      .join(" ");
    if (NAMING.test(between) && b.from - a.to <= 6) named.set(a, b.entity);
  }
  return named;
}

/**
 * A head of state declaring support ("King X of Y expressed solidarity with Z", "President X
 * pledged to help Z", X heading a state by the same sentence or by the graph) declares it for the
 * state: the support is the state's, as a minister's words are his government's.
 */
function headOfStateSupport(
  proposals: readonly RawProposal[],
  leaders: ReadonlyMap<string, Entity>,
): RawProposal[] {
  return proposals.map((p) => {
    if (p.kind !== "expressed-support" || mentionKind(p.agent) !== "person") return p;
    const titled = proposals.find(
      (q) =>
        q.kind === "leads" &&
        q.agent.from === p.agent.from &&
        q.agent.to === p.agent.to &&
        mentionKind(q.patient) === "state",
    );
    if (titled) return { ...p, agent: titled.patient };
    const known = p.agent.entity ? leaders.get(p.agent.entity.id) : undefined;
    return known?.kind === "state" ? { ...p, agent: { ...p.agent, entity: known, proposed: null } } : p;
  });
}

/**
 * "Rebel commander X said …": a commander of a collective the report says is led by a group
 * ("the rebels, led by Y") commands in the coalition Y heads that day, and a commander quoted
 * speaks for it (represents); one not quoted is a member of it.
 */
function commanderOfLedRebels(
  proposals: readonly RawProposal[],
  tokens: readonly { readonly normal: string }[],
  speaker: Mention | null,
  coalitionLedIn: (collective: Entity) => Entity | null,
): RawProposal[] {
  return proposals.map((p) => {
    if (p.rule.id !== "lead-title" || p.kind !== "member-of" || tokens[p.at]?.normal !== "commander")
      return p;
    const quoted = speaker !== null && speaker.from === p.agent.from && speaker.to === p.agent.to;
    const collective = p.patient.entity;
    const coalition = collective ? coalitionLedIn(collective) : null;
    const patient = coalition ? { ...p.patient, entity: coalition, proposed: null } : p.patient;
    return { ...p, kind: quoted ? "represents" : "member-of", patient };
  });
}

interface Found {
  readonly proposal: RawProposal;
  readonly paragraph: number;
  readonly attribution: { claimedBy?: string; reportedBy?: string };
  readonly denier: Mention | null;
}

/**
 * Drafts a report: every paragraph split into sentences, names resolved, the lexicon applied,
 * attribution and dates read; proposals merged into relations (several mentions of one fact
 * become several pieces of evidence) and checked against the graph so that a fact already there
 * only gets the evidence it lacks.
 */
export function draftReport(
  report: ReportText,
  options: DraftOptions,
  dataset: Dataset,
  resolver?: EntityResolver,
): Draft {
  const names = resolver ?? new EntityResolver(dataset.entities);
  const source = draftSource(options, dataset);
  const entityIds = new Set(dataset.entities.map((e) => e.id));
  const proposedByKey = new Map<string, DraftEntity & { mentions: DraftEntity["mentions"][number][] }>();
  const idOf = (m: Mention): string => {
    if (m.entity) return m.entity.id;
    const key = normalizeName(m.proposed!.label);
    let e = proposedByKey.get(key);
    if (!e) {
      e = {
        id: uniqueId(kebab(m.proposed!.label), entityIds),
        label: m.proposed!.label,
        kind: m.proposed!.kind,
        aliases: [],
        ...(m.proposed!.kind === "place"
          ? { place: m.proposed!.placeKind ? { placeKind: m.proposed!.placeKind } : {} }
          : {}),
        mentions: [],
      };
      proposedByKey.set(key, e);
    }
    return e.id;
  };
  const leaders = new Map<string, Entity>();
  for (const r of dataset.relations) {
    const target = dataset.entities.find((e) => e.id === r.target);
    if (r.kind === "leads" && target && PARTY_KINDS.has(target.kind)) leaders.set(r.source, target);
  }
  const offices = knownOffices(dataset);
  const officesSeen = new Map<string, OfficeSeen>();
  const found: Found[] = [];
  let sentenceCount = 0;
  let knownMentions = 0;
  const newNames = new Set<string>();
  let attackers: Mention[] = [];
  let attackersAt = 0;
  const ledBy = new Map<string, Entity>();
  const earlierPeople = new Map<string, NewName>();
  const affiliated = new Map<string, string>();
  // Who leads a collective, as the report says anywhere ("the insurgents led by X"), holds for
  // the whole report: a reader of its first paragraph's "rebels" knows it from the third.
  const annotated = report.paragraphs.map((paragraph) => annotateParagraph(paragraph.text));
  const named: NamedSentence[] = report.paragraphs.flatMap((paragraph, k) =>
    annotated[k]!.map((sentence) => ({
      tokens: sentence.tokens,
      mentions: findMentions(sentence, paragraph.text, names),
    })),
  );
  for (const [collective, leader] of epithetLeaders(named)) ledBy.set(collective, leader);
  for (const sentence of named) learnLeaders(sentence.tokens, sentence.mentions, ledBy);
  // The date of the last dated statement of the previous paragraph ("Last month, the envoy warned …").
  let statementDate: string | null = null;
  for (const [k, paragraph] of report.paragraphs.entries()) {
    if (paragraph.number - attackersAt > 2) attackers = [];
    const sentences = annotated[k]!;
    sentenceCount += sentences.length;
    let previous: Found[] = [];
    let previousVerbAt: number | null = null;
    const ownDates = sentences.map((sentence) => findDates(sentence, paragraph.text, options.published));
    const carried: string | null = ownDates.every((d) => d.length === 0) ? statementDate : null;
    statementDate = carried;
    sentences.forEach((sentence, s) => {
      const found0 = findMentions(sentence, paragraph.text, names, earlierPeople);
      // A new person or organisation named in full is named again by the last word of its name
      // ("Rami Halabi … Halabi"; "the Central Military Media outlet … the Media center").
      for (const m of found0)
        if ((m.proposed?.kind === "person" || m.proposed?.kind === "organization") && m.to - m.from > 1)
          earlierPeople.set(normalizeName(m.proposed.label).split(" ").at(-1)!, m.proposed);
      learnLeaders(sentence.tokens, found0, ledBy);
      const onTheSpot = namedOnTheSpot(sentence.tokens, found0);
      // A sentence set in an earlier year ("the 2013 siege … the war between the army and the
      // rebels") is history: who leads the rebels in the report's own events did not lead them then.
      // A year named anywhere counts ("the 2013 siege", "after 2011 protests"), so does a date phrase.
      const year = options.published.slice(0, 4);
      const years = [
        ...sentence.tokens.filter((t) => /^(19|20)\d{2}$/.test(t.normal)).map((t) => t.normal),
        ...ownDates[s]!.map((d) => d.date.slice(0, 4)),
      ];
      const history = years.length > 0 && years.every((y) => y < year);
      const mentions = found0.map((m): Mention => {
        const named = onTheSpot.get(m);
        if (named) return { ...m, entity: named };
        const leader = m.entity && !history ? ledBy.get(m.entity.id) : undefined;
        return leader && m.entity ? { ...m, entity: leader, collective: m.entity } : m;
      });
      knownMentions += mentions.filter((m) => m.entity !== null).length;
      for (const m of mentions) if (m.proposed) newNames.add(normalizeName(m.proposed.label));
      let dates = ownDates[s]!;
      const attribution = readAttribution(sentence, mentions, paragraph.text);
      const pastStatement =
        attribution.speaker !== null &&
        attribution.verbAt !== null &&
        sentence.tokens[attribution.verbAt]!.tags.has("PastTense");
      // Reported speech carried on from a dated statement ("Last month, the envoy warned …" then
      // "X said Y had attacked Z"): a paragraph with no date of its own that reports what someone
      // said takes the date of the previous paragraph's statement, for what the statement tells.
      if (carried !== null && pastStatement)
        dates = [{ from: sentence.tokens.length, to: sentence.tokens.length, date: carried, since: false }];
      const statement = dates.find((d) => !d.since);
      if (pastStatement && statement) statementDate = statement.date;
      const fromLexicon = [
        ...extractFromSentence(
          sentence,
          paragraph.text,
          mentions,
          dates,
          attribution,
          names,
          leaders,
          attackers,
        ),
        ...coalitionProposals(sentence.tokens, found0, paragraph.text, dataset, names, options.published),
        ...namedCollectiveProposals(sentence.tokens, onTheSpot, found0),
        ...officeHolderProposals(sentence.tokens, found0, paragraph.number, offices, officesSeen),
        ...headOfCountryProposals(sentence.tokens, found0, paragraph.text, names),
        ...namedAfterParentProposals(sentence.tokens, found0, paragraph.text, names),
        ...stateOutletProposals(sentence.tokens, found0, names),
        ...jointPlanProposals(sentence.tokens, mentions, dates),
      ];
      const raw = [
        ...commanderOfLedRebels(
          headOfStateSupport(fromLexicon, leaders),
          sentence.tokens,
          attribution.speaker,
          (c) => {
            const leader = ledBy.get(c.id);
            return leader ? coalitionOf(leader, dataset, options.published, c.id) : null;
          },
        ),
        ...leaderMetonymyProposals(sentence.tokens, mentions, fromLexicon, leaders),
        ...campaignFightsProposals(sentence.tokens, fromLexicon),
        ...counterpartProposals(sentence.tokens, mentions, fromLexicon, names),
      ];
      for (const m of found0)
        if (m.entity?.kind === "organization")
          officesSeen.set(m.entity.id, {
            paragraph: paragraph.number,
            words: paragraph.text.slice(m.start, m.end),
          });
      const latest = raw.filter((r) => r.kind === "attacked" && r.agent.entity !== null).map((r) => r.agent);
      if (latest.length > 0) {
        attackers = latest;
        attackersAt = paragraph.number;
      }
      if (raw.length === 0 && isUnverifiedNote(sentence, paragraph.text)) {
        const after = previousVerbAt ?? -1;
        previous = previous.map((f) =>
          f.attribution.claimedBy || f.proposal.at < after
            ? f
            : { ...f, attribution: { claimedBy: idOf(f.proposal.agent) } },
        );
      }
      if (raw.length === 0 && attribution.denier)
        previous = previous.map((f) => ({ ...f, denier: attribution.denier }));
      found.push(...previous);
      for (const r of raw)
        if (
          r.kind === "member-of" &&
          PARTY_KINDS.has(mentionKind(r.patient)) &&
          mentionKind(r.agent) === "organization"
        )
          affiliated.set(idOf(r.agent), idOf(r.patient));
      const base = attributionOf(attribution.speaker, dataset, idOf, affiliated);
      const speakerClaim = attribution.speaker ? { claimedBy: idOf(attribution.speaker) } : {};
      previousVerbAt = attribution.verbAt;
      previous = raw.map((proposal) => {
        const inScope = proposal.at >= attribution.scope.from && proposal.at < attribution.scope.to;
        let said: { claimedBy?: string; reportedBy?: string } = inScope ? base : {};
        if (inScope && attribution.claimVerb && !said.claimedBy) said = speakerClaim;
        if (attribution.unverified && !said.claimedBy)
          said = base.claimedBy ? base : { claimedBy: idOf(proposal.agent) };
        // What a group is (a coalition's leader, a member described as one of a collective) is the
        // outlet's description of the speaker, not part of what the speaker says.
        if (OUTLET_VOICE_FORMS.has(proposal.rule.form) || proposal.outletVoice === true) said = {};
        return { proposal, paragraph: paragraph.number, attribution: said, denier: attribution.denier };
      });
    });
    found.push(...previous);
  }
  const labelOf = (id: string) =>
    dataset.entities.find((e) => e.id === id)?.label ??
    [...proposedByKey.values()].find((e) => e.id === id)?.label ??
    id;
  const relationIds = new Set(dataset.relations.map((r) => r.id));
  const merged = new Map<
    string,
    {
      base: Omit<DraftRelation, "evidence" | "status" | "claimedBy" | "confidence" | "rule">;
      evidence: DraftEvidence[];
      confidence: number;
      rule: string;
      denied: boolean;
      addsTo?: DatedRelation;
    }
  >();
  for (const f of found) {
    const p = f.proposal;
    const spec = RELATION_KINDS[p.kind];
    // Who backs or declares support for "the rebels" supports the collective, not the group that
    // leads it: the leader rule holds for what the rebels do, not for what is done for them.
    const support = SUPPORT_KINDS.has(p.kind);
    const endId = (m: Mention) => (support && m.collective ? m.collective.id : idOf(m));
    let src = endId(p.agent);
    let tgt = endId(p.patient);
    if (spec.direction === "symmetric" && src > tgt) [src, tgt] = [tgt, src];
    const date = spec.temporality === "event" ? (p.date ?? `${options.published}~`) : p.date;
    const start = spec.temporality === "static" ? null : date;
    const end = spec.temporality === "event" ? date : null;
    for (const m of [p.agent, p.patient]) {
      if (m.entity) continue;
      const e = proposedByKey.get(normalizeName(m.proposed!.label))!;
      if (!e.mentions.some((x) => x.paragraph === f.paragraph && x.start === m.start))
        e.mentions.push({ paragraph: f.paragraph, start: m.start, end: m.end });
    }
    const key = JSON.stringify([p.kind, src, tgt, start]);
    const denied = f.denier ? labelOf(idOf(f.denier)) : null;
    const ev: DraftEvidence = {
      source: source.id,
      paragraph: f.paragraph,
      note: note([labelOf(src), spec.label, labelOf(tgt)], date, f.attribution, labelOf, denied),
      ...f.attribution,
      trigger: p.trigger,
      rule: p.rule.id,
    };
    const evidence: DraftEvidence[] = [ev];
    if (f.denier) {
      evidence.push({
        source: source.id,
        paragraph: f.paragraph,
        note: `${denied} denies that ${labelOf(src)} ${spec.label} ${labelOf(tgt)}.`,
        claimedBy: idOf(f.denier),
        trigger: p.trigger,
        rule: "denial",
      });
    }
    let entry = merged.get(key);
    if (!entry) {
      const existing = dataset.relations.find((r) =>
        sameFact({ kind: p.kind, source: src, target: tgt, start }, r),
      );
      const id = existing?.id ?? uniqueId(relationIdBase(p.kind, src, tgt, date), relationIds);
      entry = {
        base: {
          id,
          kind: p.kind,
          source: existing?.source ?? src,
          target: existing?.target ?? tgt,
          start,
          end,
        },
        evidence: [],
        confidence: 0,
        rule: p.rule.id,
        denied: false,
        ...(existing ? { addsTo: existing } : {}),
      };
      merged.set(key, entry);
    }
    for (const e of evidence) {
      const dup = entry.evidence.some(
        (x) => x.paragraph === e.paragraph && x.claimedBy === e.claimedBy && x.reportedBy === e.reportedBy,
      );
      const already = entry.addsTo?.evidence.some(
        (x) => x.source === e.source && x.paragraph === e.paragraph,
      );
      if (!dup && !already) entry.evidence.push(e);
    }
    if (p.confidence > entry.confidence) {
      entry.confidence = p.confidence;
      entry.rule = p.rule.id;
    }
    entry.denied ||= f.denier !== null;
  }
  const relations: DraftRelation[] = [];
  for (const entry of merged.values()) {
    if (entry.evidence.length === 0) continue;
    const claimed = entry.evidence.every((e) => e.claimedBy !== undefined);
    const status: Status = entry.denied ? "disputed" : claimed ? "claimed" : "reported";
    relations.push({
      ...entry.base,
      status,
      claimedBy: [
        ...new Set(entry.evidence.map((e) => e.claimedBy).filter((c): c is string => c !== undefined)),
      ],
      evidence: entry.evidence,
      confidence: entry.confidence,
      rule: entry.rule,
      ...(entry.addsTo ? { addsTo: entry.addsTo.id } : {}),
    });
  }
  const used = new Set(
    relations.flatMap((r) => [
      r.source,
      r.target,
      ...r.claimedBy,
      ...r.evidence.flatMap((e) => (e.reportedBy ? [e.reportedBy] : [])),
    ]),
  );
  const entities = [...proposedByKey.values()].filter((e) => used.has(e.id));
  return {
    format: "faultline-draft/1",
    report: { path: options.reportPath, sha256: options.sha256, paragraphs: report.paragraphs.length },
    source,
    entities,
    relations,
    stats: { sentences: sentenceCount, knownMentions, newNames: newNames.size },
  };
}

/** Whether an entity is known to the graph (for callers that check a draft names anything known). */
export function namesAnythingKnown(draft: Draft, entities: readonly Entity[]): boolean {
  const known = new Set(entities.map((e) => e.id));
  return draft.relations.some((r) => known.has(r.source) || known.has(r.target));
}
