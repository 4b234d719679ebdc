import type { Entity, EntityKind } from "../model/core.js";
import type { EntityResolver } from "../query/entity-resolver.js";
import type { Sentence, Token } from "./annotate.js";
import { ALLY_NOUNS, DEMONYMS, FORCE_NOUNS, LEXICON } from "./lexicon.js";
import { stateOutletAt } from "./state-outlets.js";

/** An entity the report names that the graph does not know yet, as the draft proposes it. */
export interface NewName {
  readonly label: string;
  readonly kind: EntityKind;
  /** For places: what the text calls it ("village of X" → village), when it says. */
  readonly placeKind?: string;
}

/** A stretch of a sentence that names an entity: a known one, or a new name to propose. */
export interface Mention {
  /** First token and one past the last token, in the sentence. */
  readonly from: number;
  readonly to: number;
  /** Character offsets in the paragraph. */
  readonly start: number;
  readonly end: number;
  readonly entity: Entity | null;
  readonly proposed: NewName | null;
  /**
   * The collective the words name ("the rebel groups") when the report's leader rule made the
   * mention its leader (HTS): support for the collective stays the collective's.
   */
  readonly collective?: Entity;
}

const MAX_NAME_TOKENS = 7;
const NAME_CONNECTORS = new Set([
  "al",
  "el",
  "bin",
  "ibn",
  "abu",
  "abd",
  "ad",
  "as",
  "ash",
  "ar",
  "az",
  "of",
]);
const COMPASS = new Set([
  "northern",
  "southern",
  "eastern",
  "western",
  "north",
  "south",
  "east",
  "west",
  "northeastern",
  "northwestern",
  "southeastern",
  "southwestern",
  "rural",
  "central",
]);
const PLACE_WORDS: Readonly<Record<string, string>> = {
  village: "village",
  town: "town",
  city: "city",
  province: "province",
  district: "district",
  neighbourhood: "site",
  neighborhood: "site",
  camp: "site",
};
/** Titles written before a name: not part of the name a new entity is proposed under. */
export const TITLES = new Set([
  "president",
  "king",
  "prime",
  "minister",
  "foreign",
  "defence",
  "defense",
  "colonel",
  "col",
  "general",
  "gen",
  "brig",
  "brigadier",
  "major",
  "captain",
  "commander",
  "sheikh",
  "dr",
  "mr",
  "mrs",
  "ms",
  "envoy",
  "spokesperson",
  "spokesman",
]);
const COMPOUND_HEADS = new Set([
  "held",
  "controlled",
  "backed",
  "led",
  "run",
  "operated",
  "allied",
  "linked",
  "affiliated",
  "supported",
  "sponsored",
]);
const DESCRIPTORS = new Set([
  "group",
  "faction",
  "militia",
  "umbrella",
  "formation",
  "coalition",
  "alliance",
  "movement",
]);
const GROUP_WORDS =
  /\b(brigades?|army|front|division|corps|forces|battalions?|regiment|movement|group|militia|party)$/i;
const ATTACK_NOUN_FIRST_WORDS = new Set(
  LEXICON.filter((r) => r.form === "noun" && r.kind === "attacked")
    .map((r) => r.phrases.map((p) => p.split(" ")[0]!))
    .flat(),
);

function isAcronym(name: string): boolean {
  return /^[A-Z0-9.]{2,}$/.test(name.replace(/\s/g, ""));
}

function capitalized(token: Token): boolean {
  return /^\p{Lu}/u.test(token.text);
}

function isDateWord(token: Token): boolean {
  return token.tags.has("Date") || token.tags.has("Month") || token.tags.has("WeekDay");
}

/**
 * Looks a name up with the resolver and keeps a hit only when it is plausible in running text: an
 * acronym alias ("IS", "US") must be written in capitals, so "is" and "us" never match.
 */
export function lookUp(resolver: EntityResolver, text: string): Entity | null {
  const candidates = resolver.resolve(text).candidates;
  const best = candidates[0];
  // An acronym written with full stops ("U.S", "U.K.") is the same acronym without them ("US").
  if (!best && /^(\p{Lu}\.)+\p{Lu}?\.?$/u.test(text) && text.replace(/\./g, "").length >= 2)
    return lookUp(resolver, text.replace(/\./g, ""));
  if (!best) return null;
  if (isAcronym(best.matchedName) && text.replace(/[.\s]/g, "") !== best.matchedName.replace(/[.\s]/g, ""))
    return null;
  return best.entity;
}

