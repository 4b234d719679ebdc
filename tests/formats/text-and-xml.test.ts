import { describe, expect, it } from "vitest";
import { cleanStrings, utf8TextRule, xmlTextRule } from "../../src/formats/text-rule.js";
import { escapeAttribute, escapeText, quoteAttribute } from "../../src/formats/xml-escape.js";
import { childNamed, parseXml } from "../../src/formats/xml-reader.js";

describe("text rules", () => {
  it("XML: replaces each forbidden character by U+FFFD and counts it; leaves everything else alone", () => {
    const rule = xmlTextRule();
    const kept =
      "quotes \" ' & < > tab\t lf\n cr\r Arabic إدلب emoji 😀🛡️ BOM \uFEFF private \uE000 astral \u{10FFFF}";
    expect(rule.clean(kept)).toBe(kept);
    expect(rule.replaced).toBe(0);
    expect(rule.clean("a\u0000b\u0008c\u000Bd\u000Ce\u001Ff\uD800g\uDC00h\uFFFEi\uFFFFj")).toBe(
      "a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFDg\uFFFDh\uFFFDi\uFFFDj",
    );
    expect(rule.replaced).toBe(9);
    expect(rule.clean("\uDC00\uD800")).toBe("\uFFFD\uFFFD");
  });

  it("UTF-8: replaces only lone surrogates; control characters stay", () => {
    const rule = utf8TextRule();
    expect(rule.clean("a\u0000\u0001\uFFFE 😀 \uD800b")).toBe("a\u0000\u0001\uFFFE 😀 \uFFFDb");
    expect(rule.replaced).toBe(1);
  });

  it("cleans every string in a JSON-like value, not its keys or numbers", () => {
    expect(cleanStrings({ a: ["x\u0001", 1, null, { b: "\uFFFF" }] }, xmlTextRule())).toEqual({
      a: ["x\uFFFD", 1, null, { b: "\uFFFD" }],
    });
  });
});

describe("XML escaping and reading", () => {
  const nasty = "a & b < c > d \" e ' f\tg\nh\r\ni ]]> إدلب 😀";

  it("escapes attribute values and text so that a parser gives them back exactly", () => {
    expect(escapeAttribute(nasty)).toBe(
      "a &amp; b &lt; c &gt; d &quot; e ' f&#9;g&#10;h&#13;&#10;i ]]&gt; إدلب 😀",
    );
    expect(escapeText(nasty)).toBe("a &amp; b &lt; c &gt; d \" e ' f\tg\nh&#13;\ni ]]&gt; إدلب 😀");
    const doc = parseXml(
      `<r a="${escapeAttribute(nasty)}" b=${quoteAttribute(nasty)}>${escapeText(nasty)}</r>`,
    );
    expect(doc.ok && doc.root.attributes.get("a")).toBe(nasty);
    expect(doc.ok && doc.root.attributes.get("b")).toBe(nasty);
    expect(doc.ok && doc.root.text).toBe(nasty);
  });

  it("quotes a value holding more double quotes than single ones with single quotes, so JSON stays readable", () => {
    expect(quoteAttribute('["a","b"]')).toBe(`'["a","b"]'`);
    expect(quoteAttribute("plain")).toBe('"plain"');
    expect(quoteAttribute(`O'Brien "the envoy"`)).toBe(`'O&apos;Brien "the envoy"'`);
    expect(quoteAttribute(`O'Brien's "envoy"`)).toBe(`"O'Brien's &quot;envoy&quot;"`);
    expect(quoteAttribute("a&b<c>\n")).toBe('"a&amp;b&lt;c&gt;&#10;"');
  });

  it("reads elements, attributes in either quotes, CDATA, comments, references; keeps each element's line", () => {
    const doc = parseXml(
      '\uFEFF<?xml version="1.0"?>\r\n<!-- c -->\r\n<g:root xmlns:g="x" a=\'1\'>\r\n  <child b="&#x41;&#66;&apos;">t<![CDATA[<raw&>]]></child>\n<child/>\n</g:root>\n',
    );
    expect(doc.ok).toBe(true);
    if (!doc.ok) return;
    expect([doc.root.name, doc.root.localName, doc.root.line, doc.root.attributes.get("a")]).toEqual([
      "g:root",
      "root",
      3,
      "1",
    ]);
    const child = childNamed(doc.root, "child")!;
    expect([child.line, child.attributes.get("b"), child.text]).toEqual([4, "AB'", "t<raw&>"]);
    expect(doc.root.children.map((c) => c.line)).toEqual([4, 5]);
  });

  it("normalizes literal tabs and line breaks in attribute values to spaces, as XML requires", () => {
    const doc = parseXml('<r a="x\ty\nz\r\nw"/>');
    expect(doc.ok && doc.root.attributes.get("a")).toBe("x y z w");
  });

  it("reports what is not well-formed, with the line", () => {
    const cases: [string, number, string][] = [
      ["<a>\n<b>\n</a>", 3, "</a> closes <b> (line 2)"],
      ["<a>\n<b>", 2, "<b> (line 2) is never closed"],
      ['<a x="1" x="2"/>', 1, "attribute x given twice"],
      ["<a>&nbsp;</a>", 1, "unknown entity &nbsp;"],
      ["<a>&#0;</a>", 1, "&#0; is not a character XML allows"],
      ["<a>\n\u0001</a>", 2, "character U+0001 is not allowed in XML"],
      ["<!DOCTYPE a><a/>", 1, "DOCTYPE and other declarations are not supported"],
      ["<a/><b/>", 1, "a second root element"],
      ["text", 1, "text outside the root element"],
      ["<a b=1/>", 1, "the value of b must be quoted"],
      ["<a>AT&T</a>", 1, '"&" must start a reference such as &amp;'],
    ];
    for (const [xml, line, message] of cases)
      expect(parseXml(xml), xml).toEqual({ ok: false, line, message });
  });
});
