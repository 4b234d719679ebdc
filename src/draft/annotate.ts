import nlp from "compromise";
import datesPlugin from "compromise-dates";

const nlpWithDates = nlp.extend(datesPlugin);

/** One word of a paragraph, as compromise tagged it, with its character offsets in the paragraph. */
export interface Token {
  readonly text: string;
  /** Lower-case form without punctuation. */
  readonly normal: string;
  /** Dictionary form ("seized" → "seize", "strikes" → "strike"); the normal form when it has none. */
  readonly root: string;
  readonly tags: ReadonlySet<string>;
  /** Punctuation written right after the word ("-" in "Turkish-backed", "," before a clause). */
  readonly post: string;
  readonly start: number;
  readonly end: number;
}

/** A sentence of a paragraph: its offsets and its tokens. */
export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly tokens: readonly Token[];
}

interface TermJson {
  text: string;
  normal?: string;
  root?: string;
  post?: string;
  tags?: string[];
  offset?: { start: number; length: number };
}

interface SentenceJson {
  offset?: { start: number; length: number };
  terms?: TermJson[];
}

/**
 * A hyphenated modifier the tagger kept as one word because its first half has a full stop in it
 * ("U.S-backed"): split like "Turkish-backed" is, the first half carrying the hyphen.
 */
const UNSPLIT_COMPOUND =
  /^(\p{L}[\p{L}.]*\.[\p{L}.]*)-(backed|led|held|controlled|run|operated|allied|linked|affiliated|supported|sponsored|funded)$/iu;

function splitCompound(first: string, head: string, start: number, post: string): Token[] {
  return [
    {
      text: first,
      normal: first.toLowerCase(),
      root: first.toLowerCase(),
      tags: new Set(["Noun", "ProperNoun"]),
      post: "-",
      start,
      end: start + first.length,
    },
    {
      text: head,
      normal: head.toLowerCase(),
      root: head.toLowerCase(),
      tags: new Set(["Adjective"]),
      post,
      start: start + first.length + 1,
      end: start + first.length + 1 + head.length,
    },
  ];
}

/** Splits a paragraph into sentences and part-of-speech tagged tokens with compromise. */
export function annotateParagraph(text: string): Sentence[] {
  const doc = nlpWithDates(text);
  doc.compute("root");
  const sentences = doc.json({ offset: true, terms: { offset: true } }) as SentenceJson[];
  let cursor = 0;
  return sentences.map((s) => {
    const tokens: Token[] = [];
    for (const t of s.terms ?? []) {
      if (t.text === "") continue;
      const hint = t.offset?.start ?? cursor;
      let start = text.indexOf(t.text, Math.max(0, Math.min(hint, cursor)));
      if (start === -1) start = hint;
      cursor = start + t.text.length;
      const normal = (t.normal ?? t.text.toLowerCase()).replace(/[’']s$/, "");
      const compound = UNSPLIT_COMPOUND.exec(t.text);
      if (compound) {
        tokens.push(...splitCompound(compound[1]!, compound[2]!, start, t.post ?? ""));
        continue;
      }
      tokens.push({
        text: t.text,
        normal,
        root: t.root ?? normal,
        tags: new Set(t.tags ?? []),
        post: t.post ?? "",
        start,
        end: start + t.text.length,
      });
    }
    const start = s.offset?.start ?? tokens[0]?.start ?? 0;
    const end = tokens.at(-1)?.end ?? start + (s.offset?.length ?? 0);
    return { start, end, tokens };
  });
}

/** Resolves a date phrase with compromise-dates against a reference day (YYYY-MM-DD). */
export function parseDatePhrase(
  phrase: string,
  today: string,
): { start: string; end: string; unit: string } | null {
  const found = nlpWithDates(phrase).dates({ today }).json() as {
    dates?: { start?: string; end?: string; unit?: string };
  }[];
  const d = found[0]?.dates;
  if (!d?.start || !d.end) return null;
  return { start: d.start.slice(0, 10), end: d.end.slice(0, 10), unit: d.unit ?? "day" };
}