/** The actor a demonym or adjectival prefix names ("Russian" → Russia, "government" → its forces). */
export function lookUpModifier(resolver: EntityResolver, word: string): Entity | null {
  const viaForces = lookUp(resolver, `${word} forces`);
  if (viaForces && viaForces.kind !== "place") return viaForces;
  const direct = lookUp(resolver, word);
  if (direct && direct.kind !== "place") return direct;
  const country = DEMONYMS[word.toLowerCase()];
  return country ? lookUp(resolver, country) : null;
}

function preferProvince(
  resolver: EntityResolver,
  text: string,
  before: Token | undefined,
  listHead: Token | undefined,
): Entity | null {
  const plural = listHead !== undefined && ["provinces", "governorates"].includes(listHead.normal);
  const named = /\b(province|governorate)\b/i.test(text);
  if (!plural && !named && (!before || !COMPASS.has(before.normal))) return null;
  const province = resolver.resolve(text).candidates.find((c) => c.entity.place?.placeKind === "province");
  return province?.entity ?? null;
}

/**
 * A name the text itself calls a city, town or village ("the city of Idlib") is the place of that
 * kind when the name is ambiguous (Idlib the city, Idlib the province).
 */
function preferNamedKind(
  resolver: EntityResolver,
  text: string,
  word: Token | undefined,
  of: Token | undefined,
): Entity | null {
  const inside = /^(?:the\s+)?(city|town|village)\s+of\s+(.+)$/i.exec(text);
  const named = inside
    ? PLACE_WORDS[inside[1]!.toLowerCase()]
    : word && of?.normal === "of"
      ? PLACE_WORDS[word.normal]
      : undefined;
  if (!named || named === "province") return null;
  const name = inside ? inside[2]! : text;
  return resolver.resolve(name).candidates.find((c) => c.entity.place?.placeKind === named)?.entity ?? null;
}

/** Nouns after a name that make it a body that speaks or reports: "the X outlet", "the X agency". */
const ORGANIZATION_HEADS = new Set(["outlet", "agency", "network", "channel", "newspaper", "broadcaster"]);

function newNameKind(
  tokens: readonly Token[],
  before: readonly Token[],
  after?: Token,
): NewName["kind"] | null {
  const last = tokens.at(-1)!;
  const label = tokens.map((t) => t.text).join(" ");
  const prev = before.at(-1)?.normal === "of" ? before.at(-2) : before.at(-1);
  if (prev && PLACE_WORDS[prev.normal]) return "place";
  if (after && ORGANIZATION_HEADS.has(after.normal)) return "organization";
  // "the X movement", "the X militia": the noun after the name says it is a group.
  if (after && DESCRIPTORS.has(after.normal)) return "armed-group";
  if (GROUP_WORDS.test(label)) return "armed-group";
  if (before.slice(-3).some((t) => DESCRIPTORS.has(t.normal))) return "armed-group";
  if (tokens.some((t) => t.tags.has("Person"))) return "person";
  if (tokens.some((t) => t.tags.has("Place"))) return "place";
  if (tokens.some((t) => t.tags.has("Organization"))) return "organization";
  if (last.tags.has("ProperNoun") && tokens.length >= 2) return "person";
  return null;
}

/** Words the tagger sometimes reads as names at the head of a clause ("If Hama falls"). */
const FUNCTION_WORDS = new Set([
  "if",
  "but",
  "and",
  "or",
  "the",
  "when",
  "while",
  "as",
  "after",
  "before",
  "although",
  "though",
  "however",
  "because",
  "since",
  "unless",
  "despite",
]);

/** Parts of speech that never open a name, even written with a capital ("If", "The", "But"). */
const FUNCTION_TAGS = ["Determiner", "Conjunction", "Preposition", "Pronoun", "Adverb", "Verb", "Value"];

