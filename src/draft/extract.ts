import type { Entity, EntityKind, RelationKind } from "../model/core.js";
import { RELATION_KINDS } from "../model/core.js";
import type { EntityResolver } from "../query/entity-resolver.js";
import type { Sentence, Token } from "./annotate.js";
import type { Attribution } from "./attribution.js";
import type { DateMention } from "./dates.js";
import type { LexiconRule } from "./lexicon.js";
import { ATTRIBUTION, FORCE_NOUNS, LEXICON } from "./lexicon.js";
import type { Mention } from "./mentions.js";
import { lookUpModifier } from "./mentions.js";

/** A relation one trigger of one sentence proposes, before proposals are merged and named. */
export interface RawProposal {
  readonly rule: LexiconRule;
  readonly kind: RelationKind;
  /** Index of the trigger's first token in the sentence. */
  readonly at: number;
  readonly agent: Mention;
  readonly patient: Mention;
  /** Character offsets of the trigger words in the paragraph. */
  readonly trigger: { readonly start: number; readonly end: number };
  /** Event date or state start (EDTF), or null when the sentence gives none. */
  readonly date: string | null;
  readonly since: boolean;
  readonly confidence: number;
  /** The relation is read from a name's own words (the outlet's description), never from a party's statement. */
  readonly outletVoice?: boolean;
}

const PRONOUNS = new Set(["they", "it", "he", "she", "we", "its", "their", "his", "her"]);
const BE = new Set(["is", "was", "were", "are", "been", "being", "be", "had", "has", "have"]);
const LIST_GLUE = new Set(["and", "the", "its", "their", "as", "well", "&", "ally", "allies", "allied"]);
const BLOCKERS = new Set(["not", "never", "n't", "no"]);
const HYPOTHETICAL = new Set(["to", "would", "could", "might", "may", "should", "if"]);
const WINDOW = 14;
const PROMISE_MODALS = new Set(["will", "shall", "would"]);

/** The entity kind a mention stands for (known entity or proposed name). */
export function mentionKind(m: Mention): EntityKind {
  return m.entity?.kind ?? m.proposed!.kind;
}

function mentionKey(m: Mention): string {
  return m.entity?.id ?? `new:${m.proposed!.label.toLowerCase()}`;
}

interface Trigger {
  readonly rule: LexiconRule;
  readonly from: number;
  readonly to: number;
}

function matchPhrase(tokens: readonly Token[], i: number, phrase: string, singular = false): number {
  const words = phrase.split(/[ -]/);
  let k = i;
  for (const w of words) {
    const t = tokens[k];
    if (!t) return -1;
    if (singular && t.tags.has("Plural")) return -1;
    if (t.root !== w && t.normal !== w && t.normal !== `${w}s`) return -1;
    k++;
  }
  return k;
}

/**
 * A present-tense verb the tagger read as a plural noun ("the government controls Hama"): a word
 * ending in -s right after a name and right before a name or a determiner.
 */
function verbTaggedAsNoun(tokens: readonly Token[], i: number, mentions: readonly Mention[]): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  return (
    t.tags.has("Plural") &&
    t.normal.endsWith("s") &&
    mentions.some((m) => m.to === i) &&
    next !== undefined &&
    (mentions.some((m) => m.from === i + 1) || next.tags.has("Determiner"))
  );
}

function fitsForm(
  rule: LexiconRule,
  tokens: readonly Token[],
  i: number,
  mentions: readonly Mention[],
): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  switch (rule.form) {
    case "verb":
      return (
        (t.tags.has("Verb") || verbTaggedAsNoun(tokens, i, mentions)) && !(prev?.post.includes("-") ?? false)
      );
    case "compound":
      return prev !== undefined && prev.post.trim() === "-";
    case "noun":
      // A gerund is a verbal noun: "the shelling of X", "their bombing of X".
      return !t.tags.has("Verb") || t.tags.has("Noun") || t.tags.has("Plural") || t.tags.has("Gerund");
    case "between":
      return !t.tags.has("Verb") || t.tags.has("Noun") || t.tags.has("Plural");
    case "title":
      return true;
    case "descriptor":
      return !t.tags.has("Verb") || t.tags.has("Noun");
    case "adjective": {
      // "X and allied Y" / "X and its allied Y": a name described right after, "and" before
      const before = prev?.normal === "its" || prev?.normal === "their" ? tokens[i - 2] : prev;
      return before?.normal === "and" && mentions.some((m) => m.from === i + 1);
    }
    case "coalition":
      return false; // read from the names by coalition-rules.ts
    case "reference":
      return false; // read from the names and the graph by office-holders.ts
    case "joint":
      return false; // read from the verb's subject list (joint-plans.ts)
    case "derived":
      return false; // read from the sentence's other proposals (campaign-fights.ts)
  }
}

/**
 * The known name a backing compound is the second word of ("Iran-backed militias" as the graph's
 * name of a group): the name's own first word is its backer.
 */
