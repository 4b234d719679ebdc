/**
 * Escaping of text written into XML, after a TextRule has removed what XML forbids. Tab, LF and
 * CR become character references inside attribute values (a parser would turn them into spaces
 * otherwise), and CR inside text (a parser would turn it into LF).
 */

const ATTRIBUTE_SPECIAL = /[&<>"'\t\n\r]/;
const WHITESPACE_SPECIAL = /[\t\n\r]/;
const WHITESPACE_SPECIAL_ALL = /[\t\n\r]/g;
const TEXT_SPECIAL = /[&<>\r]/;
const TEXT_SPECIAL_ALL = /[&<>\r]/g;

const REFERENCES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

function count(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) n++;
  return n;
}

/**
 * An attribute value with its quotes: between double quotes, or between single quotes when it
 * holds more double quotes than single ones (JSON values stay readable: `value='["a","b"]'`
 * rather than `value="[&quot;a&quot;,&quot;b&quot;]"`). The same text always gets the same quoting.
 */
export function quoteAttribute(text: string): string {
  if (!ATTRIBUTE_SPECIAL.test(text)) return `"${text}"`;
  // Chained native replaces beat one replace with a callback on long JSON values.
  let escaped = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  if (WHITESPACE_SPECIAL.test(escaped))
    escaped = escaped.replace(WHITESPACE_SPECIAL_ALL, (c) => REFERENCES[c]!);
  const doubles = count(escaped, '"');
  if (doubles > 0 && doubles > count(escaped, "'")) return `'${escaped.replace(/'/g, "&apos;")}'`;
  return `"${escaped.replace(/"/g, "&quot;")}"`;
}

/** Escapes text for a double-quoted attribute value. */
export function escapeAttribute(text: string): string {
  return quoteAttribute(text).slice(1, -1).replace(/"/g, "&quot;");
}

/** Escapes text for element content. */
export function escapeText(text: string): string {
  return TEXT_SPECIAL.test(text) ? text.replace(TEXT_SPECIAL_ALL, (c) => REFERENCES[c]!) : text;
}
