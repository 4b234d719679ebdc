import type { DatedRelation } from "../model/core.js";
import type { EntityResolver } from "../query/entity-resolver.js";
import { annotateParagraph } from "./annotate.js";
import { findMentions } from "./mentions.js";
import type { Paragraph } from "./report-text.js";

/**
 * The curated relations of a report that one paragraph states outright: a paragraph its evidence
 * cites names both ends (by name, alias, description such as "government forces", demonym or
 * possessive, as the full graph's resolver reads them). The rest are relations a curator inferred
 * across paragraphs or from knowledge the report does not spell out; recall is reported over both.
 * Relations derived from others (a capture's control) are left out, as the scoring leaves them.
 */
export function statedInOneParagraph(
  relations: readonly DatedRelation[],
  sourceId: string,
  paragraphs: readonly Paragraph[],
  resolver: EntityResolver,
): Set<string> {
  const named = new Map<number, Set<string>>();
  const namesIn = (n: number): Set<string> => {
    let ids = named.get(n);
    if (!ids) {
      ids = new Set();
      const paragraph = paragraphs.find((p) => p.number === n);
      if (paragraph)
        for (const sentence of annotateParagraph(paragraph.text))
          for (const m of findMentions(sentence, paragraph.text, resolver))
            if (m.entity) ids.add(m.entity.id);
      named.set(n, ids);
    }
    return ids;
  };
  const stated = new Set<string>();
  for (const r of relations) {
    if (r.derivedFrom !== undefined) continue;
    const cited = r.evidence.filter((e) => e.source === sourceId && e.paragraph !== undefined);
    if (cited.some((e) => namesIn(e.paragraph!).has(r.source) && namesIn(e.paragraph!).has(r.target)))
      stated.add(r.id);
  }
  return stated;
}
