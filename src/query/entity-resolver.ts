import { distance } from "fastest-levenshtein";
import type { Entity } from "../model/core.js";
import { normalizeName } from "../model/core.js";

/**
 * How a name met an entity: its id, its label, one of its aliases, one of its shared names (a
 * capital for its government, a phrase several actors answer to), or a name stripped of a generic word.
 */
export type MatchKind = "id" | "label" | "alias" | "shared" | "partial";

/** One entity a name may denote, and which of its names matched. */
export interface Candidate {
  readonly entity: Entity;
  readonly matchedName: string;
  readonly match: MatchKind;
}

/** What a name resolves to: candidates best first (several when ambiguous), or suggestions on a miss. */
export interface Resolution {
  readonly query: string;
  readonly candidates: readonly Candidate[];
  /** Near misses ("did you mean"), best first; empty when there are candidates. */
  readonly suggestions: readonly Candidate[];
}

/** What a name resolves to in a question about actors: places it also names are set aside. */
export interface ActorResolution extends Resolution {
  /** Places the name also denotes, left out because the question asks about actors. */
  readonly setAside: readonly Candidate[];
}

const MATCH_RANK: Record<MatchKind, number> = { id: 0, label: 1, alias: 2, shared: 3, partial: 4 };

/** Words that name what kind of place something is, not which: "Idlib province" also answers to "Idlib". */
const GENERIC_WORDS = new Set(["province", "governorate", "city", "countryside", "the"]);

/**
 * Words the press adds to an actor's name: "the Hayat Tahrir al-Sham group" is Hayat Tahrir
 * al-Sham, "IS militants" are IS, "the Hezbollah movement" is Hezbollah.
 */
const ACTOR_WORDS = new Set(["group", "movement", "militants"]);

/** A pattern finding any of a set of words in a normalized key, made once per set. */
const WORD_PATTERNS = new WeakMap<ReadonlySet<string>, RegExp>();

function wordPattern(words: ReadonlySet<string>): RegExp {
  let pattern = WORD_PATTERNS.get(words);
  if (!pattern) {
    const alternatives = [...words].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
    pattern = new RegExp(`(?:^| )(?:${alternatives})(?= |$)`);
    WORD_PATTERNS.set(words, pattern);
  }
  return pattern;
}

function withoutWords(key: string, words: ReadonlySet<string>): string {
  // Most keys hold none of the words: one regex test instead of a split, filter and join.
  if (!wordPattern(words).test(key)) return key;
  return key
    .split(" ")
    .filter((w) => !words.has(w))
    .join(" ");
}

function withoutGenericWords(key: string): string {
  return withoutWords(key, GENERIC_WORDS);
}

/**
 * Resolves names to entities: alias-aware, case-, diacritic- and punctuation-insensitive, with all
 * candidates when a name is ambiguous (Idlib the city, Idlib the province) and suggestions on a miss.
 */
export class EntityResolver {
  private readonly exact = new Map<string, Candidate[]>();
  private readonly partial = new Map<string, Candidate[]>();

  /**
   * Indexes every name of every entity once: linear in the names, one normalization each, no
   * temporary arrays. `keyOf` gives a name's normalized form (normalizeName, or the forms a store
   * worked out when it was written, so opening one normalizes nothing).
   */
  constructor(
    entities: readonly Entity[],
    private readonly keyOf: (name: string) => string = normalizeName,
  ) {
    for (const entity of entities) {
      this.index(entity, entity.id, "id");
      this.index(entity, entity.label, "label");
      for (const name of entity.aliases) this.index(entity, name, "alias");
      for (const name of entity.sharedNames) this.index(entity, name, "shared");
    }
  }

  private index(entity: Entity, name: string, match: MatchKind): void {
    const key = this.keyOf(name);
    add(this.exact, key, { entity, matchedName: name, match });
    const core = withoutGenericWords(key);
    if (core !== key && core !== "") add(this.partial, core, { entity, matchedName: name, match: "partial" });
  }

  /** Resolves a name; never throws. */
  resolve(name: string): Resolution {
    const key = normalizeName(name);
    const found = new Map<string, Candidate>();
    const consider = (c: Candidate) => {
      const prior = found.get(c.entity.id);
      if (!prior || MATCH_RANK[c.match] < MATCH_RANK[prior.match]) found.set(c.entity.id, c);
    };
    for (const c of this.exact.get(key) ?? []) consider(c);
    for (const c of this.partial.get(withoutGenericWords(key)) ?? []) consider(c);
    for (const c of this.partial.get(key) ?? []) consider(c);
    const actorCore = withoutWords(key, ACTOR_WORDS);
    if (actorCore !== key && actorCore !== "")
      for (const c of this.exact.get(actorCore) ?? []) consider({ ...c, match: "partial" });
    const candidates = [...found.values()].sort((a, b) => MATCH_RANK[a.match] - MATCH_RANK[b.match]);
    return { query: name, candidates, suggestions: candidates.length > 0 ? [] : this.suggest(key) };
  }

  /**
   * Resolves a name in a question only actors can answer (who backs whom, who is allied): when the
   * name denotes actors and places alike ("Damascus" the city and the government it stands for),
   * the places are set aside. A name that denotes only places resolves as usual.
   */
  resolveActor(name: string): ActorResolution {
    const resolution = this.resolve(name);
    const actors = resolution.candidates.filter((c) => c.entity.kind !== "place");
    if (actors.length === 0 || actors.length === resolution.candidates.length)
      return { ...resolution, setAside: [] };
    const setAside = resolution.candidates.filter((c) => c.entity.kind === "place");
    return { ...resolution, candidates: actors, setAside };
  }

  private suggest(key: string, limit = 5): Candidate[] {
    if (key === "") return [];
    const scored = new Map<string, { candidate: Candidate; score: number }>();
    const budget = Math.max(2, Math.floor(key.length / 3));
    for (const [name, candidates] of this.exact) {
      const contains = name.split(" ").includes(key) || (key.length >= 3 && name.startsWith(key));
      const score = contains ? 0.5 : distance(key, name);
      if (score > budget) continue;
      for (const candidate of candidates) {
        const prior = scored.get(candidate.entity.id);
        if (!prior || score < prior.score) scored.set(candidate.entity.id, { candidate, score });
      }
    }
    return [...scored.values()]
      .sort((a, b) => a.score - b.score || a.candidate.entity.label.localeCompare(b.candidate.entity.label))
      .slice(0, limit)
      .map((s) => s.candidate);
  }
}

function add(map: Map<string, Candidate[]>, key: string, candidate: Candidate): void {
  const list = map.get(key);
  if (list) list.push(candidate);
  else map.set(key, [candidate]);
}
