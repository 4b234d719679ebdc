import { dayNumber, dayToIso, edtf } from "../model/core.js";
import type { Sentence, Token } from "./annotate.js";
import { parseDatePhrase } from "./annotate.js";

/** A date phrase of a sentence resolved against the report's publication date, at its own precision. */
export interface DateMention {
  readonly from: number;
  readonly to: number;
  /** EDTF at the precision the text gives: `2024-11-27`, `2019-04`, `2012`, `2024-11~`. */
  readonly date: string;
  /** "since 2012": the start of a state rather than the day of an event. */
  readonly since: boolean;
}

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const LEAD_WORDS = new Set([
  "on",
  "in",
  "since",
  "by",
  "from",
  "during",
  "at",
  "of",
  "the",
  "late",
  "early",
  "mid",
]);

function dayOf(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return dayNumber(y, m, d);
}

function monthText(day: number): string {
  return dayToIso(day).slice(0, 7);
}

/**
 * Resolves one date phrase against the publication day (ISO), the way news reports mean them: a
 * weekday is the last such day on or before publication ("on Wednesday"), a month without a year
 * the last such month ("in March"), "last month" the month before; returns EDTF or null.
 */
export function resolveDatePhrase(phrase: string, published: string): string | null {
  const words = phrase
    .toLowerCase()
    .replace(/[,.]/g, " ")
    .split(/\s+/)
    .filter((w) => w !== "");
  const core = words.filter((w, i) => !(LEAD_WORDS.has(w) && i < words.length - 1) || /^\d/.test(w));
  const text = core.join(" ");
  if (text === "") return null;
  const pub = dayOf(published);
  const year = core.find((w) => /^\d{4}$/.test(w));
  const hasDayNumber = core.some((w) => /^\d{1,2}(st|nd|rd|th)?$/.test(w));
  const month = core.find((w) => MONTHS.includes(w));
  const weekday = core.find((w) => WEEKDAYS.includes(w));
  if (year && !month && core.length <= 2 && /^(\d{4})$/.test(text.replace(/^(in|since) /, ""))) return year;
  if (weekday && !month && !year) {
    const target = WEEKDAYS.indexOf(weekday);
    const pubWeekday = (((pub + 4) % 7) + 7) % 7;
    return dayToIso(pub - ((pubWeekday - target + 7) % 7));
  }
  if (month && !year && !hasDayNumber) {
    const m = MONTHS.indexOf(month) + 1;
    const [py, pm] = published.split("-").map(Number) as [number, number];
    const y = m <= pm ? py : py - 1;
    return `${y}-${String(m).padStart(2, "0")}`;
  }
  const parsed = parseDatePhrase(text, published);
  if (!parsed) return null;
  let start = dayOf(parsed.start);
  if (start > pub && !year) {
    if (month && hasDayNumber)
      start = dayOf(`${Number(parsed.start.slice(0, 4)) - 1}${parsed.start.slice(4)}`);
    else return null;
  }
  switch (parsed.unit) {
    case "year":
      return parsed.start.slice(0, 4);
    case "month":
      return monthText(start);
    case "week":
      return `${monthText(start)}~`;
    default:
      return dayToIso(start);
  }
}

function isDateToken(t: Token, prev: Token | undefined): boolean {
  if (t.tags.has("Date") || t.tags.has("WeekDay") || t.tags.has("Month")) return true;
  if (/^\d{1,2}(st|nd|rd|th)?$/.test(t.normal) && prev && (prev.tags.has("Month") || prev.tags.has("Date")))
    return true;
  return /^(19|20)\d{2}$/.test(t.normal) && prev !== undefined && ["in", "since", "of"].includes(prev.normal);
}

/** Every date phrase of a sentence, resolved against the publication day; unparsable ones are skipped. */
export function findDates(sentence: Sentence, paragraph: string, published: string): DateMention[] {
  const tokens = sentence.tokens;
  const found: DateMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isDateToken(tokens[i]!, tokens[i - 1])) continue;
    let j = i + 1;
    while (j < tokens.length && isDateToken(tokens[j]!, tokens[j - 1])) j++;
    let from = i;
    if (from > 0 && ["in", "since", "on"].includes(tokens[from - 1]!.normal)) from--;
    const phrase = paragraph.slice(tokens[from]!.start, tokens[j - 1]!.end);
    const date = resolveDatePhrase(phrase, published);
    if (date !== null && edtfOk(date)) {
      found.push({ from, to: j, date, since: /\bsince\b/i.test(phrase) });
    }
    i = j - 1;
  }
  return found;
}

function edtfOk(text: string): boolean {
  try {
    edtf(text);
    return true;
  } catch {
    return false;
  }
}
