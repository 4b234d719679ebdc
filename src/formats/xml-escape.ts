/**
 * Escaping of text written into XML, after a TextRule has removed what XML forbids. Tab, LF and
 * CR become character references inside attribute values (a parser would turn them into spaces
 * otherwise), and CR inside text (a parser would turn it into LF).
 */

const ATTRIBUTE_SPECIAL = /[&<>"\t\n\r]/;
const ATTRIBUTE_SPECIAL_ALL = /[&<>"\t\n\r]/g;
const TEXT_SPECIAL = /[&<>\r]/;
const TEXT_SPECIAL_ALL = /[&<>\r]/g;

const REFERENCES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

/** Escapes text for a double-quoted attribute value. */
export function escapeAttribute(text: string): string {
  return ATTRIBUTE_SPECIAL.test(text) ? text.replace(ATTRIBUTE_SPECIAL_ALL, (c) => REFERENCES[c]!) : text;
}

/** Escapes text for element content. */
export function escapeText(text: string): string {
  return TEXT_SPECIAL.test(text) ? text.replace(TEXT_SPECIAL_ALL, (c) => REFERENCES[c]!) : text;
}
