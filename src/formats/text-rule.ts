/**
 * What an export does with characters its format cannot carry. XML 1.0 forbids the C0 controls
 * other than tab, LF and CR (U+0000–U+0008, U+000B, U+000C, U+000E–U+001F), lone surrogates and
 * U+FFFE/U+FFFF; UTF-8 (CSV) cannot encode lone surrogates. Each is replaced by U+FFFD, the
 * replacement character, so the loss stays visible and a name never becomes empty; every other
 * character (quotes, ampersands, angle brackets, Arabic script, emoji…) goes through unchanged.
 */

/** The character that stands in for one a format cannot carry. */
export const REPLACEMENT_CHARACTER = "\uFFFD";

/** Characters XML 1.0 does not allow anywhere in a document (with the `u` flag, lone surrogates match). */
const XML_FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** Code units UTF-8 cannot encode: surrogates that are not part of a pair. */
const LONE_SURROGATE = /\p{Cs}/u;

/** A text rule of one export: cleans every string written and counts the characters it replaced. */
export class TextRule {
  /** Characters replaced so far. */
  replaced = 0;
  private readonly global: RegExp;

  constructor(
    /** What the rule is for, as shown in notes: "XML" or "UTF-8". */
    readonly name: string,
    private readonly forbidden: RegExp,
  ) {
    this.global = new RegExp(forbidden.source, "gu");
  }

  /** Whether the text holds a character the format cannot carry. */
  needsCleaning(text: string): boolean {
    return this.forbidden.test(text);
  }

  /** The text with every character the format cannot carry replaced by U+FFFD. */
  clean(text: string): string {
    if (!this.forbidden.test(text)) return text;
    return text.replace(this.global, () => {
      this.replaced++;
      return REPLACEMENT_CHARACTER;
    });
  }
}

/** The rule of GEXF and GraphML: what XML 1.0 forbids is replaced. */
export function xmlTextRule(): TextRule {
  return new TextRule("XML", XML_FORBIDDEN);
}

/** The rule of CSV files (UTF-8): lone surrogates are replaced; control characters stay. */
export function utf8TextRule(): TextRule {
  return new TextRule("UTF-8", LONE_SURROGATE);
}

/** Whether any string in a JSON-like value holds a character the rule replaces. */
function needsCleaning(value: unknown, rule: TextRule): boolean {
  if (typeof value === "string") return rule.needsCleaning(value);
  if (Array.isArray(value)) return value.some((v) => needsCleaning(v, rule));
  if (value !== null && typeof value === "object")
    return Object.values(value).some((v) => needsCleaning(v, rule));
  return false;
}

function copyCleaned<T>(value: T, rule: TextRule): T {
  if (typeof value === "string") return rule.clean(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => copyCleaned(v, rule)) as T;
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = copyCleaned(v, rule);
    return out as T;
  }
  return value;
}

/**
 * The value with the rule applied to every string in it (keys are ours and left alone): the
 * value itself when nothing needs replacing, else a cleaned copy.
 */
export function cleanStrings<T>(value: T, rule: TextRule): T {
  return needsCleaning(value, rule) ? copyCleaned(value, rule) : value;
}
