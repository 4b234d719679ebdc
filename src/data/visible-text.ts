/**
 * Making text from data or arguments safe to show in a terminal: control characters (escape
 * sequences that clear the screen, move the cursor, plant links or rewrite a line with a carriage
 * return), C1 controls, line and paragraph separators and the bidirectional overrides that reorder
 * what is shown are written as visible `\u001b`-style escapes. Pure and browser-safe.
 */

/** Characters never written raw: C0 controls but tab and line feed, DEL, C1, U+2028/U+2029, bidi embeddings, overrides and isolates. */
// eslint-disable-next-line no-control-regex -- control characters are what this pattern is for
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** The same, plus tab, line feed (one line per item). */
// eslint-disable-next-line no-control-regex -- control characters are what this pattern is for
const UNSAFE_IN_LINE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const SHORT: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

function escapeOne(char: string): string {
  return SHORT[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

/** Text with every unsafe character made visible; tabs and line breaks kept (for whole outputs). */
export function visibleText(text: string): string {
  return text.replace(UNSAFE, escapeOne);
}

/** Text made visible and kept on one line: line breaks and tabs are escaped too (for one item of a list). */
export function oneLine(text: string): string {
  return text.replace(UNSAFE_IN_LINE, escapeOne);
}

/**
 * JSON text with the characters JSON.stringify leaves raw (DEL, C1, separators, bidi controls)
 * written as `\u` escapes: the same JSON value, safe in a terminal.
 */
export function terminalSafeJson(json: string): string {
  return json.replace(UNSAFE, escapeOne);
}
