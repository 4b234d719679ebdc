import { distance } from "fastest-levenshtein";
import type { Entity } from "../model/core.js";
import { normalizeName } from "../model/core.js";

/**
 * Words that say what kind of armed body a name is, not which: "Tahrir al-Sham Army" and "Hayat
 * Tahrir al-Sham" share what identifies them ({tahrir, sham}); Arabic generic words (jaysh, liwa,
 * jabhat…) and articles and particles likewise.
 */
const GENERIC_WORDS: ReadonlySet<string> = new Set([
  ..."a al an ad and as ash at el for in li lil of the wa".split(" "),
  ..."army forces force front brigade brigades battalion battalions division regiment corps".split(" "),
  ..."movement group groups party militia militias faction factions organization organisation".split(" "),
  ..."syria syrian government military".split(" "),
  ..."jaysh jaish jabhat jabha liwa harakat harakah katibat katiba kataib faylaq saraya tajammu".split(" "),
]);

/** Words left out of an acronym: "Hayat Tahrir al-Sham" is HTS, "Free Syrian Army" FSA. */
const ACRONYM_SKIPS: ReadonlySet<string> = new Set("a al an and el for in li lil of the wa".split(" "));

/** A name as the comparison reads it: its distinctive words, its initials, and itself when it is an acronym. */
interface NameShape {
  readonly words: readonly string[];
  readonly initials: string;
  /** The name in lower case when it is written as an acronym (2–6 capitals: "FSA"), else null. */
  readonly acronym: string | null;
}

function shapeOf(name: string): NameShape {
  const all = normalizeName(name)
    .split(" ")
    .filter((w) => w !== "");
  const trimmed = name.trim();
  return {
    words: [...new Set(all.filter((w) => !GENERIC_WORDS.has(w)))],
    initials: all
      .filter((w) => !ACRONYM_SKIPS.has(w))
      .map((w) => w[0])
      .join(""),
    acronym: /^[A-Z]{2,6}$/.test(trimmed) ? trimmed.toLowerCase() : null,
  };
}

/** Two words alike: the same, or long words one letter apart ("Jaish"/"Jaysh"; "Iraq"/"Iran" are too short to be). */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  return shorter >= 5 && distance(a, b) <= (shorter >= 8 ? 2 : 1);
}

/**
 * Whether two names may denote one actor: one is the acronym of the other ("FSA", "Free Syrian
 * Army"), or the distinctive words of one are all among the other's and make at least two thirds
 * of them ("Tahrir al-Sham Army" and "Hayat Tahrir al-Sham"; "Islamic State in Iraq" and
 * "Islamic State"). One distinctive word alone must be the other's only one ("Jaish al-Izza
 * Brigades", "Jaysh al-Izza"), so a shared "islamic" or "sham" is no hint.
 */
export function namesAlike(a: string, b: string): boolean {
  return shapesAlike(shapeOf(a), shapeOf(b));
}

function shapesAlike(a: NameShape, b: NameShape): boolean {
  if (a.acronym !== null && a.acronym === b.initials && b.acronym === null) return true;
  if (b.acronym !== null && b.acronym === a.initials && a.acronym === null) return true;
  const [small, large] = a.words.length <= b.words.length ? [a.words, b.words] : [b.words, a.words];
  if (small.length === 0) return false;
  if (!small.every((w) => large.some((v) => sameWord(w, v)))) return false;
  if (small.length === 1) return large.length === 1;
  return small.length * 3 >= large.length * 2;
}

/**
 * The existing actors (every entity but places) whose label or an alias is alike to a name, for
 * the reviewer of an actor the import created: a hint, never a merge.
 */
export class SimilarActors {
  private readonly names: { readonly id: string; readonly shape: NameShape }[] = [];

  constructor(entities: Iterable<Entity>) {
    for (const e of entities) {
      if (e.kind === "place") continue;
      for (const name of [e.label, ...e.aliases]) this.names.push({ id: e.id, shape: shapeOf(name) });
    }
  }

  /** Ids of the entities with a name alike to any of these names, sorted. */
  of(names: readonly string[]): string[] {
    const shapes = names.map(shapeOf);
    const ids = new Set<string>();
    for (const { id, shape } of this.names) if (shapes.some((s) => shapesAlike(s, shape))) ids.add(id);
    return [...ids].sort();
  }
}