function namedByBacker(
  tokens: readonly Token[],
  i: number,
  mentions: readonly Mention[],
): Mention | undefined {
  const opens = (m: Mention) =>
    tokens.slice(m.from, i - 1).every((t) => t.normal === "the") && tokens[i - 1]!.post.trim() === "-";
  return mentions.find((m) => m.entity !== null && m.from <= i - 1 && m.to > i + 1 && opens(m));
}

function findTriggers(tokens: readonly Token[], mentions: readonly Mention[]): Trigger[] {
  const inMention = (i: number, rule: LexiconRule) =>
    mentions.some((m) => i >= m.from && i < m.to && !(rule.form === "title" && i === m.from)) &&
    !(rule.form === "compound" && rule.kind === "backs" && namedByBacker(tokens, i, mentions));
  const found: Trigger[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const here: Trigger[] = [];
    for (const rule of LEXICON) {
      if (inMention(i, rule) || !fitsForm(rule, tokens, i, mentions)) continue;
      let best = -1;
      for (const phrase of rule.phrases)
        best = Math.max(best, matchPhrase(tokens, i, phrase, rule.singularOnly?.includes(phrase) === true));
      if (best !== -1) here.push({ rule, from: i, to: best });
    }
    const longest = Math.max(...here.map((t) => t.to));
    found.push(...here.filter((t) => t.to === longest));
  }
  return found;
}

/** Whether a mention may stand at an end of a relation whose ends are of `kinds`. */
export function fits(m: Mention, kinds: readonly EntityKind[]): boolean {
  return kinds.includes(mentionKind(m));
}

function onlyGlue(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const word = tokens[k]!.normal;
    if (!LIST_GLUE.has(word) && !(k === from && FORCE_NOUNS.includes(word))) return false;
  }
  return true;
}

/** Words that may stand between the names of an "including" list: glue, and the titles of the names. */
function inIncludedList(t: Token): boolean {
  return LIST_GLUE.has(t.normal) || t.normal === "of" || /^\p{Lu}/u.test(t.text);
}

/**
 * The names of an "including" list that a collective noun opens ("Arab leaders, including King X
 * of Y and President of Z W, expressed…", "several factions, including A, B and C, said…"): the
 * collective is named only through them, so each stands where the collective does. A name
 * followed by another with only capitalised words between ("of the Z W") is the second name's
 * title, not a member. Null when `first` is not in such a list.
 */
function includedList(
  first: Mention,
  mentions: readonly Mention[],
  tokens: readonly Token[],
  kinds: readonly EntityKind[],
): Mention[] | null {
  let k = first.from - 1;
  while (k > 0 && first.from - k <= 20 && tokens[k]!.normal !== "including" && !/[;.]/.test(tokens[k]!.post))
    k--;
  const opener = tokens[k - 1];
  if (tokens[k]?.normal !== "including" || !opener?.post.includes(",")) return null;
  if (!opener.tags.has("Plural") || mentions.some((m) => k - 1 >= m.from && k - 1 < m.to)) return null;
  const chain: Mention[] = [];
  let at = k + 1;
  for (const m of mentions) {
    if (m.from < at) continue;
    if (!tokens.slice(at, m.from).every(inIncludedList)) break;
    chain.push(m);
    at = m.to;
    if (/[;.]/.test(tokens[m.to - 1]!.post)) break;
  }
  if (!chain.includes(first)) return null;
  const titled = (m: Mention, i: number) => {
    const next = chain[i + 1];
    const between = next ? tokens.slice(m.to, next.from) : [];
    return (
      next !== undefined &&
      !tokens[m.to - 1]!.post.includes(",") &&
      between.every((t) => /^\p{Lu}/u.test(t.text) && !t.post.includes(","))
    );
  };
  const members = chain.filter((m, i) => !titled(m, i) && fits(m, kinds));
  return members.length > 1 ? members : null;
}

/** Extends a mention into the list it belongs to ("Russia and Iran", "Atareb, Darat Izza and Hass"). */
function listAround(
  first: Mention,
  mentions: readonly Mention[],
  tokens: readonly Token[],
  kinds: readonly EntityKind[],
) {
  const included = includedList(first, mentions, tokens, kinds);
  if (included) return included;
  const group = [first];
  let left = first;
  for (const m of [...mentions].reverse()) {
    if (m.to > left.from) continue;
    const gapOk =
      onlyGlue(tokens, m.to, left.from) &&
      left.from - m.to <= 4 &&
      (left.from > m.to || tokens[m.to - 1]!.post.includes(","));
    const commaJoined = m.to === left.from && tokens[m.to - 1]!.post.includes(",");
    if (!(gapOk || commaJoined) || !fits(m, kinds)) break;
    if (!tokens.slice(m.to - 1, left.from).some((t) => t.normal === "and" || t.post.includes(","))) break;
    const commaAnd = tokens[m.to - 1]!.post.includes(",") && tokens[m.to]?.normal === "and";
    if (commaAnd && group.length < 2) break;
    group.unshift(m);
    left = m;
  }
  let right = first;
  for (const m of mentions) {
    if (m.from < right.to) continue;
    const between = tokens.slice(right.to - 1, m.from);
    const joined =
      onlyGlue(tokens, right.to, m.from) &&
      m.from - right.to <= 3 &&
      between.some((t, k) => (k > 0 && t.normal === "and") || t.post.includes(","));
    if (!joined || !fits(m, kinds)) break;
    const commaAnd = tokens[right.to - 1]!.post.includes(",") && tokens[right.to]?.normal === "and";
    if (commaAnd && group.length < 2) break;
    group.push(m);
    right = m;
  }
  return group;
}

