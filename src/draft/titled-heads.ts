import type { EntityResolver } from "../query/entity-resolver.js";
import type { Token } from "./annotate.js";
import type { RawProposal } from "./extract.js";
import { LEXICON } from "./lexicon.js";
import type { Mention } from "./mentions.js";
import { lookUp } from "./mentions.js";

const HEAD_OF_COUNTRY = LEXICON.find((r) => r.id === "head-of-country")!;

/** Titles of a head of state written with the country after them ("King X of Y", "President of Y X"). */
const HEAD_TITLES = new Set(["king", "queen", "emir", "sultan", "president"]);

/**
 * The country named after "of" in a head's title: the state the graph knows under that name (or
 * that a country standing for its state names), else a new state (a country a head of state rules
 * is a state, whatever the tagger took the name for).
 */
function countryActor(text: string, resolver: EntityResolver): Pick<Mention, "entity" | "proposed"> {
  const known = lookUp(resolver, text);
  if (known && known.kind === "state") return { entity: known, proposed: null };
  const state = resolver
    .resolve(text)
    .candidates.find((c) => c.entity.kind === "state" && (c.match === "shared" || known === null));
  if (state) return { entity: state.entity, proposed: null };
  if (known) return { entity: null, proposed: null };
  return { entity: null, proposed: { label: text, kind: "state" } };
}

/**
 * A head of state titled with the country after the title or after the name ("King Abdallah of
 * Ruritania", "President of Ruritania Ali Karam"): the person leads that state. Only when the
 * country comes with "of": "President X" alone is the lead-title rule's.
 */
export function headOfCountryProposals(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  paragraph: string,
  resolver: EntityResolver,
): RawProposal[] {
  const out: RawProposal[] = [];
  const propose = (person: Mention, country: Mention, at: number): void => {
    if (!country.entity && !country.proposed) return;
    out.push({
      rule: HEAD_OF_COUNTRY,
      kind: "leads",
      at,
      agent: person,
      patient: country,
      trigger: { start: tokens[at]!.start, end: tokens[at]!.end },
      date: null,
      since: true,
      confidence: HEAD_OF_COUNTRY.confidence,
    });
  };
  for (let i = 0; i < tokens.length; i++) {
    if (!HEAD_TITLES.has(tokens[i]!.normal)) continue;
    // "King X of Y": a new person whose name runs on to "of Y" (kept as the name, as it is often
    // written: "Abdallah of Ruritania").
    const named = mentions.find((m) => m.from === i + 1 && m.proposed?.kind === "person");
    const words = named ? paragraph.slice(named.start, named.end) : "";
    const of = words.lastIndexOf(" of ");
    if (named && of > 0) {
      propose(named, { ...named, ...countryActor(words.slice(of + 4), resolver) }, i);
      continue;
    }
    // "President of (the) Y [Sheikh] X": the country right after "of", the person within two words.
    if (tokens[i + 1]?.normal !== "of") continue;
    const at = tokens[i + 2]?.normal === "the" ? i + 3 : i + 2;
    const place = mentions.find((m) => m.from === at);
    const person = place
      ? mentions.find((m) => m.from >= place.to && m.from - place.to <= 1 && personLike(m))
      : undefined;
    if (!place || !person) continue;
    const country = place.entity
      ? countryActor(paragraph.slice(place.start, place.end), resolver)
      : { entity: null, proposed: { label: place.proposed!.label, kind: "state" as const } };
    propose(person, { ...place, ...country }, i);
  }
  return out;
}

function personLike(m: Mention): boolean {
  return (m.entity ?? m.proposed)!.kind === "person";
}