/**
 * Whether a capitalised word opens a new name: the tagger read it as a proper noun, a place, a
 * person or an organization, or it is a capitalised noun followed by a proper noun ("Rami
 * Abdurrahman", where the tagger missed the first name).
 */
function opensName(t: Token, next: Token | undefined): boolean {
  if (!capitalized(t) || isDateWord(t) || FUNCTION_TAGS.some((tag) => t.tags.has(tag))) return false;
  if (FUNCTION_WORDS.has(t.normal)) return false;
  if (t.tags.has("ProperNoun") || t.tags.has("Place") || t.tags.has("Person") || t.tags.has("Organization"))
    return true;
  return t.tags.has("Noun") && next !== undefined && capitalized(next) && next.tags.has("ProperNoun");
}

/**
 * Finds every entity a sentence names: longest known names first, then demonyms, then new proper
 * names. `earlier` holds the new people the report named before, by their last name, so that a
 * later "Abdurrahman said" is the "Rami Abdurrahman" proposed before, not nothing.
 */
export function findMentions(
  sentence: Sentence,
  paragraph: string,
  resolver: EntityResolver,
  earlier: ReadonlyMap<string, NewName> = new Map(),
): Mention[] {
  const tokens = sentence.tokens;
  const mentions: Mention[] = [];
  const taken = new Array<boolean>(tokens.length).fill(false);
  const spanText = (from: number, to: number) => paragraph.slice(tokens[from]!.start, tokens[to - 1]!.end);
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i]) continue;
    for (let len = Math.min(MAX_NAME_TOKENS, tokens.length - i); len >= 1; len--) {
      const inner = tokens.slice(i, i + len - 1);
      if (inner.some((t) => /[,;:()“”"]/.test(t.post))) continue;
      const first = tokens[i]!;
      if (len === 1 && !first.tags.has("Noun") && !first.tags.has("Acronym") && !capitalized(first)) continue;
      const text = spanText(i, i + len);
      const headAt = tokens.slice(i + len).findIndex((t) => !capitalized(t) && t.normal !== "and");
      const head = headAt === -1 ? undefined : tokens[i + len + headAt];
      const entity =
        preferNamedKind(resolver, text, tokens[i - 2], tokens[i - 1]) ??
        preferProvince(resolver, text, tokens[i - 1], head) ??
        lookUp(resolver, text) ??
        (first.tags.has("Possessive") || /[’']s$/.test(text)
          ? lookUp(resolver, text.replace(/[’']s$/, ""))
          : null);
      if (!entity) continue;
      mentions.push({
        from: i,
        to: i + len,
        start: first.start,
        end: tokens[i + len - 1]!.end,
        entity,
        proposed: null,
      });
      for (let k = i; k < i + len; k++) taken[k] = true;
      i += len - 1;
      break;
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (taken[i] || !capitalized(t) || !(t.normal in DEMONYMS)) continue;
    const next = tokens[i + 1];
    const afterNext = tokens[i + 2];
    const afterAnd = next?.normal === "and" ? afterNext : undefined;
    const modifies =
      next !== undefined &&
      (FORCE_NOUNS.includes(next.normal) ||
        ALLY_NOUNS.includes(next.normal) ||
        ATTACK_NOUN_FIRST_WORDS.has(next.root) ||
        (afterNext !== undefined && !next.tags.has("Noun") && FORCE_NOUNS.includes(afterNext.normal)) ||
        (afterNext !== undefined &&
          next.normal.startsWith("pro-") &&
          FORCE_NOUNS.includes(afterNext.normal)) ||
        (afterAnd !== undefined && afterAnd.normal in DEMONYMS));
    if (!modifies) continue;
    const entity = lookUpModifier(resolver, t.text);
    if (!entity) continue;
    mentions.push({ from: i, to: i + 1, start: t.start, end: t.end, entity, proposed: null });
    taken[i] = true;
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (taken[i] || !next) continue;
    const prefix = t.post.trim() === "-" && COMPOUND_HEADS.has(next.normal);
    const underControl = tokens[i - 1]?.normal === "under" && next.normal === "control";
    if (!prefix && !underControl) continue;
    const entity = lookUpModifier(resolver, t.text);
    if (!entity) continue;
    mentions.push({ from: i, to: i + 1, start: t.start, end: t.end, entity, proposed: null });
    taken[i] = true;
  }
  mentions.push(...stateOutlets(tokens, taken, paragraph));
  mentions.push(...describedGroups(tokens, taken, paragraph));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const again = capitalized(t) && !capitalized(tokens[i + 1] ?? t) ? earlier.get(t.normal) : undefined;
    const prev = tokens[i - 1];
    const sentenceArticle = i === 1 && prev?.normal === "the"; // "The Media center said…"
    if (!taken[i] && again && !(prev && capitalized(prev) && !sentenceArticle)) {
      mentions.push({ from: i, to: i + 1, start: t.start, end: t.end, entity: null, proposed: again });
      taken[i] = true;
      continue;
    }
    if (taken[i] || t.normal in DEMONYMS || !opensName(t, tokens[i + 1])) continue;
    let j = i + 1;
    while (j < tokens.length && !taken[j] && !/[,;:()“”"]/.test(tokens[j - 1]!.post)) {
      const u = tokens[j]!;
      const connector =
        NAME_CONNECTORS.has(u.normal) && tokens[j + 1] !== undefined && capitalized(tokens[j + 1]!);
      if (!connector && (!capitalized(u) || isDateWord(u))) break;
      // A title inside a run of capitals starts a second name: "the United Arab Emirates Sheikh Mohammed".
      if (TITLES.has(u.normal) && j > i + 1 && !TITLES.has(tokens[j - 1]!.normal)) break;
      j++;
    }
    let k = i;
    while (k < j - 1 && TITLES.has(tokens[k]!.normal)) k++;
    if (k > i) {
      i = k - 1;
      continue;
    }
    const span = tokens.slice(i, j);
    if (i === 0 && span.length === 1) continue;
    const introduced = groupIntroducing(tokens, taken, i);
    const kind = introduced === null ? newNameKind(span, tokens.slice(0, i), tokens[j]) : "armed-group";
    if (!kind) continue;
    const before = tokens[i - 1]?.normal === "of" ? tokens[i - 2] : tokens[i - 1];
    const placeKind = kind === "place" && before ? PLACE_WORDS[before.normal] : undefined;
    const from = introduced ?? i;
    mentions.push({
      from,
      to: j,
      start: tokens[from]!.start,
      end: span.at(-1)!.end,
      entity: null,
      proposed: { label: spanText(i, j).replace(/[’']s$/, ""), kind, ...(placeKind ? { placeKind } : {}) },
    });
    for (let k = from; k < j; k++) taken[k] = true;
    i = j - 1;
  }
  return withoutParentheticalNames(
    mentions.sort((a, b) => a.from - b.from),
    paragraph,
  );
}

/**
 * An outlet the report calls a country's state outlet ("Syria's state news agency SANA", "Syrian
 * state television") when the graph does not know it: its own name when one follows, else the
 * description (from the country's word) as the name of a new organisation.
 */
function stateOutlets(tokens: readonly Token[], taken: boolean[], paragraph: string): Mention[] {
  const out: Mention[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const outlet = stateOutletAt(tokens, i);
    if (!outlet) continue;
    const span = outlet.name ?? { from: i, to: outlet.description.to };
    if (taken.slice(span.from, span.to).some(Boolean)) continue;
    const from = outlet.name ? span.from : outlet.country;
    out.push({
      from: span.from,
      to: span.to,
      start: tokens[span.from]!.start,
      end: tokens[span.to - 1]!.end,
      entity: null,
      proposed: {
        label: paragraph.slice(tokens[from]!.start, tokens[span.to - 1]!.end).replace(/[.,;:]+$/, ""),
        kind: "organization",
      },
    });
    for (let k = span.from; k < span.to; k++) taken[k] = true;
  }
  return out;
}

/** Phrases that name a coalition after its leading member ("and allied factions"). */
const COALITION_NAMES = new Set(LEXICON.find((r) => r.id === "coalition-named-allies")!.phrases);
/** Compound heads that say who stands behind a group ("Turkish-backed fighters", "Kurdish-led forces"). */
const PATRON_HEADS = new Set(["backed", "led", "supported", "sponsored"]);
/** Plural nouns for fighting bodies that a description may name a group by. */
const FIGHTER_NOUNS_LIST = ["fighters", "forces", "militias", "factions", "groups", "rebels", "insurgents"];
const FIGHTER_NOUNS = new Set(FIGHTER_NOUNS_LIST);

/** Nouns for an armed body a description may end in before its name is given ("security forces known as X"). */
const BODY_NOUNS = new Set([...FIGHTER_NOUNS_LIST, "militia", "group", "unit", "units", "force"]);

/**
 * A new name introduced by a description of an armed body ("Kurdish security forces known as X",
 * "a militia called X"): the first token of the description, which the name stands for and whose
 * words its mention covers (so a list or a clash reads the description as the group), or null.
 */
function groupIntroducing(tokens: readonly Token[], taken: readonly boolean[], at: number): number | null {
  const called = tokens[at - 1]?.normal === "called" ? at - 1 : null;
  const knownAs = tokens[at - 1]?.normal === "as" && tokens[at - 2]?.normal === "known" ? at - 2 : null;
  const verb = called ?? knownAs;
  if (verb === null || !BODY_NOUNS.has(tokens[verb - 1]?.normal ?? "") || taken[verb - 1]) return null;
  let from = verb - 1;
  while (
    from > 0 &&
    verb - from < 4 &&
    !taken[from - 1] &&
    !tokens[from - 1]!.post.trim() &&
    (tokens[from - 1]!.tags.has("Adjective") || tokens[from - 1]!.tags.has("Noun")) &&
    !tokens[from - 1]!.tags.has("Determiner")
  )
    from--;
  return from;
}

/**
 * A group the report names only by a description, with who backs or leads it, or whose ally it is
 * ("the U.S.-backed Syrian fighters", "Kurdish-led forces", "the troops and allied militias"),
 * when the graph knows no name in it: proposed as a new armed group under the description itself
 * (patron included), so the backing or alliance the words state has an end a reviewer can merge
 * into a known group. The mention covers the words after the modifier, which stays the patron.
 */
function describedGroups(tokens: readonly Token[], taken: boolean[], paragraph: string): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const head = tokens[i]!;
    const compound = PATRON_HEADS.has(head.normal) && tokens[i - 1]?.post.trim() === "-";
    // "X and allied factions" names a coalition after X (coalition-named-allies), not a group of its own.
    const allied =
      head.normal === "allied" &&
      !head.post.trim() &&
      !COALITION_NAMES.has(`and allied ${tokens[i + 1]?.normal}`);
    if (!compound && !allied) continue;
    let j = i + 1;
    while (
      j < tokens.length &&
      j - i <= 2 &&
      !FIGHTER_NOUNS.has(tokens[j]!.normal) &&
      !tokens[j - 1]!.post.trim()
    )
      j++;
    const noun = tokens[j];
    if (
      !noun ||
      !FIGHTER_NOUNS.has(noun.normal) ||
      tokens.slice(i + 1, j + 1).some((_, k) => taken[i + 1 + k])
    )
      continue;
    if (tokens.slice(i, j).some((t) => t.post.trim() !== "")) continue;
    const from = compound ? i - 1 : i;
    out.push({
      from: i + 1,
      to: j + 1,
      start: tokens[i + 1]!.start,
      end: noun.end,
      entity: null,
      proposed: { label: paragraph.slice(tokens[from]!.start, noun.end), kind: "armed-group" },
    });
    for (let k = i + 1; k <= j; k++) taken[k] = true;
  }
  return out;
}

/**
 * Drops a new name written in parentheses right after a name ("Hayat Tahrir al-Sham (Levant
 * Liberation Organization)", "the National Liberation Front (NLF)"): it is another name of the
 * same actor, not a second one.
 */
function withoutParentheticalNames(mentions: Mention[], paragraph: string): Mention[] {
  return mentions.filter((m, i) => {
    const before = mentions[i - 1];
    if (!m.proposed || !before) return true;
    const between = paragraph.slice(before.end, m.start);
    return !/^\s*(the\s+\w+\s+)?\($/i.test(between) && !/^\s*\w*\s*\($/.test(between);
  });
}