interface Context {
  readonly tokens: readonly Token[];
  readonly mentions: readonly Mention[];
  readonly attribution: Attribution;
  readonly excluded: ReadonlySet<Mention>;
  /** The party a known person leads, keyed by the person's id (metonymy: "allies of Assad"). */
  readonly leaders: ReadonlyMap<string, Entity>;
  /** First halves of hyphenated modifiers ("rebel-held"): ends only of their own compound, or attacked as a target. */
  readonly prefixes: ReadonlySet<Mention>;
  /** Whether prefixes may be patients (attacks on "rebel-held areas" are attacks on the rebels). */
  readonly prefixPatients: boolean;
  /** Actors a mention's words also name through the graph's shared names: "Damascus" for the government. */
  readonly standsFor: ReadonlyMap<Mention, readonly Entity[]>;
  /** The paragraph the sentence is in (mentions hold offsets into it). */
  readonly paragraph: string;
}

/** Words before a place that make it a place in the sentence ("in Syria"), never its government. */
const PLACE_GUARDS = new Set([
  "in",
  "into",
  "inside",
  "near",
  "around",
  "across",
  "at",
  "to",
  "from",
  "outside",
  "on",
  "towards",
  "toward",
  // before an event noun the place names where it happened: "after Tehran talks"
  "after",
  "before",
  "during",
]);

/**
 * The actors each mention's words may stand for through a shared name the graph records (a
 * capital or a country for its government: "solidarity with Damascus", "Syria's president"),
 * unless a preposition makes it a place ("in Damascus").
 */
