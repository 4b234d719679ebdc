/**
 * A small, strict XML reader for the files our writers produce (GEXF and GraphML): elements,
 * attributes, text, CDATA, comments and processing instructions, the five predefined entities and
 * character references. It keeps the line of every element so imports can point at it, and it
 * refuses DOCTYPE (no entity expansion). Browser-safe: no DOM, no dependency.
 */

import { FaultlineError } from "../faultline-error.js";

/** One element: its qualified name, attributes, child elements, text content and line. */
export interface XmlElement {
  readonly name: string;
  /** The name without its namespace prefix. */
  readonly localName: string;
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: XmlElement[];
  /** The element's own text (its text children joined; child elements' text not included). */
  text: string;
  /** 1-based line of the element's start tag. */
  readonly line: number;
}

/** A parsed document, or where and why it is not well-formed. */
export type XmlParse = { ok: true; root: XmlElement } | { ok: false; line: number; message: string };

const NAME = /[A-Za-z_:\u00C0-\uFFFF][\w.:\-\u00B7\u00C0-\uFFFF]*/y;
const SPACE = /[ \t\n]*/y;
const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const PREDEFINED: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** A malformed document at a character offset (parseXml turns it into a line number). */
class XmlSyntaxError extends FaultlineError {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super("bad-input", message);
  }
}

function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** Replaces entity and character references; `at` is the offset of the text, for errors. */
function decode(raw: string, at: number): string {
  if (!raw.includes("&")) return raw;
  return raw.replace(/&([^;&\s]*);?/g, (whole, body: string, index: number) => {
    if (!whole.endsWith(";"))
      throw new XmlSyntaxError(at + index, `"&" must start a reference such as &amp;`);
    if (body.startsWith("#")) {
      const code = body.startsWith("#x") ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      const digits = body.startsWith("#x") ? /^#x[0-9a-fA-F]+$/ : /^#[0-9]+$/;
      if (!digits.test(body) || !isXmlChar(code)) {
        throw new XmlSyntaxError(at + index, `&${body}; is not a character XML allows`);
      }
      return String.fromCodePoint(code);
    }
    const replacement = PREDEFINED[body];
    if (replacement === undefined) throw new XmlSyntaxError(at + index, `unknown entity &${body};`);
    return replacement;
  });
}