function sharedNameActors(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  paragraph: string,
  resolver: EntityResolver,
): Map<Mention, Entity[]> {
  const out = new Map<Mention, Entity[]>();
  for (const m of mentions) {
    if (!m.entity || m.entity.kind !== "place" || PLACE_GUARDS.has(tokens[m.from - 1]?.normal ?? ""))
      continue;
    const text = paragraph.slice(m.start, m.end).replace(/[’']s$/, "");
    const actors = resolver
      .resolve(text)
      .candidates.filter((c) => c.match === "shared" && c.entity.kind !== "place")
      .map((c) => c.entity);
    if (actors.length > 0) out.set(m, actors);
  }
  return out;
}

const DASHES = /[–—]/;

/** A mention as the role needs it: itself when its kind fits, else the party a person it names leads. */
function stand(ctx: Context, m: Mention, kinds: readonly EntityKind[], patient = false): Mention | null {
  if (ctx.excluded.has(m)) return null;
  if (ctx.prefixes.has(m) && !(patient && ctx.prefixPatients)) return null;
  if (fits(m, kinds)) return m;
  const actor = ctx.standsFor.get(m)?.find((e) => kinds.includes(e.kind));
  if (actor) return { ...m, entity: actor, proposed: null };
  const led = m.entity ? ctx.leaders.get(m.entity.id) : undefined;
  return led && kinds.includes(led.kind) ? { ...m, entity: led, proposed: null } : null;
}

function leftGroup(
  ctx: Context,
  at: number,
  kinds: readonly EntityKind[],
  single = false,
): { group: Mention[]; viaPronoun: boolean } {
  const { tokens, mentions, attribution } = ctx;
  for (let i = at - 1; i >= 0 && at - i <= WINDOW; i--) {
    const t = tokens[i]!;
    if (t.post.includes(";")) break;
    if (i === at - 1 && DASHES.test(t.post)) {
      let k = i - 1;
      while (k >= 0 && !DASHES.test(tokens[k]!.post)) k--;
      if (k >= 0) {
        i = k + 1;
        continue;
      }
    }
    const m = mentions.find((x) => x.to - 1 === i);
    const fit = m ? stand(ctx, m, kinds) : null;
    if (fit) return { group: single ? [fit] : listAround(fit, mentions, tokens, kinds), viaPronoun: false };
    if (PRONOUNS.has(t.normal) && !mentions.some((x) => i >= x.from && i < x.to)) {
      const speaker = attribution.speaker;
      if (speaker && speaker.to <= i && fits(speaker, kinds)) return { group: [speaker], viaPronoun: true };
      if (t.normal !== "its" && t.normal !== "their" && t.normal !== "his")
        return { group: [], viaPronoun: false };
    }
    if (attribution.verbAt === i) {
      // "X claimed to have entered…": the verb's infinitive shares its subject, the speaker.
      const speaker = attribution.speaker;
      if (tokens[i + 1]?.normal === "to" && speaker && speaker.to <= i && fits(speaker, kinds))
        return { group: [speaker], viaPronoun: true };
      break;
    }
  }
  return { group: [], viaPronoun: false };
}

const GAP_WORDS = new Set([
  "the",
  "town",
  "village",
  "city",
  "of",
  "province",
  "district",
  "rebel",
  "strategic",
  "key",
  "border",
  "northern",
  "southern",
  "eastern",
  "western",
]);
const DESCRIPTOR_NOUNS = new Set([
  "group",
  "formation",
  "umbrella",
  "coalition",
  "alliance",
  "faction",
  "movement",
  "militia",
  "organization",
  "outlet",
  "agency",
  "moderate",
]);
const LOCATIVE = new Set(["in", "near", "around", "outside", "across", "inside", "at"]);

/**
 * A ceasefire covers an area: a name that is both a city and the province around it ("a ceasefire
 * in Idlib") is read as the province.
 */
function asArea(m: Mention, paragraph: string, resolver: EntityResolver): Mention {
  if (m.entity?.place?.placeKind !== "city") return m;
  const province = resolver
    .resolve(paragraph.slice(m.start, m.end))
    .candidates.find((c) => c.entity.place?.placeKind === "province");
  return province ? { ...m, entity: province.entity } : m;
}

const POSSESSIVE_PRONOUNS = new Set(["their", "its", "his", "her"]);

/**
 * The subject of the clause a trigger is in: its first name fitting the role, counted from the
 * clause's start (the sentence start, or a dash, colon or semicolon). "X, backed by Y, stepped up
 * their bombardment": "their" is X's.
 */
function clauseSubject(ctx: Context, at: number, kinds: readonly EntityKind[]): Mention[] {
  let start = 0;
  for (let i = 0; i < at; i++) if (/[;:–—]/.test(ctx.tokens[i]!.post)) start = i + 1;
  const first = ctx.mentions.find((m) => m.from >= start && m.to <= at && stand(ctx, m, kinds) !== null);
  return first ? listAround(stand(ctx, first, kinds)!, ctx.mentions, ctx.tokens, kinds) : [];
}

function isFiniteVerb(t: Token): boolean {
  return (
    t.tags.has("Verb") &&
    (t.tags.has("PastTense") || t.tags.has("PresentTense")) &&
    !t.tags.has("Gerund") &&
    !t.tags.has("Participle") &&
    !t.tags.has("Infinitive")
  );
}

function rightGroup(
  ctx: Context,
  at: number,
  kinds: readonly EntityKind[],
  after?: readonly string[],
  directObject = false,
  clauseBound = false,
): Mention[] {
  const { tokens, mentions } = ctx;
  let open = after === undefined;
  let passedNoun = false;
  if (tokens[at] && ["them", "it", "him", "her", "us"].includes(tokens[at]!.normal)) return [];
  for (let i = at; i < tokens.length && i - at <= WINDOW; i++) {
    const t = tokens[i]!;
    if (!open && after!.includes(t.normal)) {
      open = true;
      continue;
    }
    const m = mentions.find((x) => x.from === i);
    let fit = open && m ? stand(ctx, m, kinds, true) : null;
    if (fit && m) {
      let k = m.to;
      while (k < tokens.length && k - m.to < 3 && DESCRIPTOR_NOUNS.has(tokens[k]!.normal)) k++;
      // "the opposition formation Jaysh al-Shamal (JS)": the name after the
      // descriptor, or the known name in parentheses after a name the graph does not know.
      const atK = k > m.to ? mentions.find((x) => x.from === k) : undefined;
      const inParentheses =
        k > m.to
          ? mentions.find(
              (x) =>
                x.entity && x.from > k && x.from - k <= 6 && /\(\s*$/.test(ctx.paragraph.slice(0, x.start)),
            )
          : undefined;
      const named = atK?.entity ? atK : (inParentheses ?? atK);
      if (named) fit = stand(ctx, named, kinds, true) ?? fit;
    }
    if (fit && m && ctx.prefixes.has(m) && kinds.includes("place")) {
      // "the opposition-controlled town of Atareb": the place the modifier describes is the target.
      let k = m.to + 1;
      while (
        k < tokens.length &&
        k - m.to < 5 &&
        !mentions.some((x) => x.from === k) &&
        GAP_WORDS.has(tokens[k]!.normal)
      )
        k++;
      let place = mentions.find((x) => x.from === k && mentionKind(x) === "place");
      if (!place && LOCATIVE.has(tokens[m.to + 2]?.normal ?? "")) {
        // "rebel-held territories in northwest Syria": the area the modifier describes is named after it.
        const at = tokens[m.to + 3]?.normal === "the" ? m.to + 4 : m.to + 3;
        place = mentions.find((x) => x.from === at && mentionKind(x) === "place");
      }
      if (place) fit = stand(ctx, place, kinds, true) ?? fit;
    }
    if (fit) {
      const group = listAround(fit, mentions, tokens, kinds);
      const last = group.at(-1)!;
      if (
        ctx.prefixPatients &&
        mentionKind(last) !== "place" &&
        LOCATIVE.has(tokens[last.to]?.normal ?? "")
      ) {
        // "targeted the insurgents in A, B and C": the places of the attack are targets too.
        const place = mentions.find((x) => x.from === last.to + 1 && mentionKind(x) === "place");
        if (place) group.push(...listAround(place, mentions, tokens, ["place"]));
      }
      return group;
    }
    if (directObject && passedNoun && LOCATIVE.has(t.normal)) break;
    if (!m && t.tags.has("Noun") && !t.tags.has("Pronoun") && !mentions.some((x) => i >= x.from && i < x.to))
      passedNoun = true;
    if (ctx.attribution.verbAt === i && i > at) break;
    // A noun's patient sits in its own phrase: a finite verb starts the next clause
    // ("the shelling on Monday followed a day after Iran refused…").
    if (clauseBound && i > at && !m && isFiniteVerb(t)) break;
    if (t.post.includes(";") || t.post.includes(",") || (i > at && DASHES.test(t.post))) break;
  }
  return [];
}

function byAgent(ctx: Context, at: number, kinds: readonly EntityKind[]): Mention[] {
  const { tokens } = ctx;
  for (let i = at; i < Math.min(tokens.length, at + 3); i++) {
    if (tokens[i]!.normal !== "by") continue;
    // The agent is the noun phrase right after "by" ("by the regime", "by Russian forces").
    const first = ctx.mentions.find((m) => m.from > i && m.from <= i + 3);
    if (!first || ctx.prefixes.has(first)) return [];
    return rightGroup(ctx, i + 1, kinds).filter((m) => m.from <= i + 3 || m !== first);
  }
  return [];
}

function isPassive(tokens: readonly Token[], from: number, to: number): boolean {
  if (tokens[from]!.tags.has("Passive")) return true;
  const before = tokens[from - 1] ?? tokens[from - 2];
  const by = tokens.slice(to, to + 2).some((t) => t.normal === "by");
  return by && before !== undefined && (BE.has(before.normal) || tokens[from]!.tags.has("PastTense"));
}

function blocked(tokens: readonly Token[], from: number): boolean {
  const prev = tokens[from - 1];
  const prev2 = tokens[from - 2];
  if (prev && (BLOCKERS.has(prev.normal) || HYPOTHETICAL.has(prev.normal))) return true;
  return prev2 !== undefined && BLOCKERS.has(prev2.normal) && prev !== undefined && BE.has(prev.normal);
}

function nearestDate(dates: readonly DateMention[], at: number, since: boolean): DateMention | null {
  let best: DateMention | null = null;
  for (const d of dates) {
    if (d.since !== since) continue;
    if (best === null || Math.abs(d.from - at) < Math.abs(best.from - at)) best = d;
  }
  return best;
}

/**
 * Whether a name only modifies the noun after it ("Assad allies", "Assad's allies"): it then
 * describes another party rather than being one of a meeting's parties.
 */
function modifiesNoun(tokens: readonly Token[], m: Mention, mentions: readonly Mention[]): boolean {
  const next = tokens[m.to];
  const last = tokens[m.to - 1]!;
  if (!next || last.post.trim() !== "" || mentions.some((x) => x.from === m.to)) return false;
  return next.tags.has("Noun") && !next.tags.has("Pronoun") && !/^\p{Lu}/u.test(next.text);
}

function pairs(
  rule: LexiconRule,
  agents: readonly Mention[],
  patients: readonly Mention[],
): [Mention, Mention][] {
  const out: [Mention, Mention][] = [];
  for (const a of agents) for (const p of patients) if (mentionKey(a) !== mentionKey(p)) out.push([a, p]);
  return rule.form === "between" ? out.filter(([a, p]) => mentionKey(a) < mentionKey(p)) : out;
}

const ARTICLES = new Set(["a", "an", "the", "one"]);
const GROUP_KINDS: readonly EntityKind[] = ["armed-group", "coalition"];

/**
 * A group described as one of a collective ("One rebel group, X", "X, a rebel umbrella group",
 * "the moderate opposition formation X"): the collective is named by a word before the
 * descriptor noun, after an article or at the sentence start; the member is the name right after
 * the descriptor (the known name in parentheses after a name the graph does not know), or the
 * name before ", a …".
 */
function describedMember(
  ctx: Context,
  from: number,
  to: number,
  resolver: EntityResolver,
  collectiveKinds: readonly EntityKind[],
): { member: Mention; collective: Mention } | null {
  const { tokens, mentions } = ctx;
  let collective: Mention | null = null;
  let article = -1;
  for (let k = from - 1; k >= 0 && from - k <= 3; k--) {
    const t = tokens[k]!;
    if (t.post.trim() !== "") break;
    if (ARTICLES.has(t.normal)) {
      article = k;
      break;
    }
    const m = mentions.find((x) => k >= x.from && k < x.to);
    const entity = m?.entity ?? lookUpModifier(resolver, t.text);
    if (entity?.kind === "coalition" && collectiveKinds.includes(entity.kind) && !collective)
      collective = { from: k, to: k + 1, start: t.start, end: t.end, entity, proposed: null };
  }
  if (!collective || (article === -1 && collective.from !== 0)) return null;
  if (article === -1) article = collective.from;
  const isOther = (m: Mention) =>
    fits(m, GROUP_KINDS) && m.entity?.id !== collective.entity!.id && !ctx.excluded.has(m);
  // "…group, X" or "…formation X": the name within two tokens after the descriptor.
  let member = mentions.find((m) => m.from >= to && m.from - to <= 2 && isOther(m));
  if (member && member.entity === null) {
    const known = mentions.find(
      (x) =>
        x.entity &&
        x.from >= member!.to &&
        x.from - member!.to <= 2 &&
        /\(\s*$/.test(ctx.paragraph.slice(0, x.start)),
    );
    if (known && isOther(known)) member = known;
  }
  if (!member && article > 0 && tokens[article - 1]!.post.includes(",")) {
    // "X, a rebel umbrella group": the name right before the comma.
    member = mentions.find((m) => m.to === article && isOther(m));
  }
  return member ? { member, collective } : null;
}

const DESCRIPTION_ARTICLES = new Set(["a", "an", "the"]);

/**
 * The description set beside a speaker ("X, a spokesman for Y," / "X, the head of Y"): the tokens
 * from the article after the comma to the next comma or the sentence's end, or null.
 */
function speakerDescription(
  tokens: readonly Token[],
  attribution: Attribution,
): { from: number; to: number } | null {
  const speaker = attribution.speaker;
  if (!speaker || !tokens[speaker.to - 1]!.post.includes(",")) return null;
  if (!DESCRIPTION_ARTICLES.has(tokens[speaker.to]?.normal ?? "")) return null;
  let to = speaker.to;
  while (to < tokens.length && !/[,;:]/.test(tokens[to]!.post)) to++;
  // Closed by a comma, or by the sentence's end when the speaker comes after the verb ("…, said
  // X, the head of Y."); a finite verb inside makes it a clause, what the speaker says.
  const closed = to < tokens.length - 1 && tokens[to]!.post.includes(",");
  const last = attribution.verbAt !== null && attribution.verbAt < speaker.from && to >= tokens.length - 1;
  const span = { from: speaker.to, to: Math.min(to + 1, tokens.length) };
  if (!(closed || last) || tokens.slice(span.from, span.to).some(isFiniteVerb)) return null;
  return span;
}

/**
 * Applies the lexicon to one sentence: finds trigger words, gives each its agent and patient
 * from the syntax (voice, "by", lists, apposition, hyphenated modifiers) and dates it.
 */
export function extractFromSentence(
  sentence: Sentence,
  paragraph: string,
  mentions: readonly Mention[],
  dates: readonly DateMention[],
  attribution: Attribution,
  resolver: EntityResolver,
  leaders: ReadonlyMap<string, Entity> = new Map(),
  fallbackAttackers: readonly Mention[] = [],
): RawProposal[] {
  const tokens = sentence.tokens;
  const lower = paragraph.slice(sentence.start, sentence.end).toLowerCase();
  const excluded = new Set<Mention>(attribution.addressees);
  const prefixes = new Set<Mention>(
    mentions.filter((m) => tokens[m.to - 1]!.post.trim() === "-" || tokens[m.to]?.normal === "control"),
  );
  if (attribution.speaker && attribution.verbAt !== null && attribution.speaker.from > attribution.verbAt)
    excluded.add(attribution.speaker);
  // "according to X, a spokesman for Y, …" / "…, said X, the head of Y": who the speaker is, in
  // the outlet's words. Relations inside the description join the speaker to Y; outside it, Y is
  // no party to what the speaker says.
  const described = speakerDescription(tokens, attribution);
  const inDescription = mentions.filter((m) => described && m.from >= described.from && m.to <= described.to);
  const excludedOutside = new Set([...excluded, ...inDescription]);
  const excludedInside = new Set(attribution.addressees);
  const standsFor = sharedNameActors(tokens, mentions, paragraph, resolver);
  const base: Context = {
    tokens,
    mentions,
    attribution,
    excluded,
    leaders,
    prefixes,
    prefixPatients: false,
    standsFor,
    paragraph,
  };
  const out: RawProposal[] = [];
  const fired = new Set<number>();
  for (const trigger of findTriggers(tokens, mentions)) {
    const { rule, from, to } = trigger;
    if (fired.has(from)) continue;
    if (rule.requires && !rule.requires.some((w) => lower.includes(w))) continue;
    if (rule.form === "verb" && blocked(tokens, from)) continue;
    if (rule.form === "verb" && (ATTRIBUTION.speechVerbs as readonly string[]).includes(tokens[from]!.root))
      continue;
    const describing = described !== null && from >= described.from && from < described.to;
    const ctx: Context = {
      ...base,
      excluded: describing ? excludedInside : excludedOutside,
      prefixPatients: rule.kind === "attacked",
    };
    const spec: {
      sourceKinds: readonly EntityKind[];
      targetKinds: readonly EntityKind[];
      temporality: string;
    } = RELATION_KINDS[rule.kind];
    let agents: Mention[] = [];
    let patients: Mention[] = [];
    let confidence = rule.confidence;
    let kind: RelationKind = rule.kind;
    let outletVoice = describing;
    switch (rule.form) {
      case "verb": {
        if (isPassive(tokens, from, to)) {
          agents = byAgent(ctx, to, spec.sourceKinds);
          patients = leftGroup(ctx, from, spec.targetKinds).group;
        } else {
          // "their shelling of X": a possessive before a gerund is the clause subject's.
          const possessive = POSSESSIVE_PRONOUNS.has(tokens[from - 1]?.normal ?? "");
          const left = possessive
            ? { group: clauseSubject(ctx, from, spec.sourceKinds), viaPronoun: false }
            : leftGroup(ctx, from, spec.sourceKinds);
          agents = left.group;
          if (left.viaPronoun) confidence *= 0.9;
          const expel = rule.id === "expel-verb" ? ["from"] : undefined;
          const placeFirst =
            rule.kind === "brokered-ceasefire"
              ? rightGroup(ctx, to, ["place"]).map((m) => asArea(m, paragraph, resolver))
              : [];
          patients =
            placeFirst.length > 0
              ? placeFirst
              : rightGroup(
                  ctx,
                  to,
                  spec.targetKinds,
                  expel,
                  (rule.kind === "captured" || rule.kind === "controls") && !expel,
                );
        }
        if (kind === "backs" && attribution.speaker && agents.some((a) => a === attribution.speaker))
          kind = "expressed-support";
        // Backing promised for later ("X will support Y") is a declared support, not yet backing.
        if (kind === "backs" && PROMISE_MODALS.has(tokens[from - 1]?.normal ?? ""))
          kind = "expressed-support";
        break;
      }
      case "noun": {
        const next = mentions.find(
          (m) => m.from === to || (m.from === to + 1 && tokens[to]!.normal === "the"),
        );
        const symmetricOrRelational = ["allied-with", "backs"].includes(rule.kind);
        if (symmetricOrRelational && next && fits(next, spec.sourceKinds) && !excluded.has(next)) {
          agents = listAround(next, mentions, tokens, spec.sourceKinds);
          patients = leftGroup(ctx, from, spec.targetKinds, true).group;
          break;
        }
        const modifier = [...mentions].reverse().find((m) => m.to <= from && from - m.to <= 1);
        if (rule.id === "control-noun") {
          const holder = mentions.find((m) => m.to === from && fits(m, spec.sourceKinds));
          const held = [...mentions]
            .reverse()
            .find((m) => m.to <= from - 1 && from - m.to <= 5 && fits(m, spec.targetKinds));
          if (!holder || !held || tokens[holder.from - 1]?.normal !== "under") continue;
          agents = [holder];
          patients = [held];
          break;
        }
        if (rule.kind === "attacked" && modifier && fits(modifier, spec.sourceKinds))
          agents = listAround(modifier, mentions, tokens, spec.sourceKinds);
        const prev = tokens[from - 1];
        if (
          rule.kind === "attacked" &&
          agents.length === 0 &&
          prev &&
          !modifier &&
          prev.tags.has("Adjective") === false
        ) {
          const entity = lookUpModifier(resolver, prev.text);
          if (entity && spec.sourceKinds.includes(entity.kind))
            agents = [{ from: from - 1, to: from, start: prev.start, end: prev.end, entity, proposed: null }];
        }
        // "X … in separate calls to Y": whoever makes a call is the clause's subject, not the name
        // before it; the party called follows the noun at once ("a call for a truce with Y" is no call to Y).
        if (rule.kind === "negotiated-with") {
          if (!rule.patientAfter?.includes(tokens[to]?.normal ?? "")) continue;
          agents = clauseSubject(ctx, from, spec.sourceKinds);
        }
        if (agents.length === 0) agents = byAgent(ctx, to, spec.sourceKinds);
        if (agents.length === 0 && POSSESSIVE_PRONOUNS.has(tokens[from - 1]?.normal ?? ""))
          agents = clauseSubject(ctx, from, spec.sourceKinds);
        const singular = !tokens[to - 1]!.tags.has("Plural") && rule.kind !== "attacked";
        if (agents.length === 0) agents = leftGroup(ctx, from, spec.sourceKinds, singular).group;
        patients = rightGroup(ctx, to, spec.targetKinds, rule.patientAfter, false, true);
        break;
      }
      case "compound": {
        const prefix = tokens[from - 1]!;
        // A known name that says who backs it ("the Iran-backed militias" as the name of a group).
        const named = rule.kind === "backs" ? namedByBacker(tokens, from, mentions) : undefined;
        if (named) {
          const backer = lookUpModifier(resolver, prefix.text);
          const client = stand(ctx, named, spec.targetKinds, true);
          if (!backer || !spec.sourceKinds.includes(backer.kind) || !client) continue;
          agents = [
            {
              from: from - 1,
              to: from,
              start: prefix.start,
              end: prefix.end,
              entity: backer,
              proposed: null,
            },
          ];
          patients = [client];
          outletVoice = true;
          break;
        }
        const mention = mentions.find((m) => m.to === from);
        const entity = mention?.entity ?? lookUpModifier(resolver, prefix.text);
        // "the government-affiliated X": the modifier names the party X belongs to.
        const belongs = rule.kind === "member-of";
        const [modifierKinds, headKinds] = belongs
          ? [spec.targetKinds, spec.sourceKinds]
          : [spec.sourceKinds, spec.targetKinds];
        if (!entity || !modifierKinds.includes(entity.kind)) continue;
        agents = [
          mention ?? {
            from: from - 1,
            to: from,
            start: prefix.start,
            end: prefix.end,
            entity,
            proposed: null,
          },
        ];
        let k = to;
        while (
          k < tokens.length &&
          k - to < 3 &&
          !mentions.some((m) => m.from === k) &&
          GAP_WORDS.has(tokens[k]!.normal)
        )
          k++;
        const head = mentions.find((m) => m.from === k);
        const fit = head ? stand(ctx, head, headKinds, true) : null;
        patients = fit ? [fit] : [];
        if (belongs) [agents, patients] = [patients, agents];
        break;
      }
      case "between": {
        const betweenAt = tokens.findIndex((t, k) => k >= to && k <= to + 3 && t.normal === "between");
        const parties =
          betweenAt >= 0
            ? rightGroup(ctx, betweenAt + 1, spec.sourceKinds)
            : mentions.filter(
                (m) =>
                  !excluded.has(m) &&
                  !modifiesNoun(tokens, m, mentions) &&
                  fits(m, spec.sourceKinds) &&
                  (mentionKind(m) === "state" || mentionKind(m) === "person"),
              );
        // Only a meeting's parties may be read from the whole sentence; fighting needs "between".
        if (betweenAt < 0 && rule.kind !== "negotiated-with") continue;
        agents = parties;
        patients = parties;
        break;
      }
      case "adjective": {
        const described = mentions.find((m) => m.from === to);
        const and = tokens[from - 1]?.normal === "and" ? from - 1 : from - 2;
        const party = described ? stand(ctx, described, spec.sourceKinds) : null;
        if (!party) continue;
        agents = [party];
        patients = leftGroup(ctx, and, spec.targetKinds, true).group;
        break;
      }
      case "descriptor": {
        const described = describedMember(ctx, from, to, resolver, spec.targetKinds);
        if (!described) continue;
        agents = [described.member];
        patients = [described.collective];
        break;
      }
      case "title": {
        // The person follows the title, perhaps after a first name the graph does not know ("Bashar").
        const capitalsUntil = (k: number) =>
          tokens.slice(to, k).every((t) => /^\p{Lu}/u.test(t.text) && !t.post.trim());
        const person = mentions.find(
          (m) =>
            ((m.from >= to && m.from - to <= 2 && capitalsUntil(m.from)) || (m.from === from && m.to > to)) &&
            mentionKind(m) === "person",
        );
        const before = mentions.find((m) => m.to === from);
        const actor = before ? stand(ctx, before, spec.targetKinds) : null;
        const prefix = tokens[from - 1];
        const entity = actor?.entity ?? (prefix ? lookUpModifier(resolver, prefix.text) : null);
        // A head titled with no actor named ("President X"): the party the graph knows X leads.
        const known =
          rule.kind === "leads" && !entity && person?.entity ? ctx.leaders.get(person.entity.id) : undefined;
        if (person && known && spec.targetKinds.includes(known.kind)) {
          agents = [person];
          patients = [{ ...person, entity: known, proposed: null }];
          confidence *= 0.85;
          break;
        }
        if (!person || !entity || !spec.targetKinds.includes(entity.kind)) continue;
        agents = [person];
        patients = [
          actor ?? {
            from: from - 1,
            to: from,
            start: prefix!.start,
            end: prefix!.end,
            entity,
            proposed: null,
          },
        ];
        // "Rebel commander X": a collective has many commanders; X is one of its members, not its head.
        if (rule.kind === "leads" && tokens[from]!.normal === "commander" && entity.kind === "coalition")
          kind = "member-of";
        break;
      }
    }
    if (
      rule.kind === "attacked" &&
      agents.length === 0 &&
      patients.length > 0 &&
      fallbackAttackers.length > 0
    ) {
      agents = fallbackAttackers.filter((a) => fits(a, spec.sourceKinds));
      confidence *= 0.8;
    }
    const since = spec.temporality === "state";
    // "…on Sunday, after seizing X": an event told as what came before or after the main clause
    // does not take the main clause's date; only a date phrase after it is its own.
    const subordinate = ["after", "before"].includes(tokens[from - 1]?.normal ?? "");
    const ownDates = subordinate ? dates.filter((d) => d.from >= to) : dates;
    const date = spec.temporality === "static" ? null : nearestDate(ownDates, from, since);
    // A list read around an end stops at the speaker's description: no end from outside it.
    const fitsScope = (m: Mention) =>
      !ctx.excluded.has(m) &&
      (!describing || (m.from >= described!.from && m.to <= described!.to) || m === attribution.speaker);
    const found = pairs(rule, agents.filter(fitsScope), patients.filter(fitsScope));
    if (found.length > 0) fired.add(from);
    for (const [agent, patient] of found) {
      const unknownEnds = [agent, patient].filter((m) => m.entity === null).length;
      out.push({
        rule,
        kind,
        at: from,
        agent,
        patient,
        trigger: { start: tokens[from]!.start, end: tokens[to - 1]!.end },
        date: date?.date ?? null,
        since,
        confidence: Math.round(confidence * 0.85 ** unknownEnds * 100) / 100,
        ...(outletVoice ? { outletVoice } : {}),
      });
    }
  }
  return out;
}