/** Parses a document; never throws. Line ends are normalized to LF first, as XML requires. */
export function parseXml(input: string): XmlParse {
  const text = input.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const lineStarts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  const lineAt = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const forbidden = FORBIDDEN.exec(text);
  if (forbidden) {
    const code = forbidden[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
    return { ok: false, line: lineAt(forbidden.index), message: `character U+${code} is not allowed in XML` };
  }
  try {
    return { ok: true, root: parseDocument(text, lineAt) };
  } catch (error) {
    if (error instanceof XmlSyntaxError) {
      return { ok: false, line: lineAt(Math.min(error.offset, text.length)), message: error.message };
    }
    throw error;
  }
}

function parseDocument(text: string, lineAt: (offset: number) => number): XmlElement {
  let pos = 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  const fail = (message: string, at = pos): never => {
    throw new XmlSyntaxError(at, message);
  };
  const name = (): string => {
    NAME.lastIndex = pos;
    const m = NAME.exec(text);
    if (!m) return fail("expected a name");
    pos += m[0].length;
    return m[0];
  };
  const space = () => {
    SPACE.lastIndex = pos;
    pos += SPACE.exec(text)![0].length;
  };
  const skipPast = (terminator: string, what: string) => {
    const end = text.indexOf(terminator, pos);
    if (end === -1) fail(`unterminated ${what}`);
    const body = text.slice(pos, end);
    pos = end + terminator.length;
    return body;
  };
  while (pos < text.length) {
    const lt = text.indexOf("<", pos);
    const chunkEnd = lt === -1 ? text.length : lt;
    if (chunkEnd > pos) {
      const raw = text.slice(pos, chunkEnd);
      const parent = stack[stack.length - 1];
      if (parent) parent.text += decode(raw, pos);
      else if (raw.trim() !== "") fail("text outside the root element");
      pos = chunkEnd;
      continue;
    }
    if (text.startsWith("<?", pos)) {
      pos += 2;
      skipPast("?>", "processing instruction");
    } else if (text.startsWith("<!--", pos)) {
      pos += 4;
      skipPast("-->", "comment");
    } else if (text.startsWith("<![CDATA[", pos)) {
      const parent = stack[stack.length - 1];
      if (!parent) fail("CDATA outside the root element");
      pos += 9;
      parent!.text += skipPast("]]>", "CDATA section");
    } else if (text.startsWith("<!", pos)) {
      fail("DOCTYPE and other declarations are not supported");
    } else if (text.startsWith("</", pos)) {
      const at = pos;
      pos += 2;
      const closing = name();
      space();
      if (text[pos] !== ">") fail(`expected ">" to end </${closing}>`);
      pos++;
      const open = stack.pop();
      if (!open) fail(`</${closing}> closes no element`, at);
      if (open!.name !== closing) fail(`</${closing}> closes <${open!.name}> (line ${open!.line})`, at);
    } else {
      const at = pos;
      pos++;
      const tag = name();
      const attributes = new Map<string, string>();
      for (;;) {
        const before = pos;
        space();
        if (text.startsWith("/>", pos) || text[pos] === ">") break;
        if (pos === before) fail(`expected a space, ">" or "/>" in <${tag}>`);
        const attribute = name();
        space();
        if (text[pos] !== "=") fail(`expected "=" after ${attribute}`);
        pos++;
        space();
        const quote = text[pos];
        if (quote !== '"' && quote !== "'") fail(`the value of ${attribute} must be quoted`);
        const end = text.indexOf(quote!, pos + 1);
        if (end === -1) fail(`unterminated value of ${attribute}`);
        const raw = text.slice(pos + 1, end);
        if (raw.includes("<")) fail(`"<" in the value of ${attribute}`);
        if (attributes.has(attribute)) fail(`attribute ${attribute} given twice`);
        attributes.set(attribute, decode(raw.replace(/[\t\n]/g, " "), pos + 1));
        pos = end + 1;
      }
      const selfClosing = text[pos] === "/";
      pos += selfClosing ? 2 : 1;
      const colon = tag.indexOf(":");
      const element: XmlElement = {
        name: tag,
        localName: colon === -1 ? tag : tag.slice(colon + 1),
        attributes,
        children: [],
        text: "",
        line: lineAt(at),
      };
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(element);
      else if (root) fail("a second root element", at);
      else root = element;
      if (!selfClosing) stack.push(element);
    }
  }
  const unclosed = stack.pop();
  if (unclosed) fail(`<${unclosed.name}> (line ${unclosed.line}) is never closed`, text.length);
  if (!root) fail("no root element", 0);
  return root!;
}

/** The child elements of `element` with a local name. */
export function childrenNamed(element: XmlElement, localName: string): XmlElement[] {
  return element.children.filter((c) => c.localName === localName);
}

/** The first child element with a local name, or undefined. */
export function childNamed(element: XmlElement, localName: string): XmlElement | undefined {
  return element.children.find((c) => c.localName === localName);
}

/**
 * The children of `element` that repeat a local name meant to appear once (e.g. a second `<edges>`
 * block, which a reader taking the first would silently drop): each repeat with the line of the first.
 */
export function repeatedChildren(
  element: XmlElement,
  localNames: readonly string[],
): { readonly element: XmlElement; readonly firstLine: number }[] {
  const first = new Map<string, XmlElement>();
  const repeats: { element: XmlElement; firstLine: number }[] = [];
  for (const child of element.children) {
    if (!localNames.includes(child.localName)) continue;
    const earlier = first.get(child.localName);
    if (earlier) repeats.push({ element: child, firstLine: earlier.line });
    else first.set(child.localName, child);
  }
  return repeats;
}
