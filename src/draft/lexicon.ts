import type { RelationKind } from "../model/core.js";

/**
 * How a trigger sits in a sentence, which decides where its ends are looked for:
 * - `verb`: a verb; active voice takes the agent on its left and the patient on its right,
 *   passive voice ("was captured by X") the patient on its left and the agent after "by";
 * - `noun`: an event or relation noun ("air strikes", "offensive", "backer"); the agent is a
 *   modifier on its left ("Russian air strikes"), "by X" after it, or the clause's subject, and
 *   the patient follows a preposition ("on", "against", "of", "for"…);
 * - `compound`: the second half of a hyphenated modifier ("Turkish-backed rebels", "rebel-held
 *   town"): the first half is the agent, the noun phrase it modifies the patient;
 * - `between`: a noun naming something two or more parties do together ("clashes between X and
 *   Y", "talks between X and Y", "a summit … X, Y and Z"): every pair of the parties named.
 * - `title`: a title between an actor and a person ("Turkish Foreign Minister Mevlut Cavusoglu",
 *   "Syrian President Bashar al-Assad"): the person is the agent, the actor before the patient.
 * - `descriptor`: a noun for a kind of group, modified by a word naming a collective ("a rebel
 *   umbrella group", "the opposition formation"), set beside a name: the name is the agent, the
 *   collective the patient.
 * - `adjective`: a participle describing the noun after it, joined to a party by "and" ("the
 *   government and allied militias"): the party before "and" and the one described.
 * - `coalition`: a collective said to be led by a group ("the insurgents led by X", "X-led
 *   rebels") or named after its leading member ("X and its allies"): read by coalition-rules.ts
 *   from the names, not from a trigger word.
 * - `reference`: how the report refers to one actor across sentences (an office named, then its
 *   holder by name): read by office-holders.ts from the names and the graph, not from a trigger word.
 * - `joint`: an act the parties listed as a verb's subject do together ("A, B and C announced a
 *   plan"): every pair of them; read by joint-plans.ts from the subject list, not as a plain verb.
 * - `derived`: a second relation the same words state beside one already read ("X launched an
 *   offensive against Y" is an attack and a war between them): read from the sentence's proposals,
 *   with the same ends, trigger and attribution, not from a trigger word of its own.
 */
export type TriggerForm =
  | "verb"
  | "noun"
  | "compound"
  | "between"
  | "title"
  | "descriptor"
  | "adjective"
  | "coalition"
  | "reference"
  | "joint"
  | "derived";

/** One rule of the lexicon: which words trigger which relation kind, how, and how sure that is. */
export interface LexiconRule {
  readonly id: string;
  /** The class of phrasing the rule covers (the rule's comment, shown by `draft` and the docs). */
  readonly covers: string;
  readonly kind: RelationKind;
  readonly form: TriggerForm;
  /** Trigger phrases as lower-case word roots ("take control" matches "took control", "taken control"). */
  readonly phrases: readonly string[];
  /** Words, one of which must appear in the same sentence for the rule to fire (e.g. "ceasefire"). */
  readonly requires?: readonly string[];
  /** Phrases that trigger only in the singular ("part of Y" is membership, "parts of Syria" geography). */
  readonly singularOnly?: readonly string[];
  /** Prepositions that may introduce the patient of a noun trigger. */
  readonly patientAfter?: readonly string[];
  /** How far the rule is trusted, before attribution and unknown names lower it. */
  readonly confidence: number;
}

const ATTACK_PREPOSITIONS = ["on", "against", "in", "into", "at", "targeting", "near", "of"];

/** The relation lexicon: verbs, nouns, compounds and titles that name relations, each rule with what it covers. */
export const LEXICON: readonly LexiconRule[] = [
  {
    id: "capture-verb",
    covers: "an actor taking a place: captured, seized, overran, took (control of), retook, recaptured",
    kind: "captured",
    form: "verb",
    phrases: ["take control", "seize control", "capture", "seize", "overrun", "retake", "recapture", "take"],
    confidence: 0.8,
  },
  {
    id: "expel-verb",
    covers: "an actor driving another out of a place: expelled/drove X from PLACE (the place is taken)",
    kind: "captured",
    form: "verb",
    phrases: ["expel", "drive out", "push out", "oust"],
    confidence: 0.6,
  },
  {
    id: "enter-verb",
    covers: "an actor entering or advancing into a place: weaker evidence of a capture than a seizure",
    kind: "captured",
    form: "verb",
    phrases: ["enter", "storm", "advance into", "push into"],
    confidence: 0.45,
  },
  {
    id: "attack-verb",
    covers:
      "strikes and assaults as verbs: shelled, struck, bombed, bombarded, attacked, targeted, hit, pounded",
    kind: "attacked",
    form: "verb",
    phrases: [
      "shell",
      "strike",
      "bomb",
      "bombard",
      "attack",
      "target",
      "hit",
      "pound",
      "pummel",
      "raid",
      "assault",
      "ambush",
      "push back",
      "destroy",
    ],
    confidence: 0.75,
  },
  {
    id: "attack-noun",
    covers:
      "strikes and offensives as nouns (gerunds too): air strikes/raids on X, shelling/bombardment of X, an offensive against X",
    kind: "attacked",
    form: "noun",
    phrases: [
      "air strike",
      "airstrike",
      "air raid",
      "drone strike",
      "strike",
      "shelling",
      "bombardment",
      "bombing",
      "offensive",
      "counter-offensive",
      "counteroffensive",
      "attack",
      "assault",
      "raid",
      "rocket fire",
      "barrel bomb",
    ],
    patientAfter: ATTACK_PREPOSITIONS,
    confidence: 0.7,
  },
  {
    id: "back-verb",
    covers:
      "a patron supporting a client as a verb: backs, supports, arms, funds, sponsors (and 'backed by')",
    kind: "backs",
    form: "verb",
    phrases: ["back", "support", "arm", "fund", "finance", "sponsor"],
    confidence: 0.75,
  },
  {
    id: "back-compound",
    covers:
      "a patron named in a hyphenated modifier: Turkish-backed fighters, US-backed forces; also inside a known name that says who backs it ('the Iran-backed militias' as a group's name)",
    kind: "backs",
    form: "compound",
    phrases: ["backed", "supported", "sponsored", "funded"],
    confidence: 0.85,
  },
  {
    id: "backer-noun",
    covers: "a patron described by a noun: X, a backer/supporter/patron of Y; Y's backers X",
    kind: "backs",
    form: "noun",
    phrases: ["backer", "supporter", "patron", "sponsor"],
    patientAfter: ["of"],
    confidence: 0.75,
  },
  {
    id: "pledge-support",
    covers:
      "a party declaring support or solidarity: pledged to help, expressed solidarity with, vowed to support",
    kind: "expressed-support",
    form: "verb",
    phrases: ["pledge", "express solidarity", "express support", "vow", "promise"],
    confidence: 0.65,
  },
  {
    id: "ally-noun",
    covers: "allies named by a noun: X and its ally Y; X, an ally of Y; allied militias of Y",
    kind: "allied-with",
    form: "noun",
    phrases: ["ally", "allied"],
    patientAfter: ["of", "to", "with"],
    confidence: 0.7,
  },
  {
    id: "allied-adjective",
    covers: "a party named with the allies it has: 'X and allied militias', 'X and its allied factions'",
    kind: "allied-with",
    form: "adjective",
    phrases: ["allied"],
    confidence: 0.65,
  },
  {
    id: "ally-verb",
    covers: "actors fighting together: fought alongside, joined forces with, allied with",
    kind: "allied-with",
    form: "verb",
    // "allied" needs its preposition: "allied militias" is a description, not an alliance made
    phrases: ["join force", "fight alongside", "ally with", "ally to"],
    confidence: 0.7,
  },
  {
    id: "member-noun",
    covers: "membership: X, part of Y; members of Y; X belongs to Y; fighting under the banner of Y",
    kind: "member-of",
    form: "noun",
    phrases: ["part", "member", "belong", "banner"],
    singularOnly: ["part"],
    patientAfter: ["of", "to"],
    confidence: 0.65,
  },
  {
    id: "member-descriptor",
    covers:
      "a group described as one of a collective, beside its name: 'One rebel group, X, said', 'X, a rebel umbrella group', 'the opposition formation X'",
    kind: "member-of",
    form: "descriptor",
    phrases: ["umbrella group", "umbrella", "group", "formation", "faction", "alliance", "coalition"],
    singularOnly: ["umbrella group", "umbrella", "group", "formation", "faction", "alliance", "coalition"],
    confidence: 0.6,
  },
  {
    id: "coalition-led-by",
    covers:
      "a collective led by a group the graph knows heads or belongs to a coalition of the day ('the insurgents led by X', 'X-led rebels', '…, led by X and including Y'): X leads the coalition, X and Y are its members, the coalition is part of the collective",
    kind: "member-of",
    form: "coalition",
    phrases: ["led by", "headed by", "led"],
    confidence: 0.6,
  },
  {
    id: "coalition-named-allies",
    covers:
      "a coalition named after its leading member ('X and its allies', 'X and allied factions'): X is a member",
    kind: "member-of",
    form: "coalition",
    phrases: ["and its allies", "and allied factions", "and their allies"],
    confidence: 0.6,
  },
  {
    id: "coalition-named-on-the-spot",
    covers:
      "a description of a collective given its own name ('armed factions fighting under the banner of X', 'opposition fighters known as X'): X is part of the collective",
    kind: "member-of",
    form: "coalition",
    phrases: ["under the banner of", "known as", "grouped under"],
    confidence: 0.6,
  },
  {
    id: "office-holder",
    covers:
      "an office named by its description, then its holder by name in the same or the next paragraph ('The UN envoy warned …', then 'Jan Berg said …'), when the graph knows the person holds it: the person leads the office and represents the body it belongs to",
    kind: "leads",
    form: "reference",
    phrases: [],
    confidence: 0.6,
  },
  {
    id: "leader-metonymy",
    covers:
      "a leader named where the party they head is meant ('the allies of Assad', 'Assad allies X and Y'), when the graph knows the person heads it: the person leads the party",
    kind: "leads",
    form: "reference",
    phrases: [],
    confidence: 0.6,
  },
  {
    id: "counterpart",
    covers:
      "a counterpart named with a demonym ('his Russian counterpart, NAME'): NAME holds for that country the office (head, minister) the sentence gives the other person",
    kind: "leads",
    form: "reference",
    phrases: [],
    confidence: 0.65,
  },
  {
    id: "head-of-country",
    covers:
      "a head of state titled with the country after 'of' ('King X of Y', 'President of Y X'): X leads Y, a state even when the graph does not know it",
    kind: "leads",
    form: "reference",
    phrases: [],
    confidence: 0.7,
  },
  {
    id: "named-after-parent",
    covers:
      "a body named after the organisation it belongs to ('the UN special envoy for Syria', 'the EU delegation'): the first word of its name names another actor, which it is part of",
    kind: "member-of",
    form: "reference",
    phrases: [],
    confidence: 0.6,
  },
  {
    id: "state-outlet",
    covers:
      "an outlet called a country's state outlet ('Syrian state television', 'Syria's state news agency SANA', 'the Iranian state broadcaster'): the outlet is part of that country's state",
    kind: "member-of",
    form: "reference",
    phrases: [],
    confidence: 0.7,
  },
  {
    id: "lead-noun",
    covers: "a person heading an actor, as an apposition: X, the head/leader/chief/commander of Y",
    kind: "leads",
    form: "noun",
    phrases: ["head", "leader", "chief", "commander"],
    patientAfter: ["of"],
    confidence: 0.75,
  },
  {
    id: "lead-title",
    covers:
      "a head of state or group titled before the name: Syrian President X, King X of Y; 'President X' alone names the party the graph knows X heads",
    kind: "leads",
    form: "title",
    phrases: ["president", "king", "prime minister", "emir", "leader", "commander"],
    confidence: 0.75,
  },
  {
    id: "represent-noun",
    covers: "a person speaking or acting for an actor: X, a spokesperson/representative/envoy of/for Y",
    kind: "represents",
    form: "noun",
    phrases: ["spokesperson", "spokesman", "spokeswoman", "representative", "envoy", "ambassador"],
    patientAfter: ["of", "for"],
    confidence: 0.75,
  },
  {
    id: "represent-title",
    covers: "a minister or envoy titled before the name: Turkish Foreign Minister X, Iranian envoy X",
    kind: "represents",
    form: "title",
    phrases: ["foreign minister", "defence minister", "defense minister", "minister", "envoy", "ambassador"],
    confidence: 0.75,
  },
  {
    id: "affiliate-compound",
    covers:
      "a body tied to a party in a hyphenated modifier: the government-affiliated X outlet, an army-affiliated unit",
    kind: "member-of",
    form: "compound",
    phrases: ["affiliated"],
    confidence: 0.65,
  },
  {
    id: "control-compound",
    covers: "control named in a hyphenated modifier: rebel-held town, government-controlled city",
    kind: "controls",
    form: "compound",
    phrases: ["held", "controlled", "run", "operated"],
    confidence: 0.7,
  },
  {
    id: "control-noun",
    covers: "a place under an actor's control: PLACE has been under rebel/government control",
    kind: "controls",
    form: "noun",
    phrases: ["control"],
    confidence: 0.7,
  },
  {
    id: "control-verb",
    covers: "control as a verb: X controls/holds/retained control of PLACE; PLACE is controlled by X",
    kind: "controls",
    form: "verb",
    phrases: ["retain control", "control", "hold"],
    confidence: 0.65,
  },
  {
    id: "ceasefire-broker",
    covers: "a broker or guarantor of a ceasefire, truce or deal: brokered, mediated, guaranteed",
    kind: "brokered-ceasefire",
    form: "verb",
    phrases: ["broker", "mediate", "guarantee"],
    requires: ["ceasefire", "truce", "deal", "de-escalation", "agreement", "cessation"],
    confidence: 0.75,
  },
  {
    id: "talks-verb",
    covers: "parties meeting or talking: met (with), held talks with, spoke by phone with",
    kind: "negotiated-with",
    form: "verb",
    phrases: ["meet", "hold talk", "talk", "speak"],
    confidence: 0.6,
  },
  {
    id: "joint-plan",
    covers:
      "parties announcing, agreeing or signing a plan, deal or agreement together ('A, B and C announced they were working on a plan', 'A and B signed an accord'): each pair negotiated with each other; an apposition inside the list ('A and B, allies of X, and C') is not a party",
    kind: "negotiated-with",
    form: "joint",
    phrases: ["announce", "agree", "sign", "unveil"],
    confidence: 0.6,
  },
  {
    id: "talks-between",
    covers: "a meeting noun with its parties: talks/summit/meeting/phone call between or of X, Y and Z",
    kind: "negotiated-with",
    form: "between",
    phrases: ["talk", "summit", "meeting", "phone call", "negotiation"],
    confidence: 0.6,
  },
  {
    id: "call-noun",
    covers:
      "a call made to a party: 'X … in a phone call with Y', 'X spoke to Y in separate calls to Y', 'X's call to Y': the caller is the clause's subject, the party called follows 'to' or 'with'",
    kind: "negotiated-with",
    form: "noun",
    phrases: ["phone call", "telephone call", "call", "phone conversation"],
    patientAfter: ["to", "with"],
    confidence: 0.6,
  },
  {
    id: "clash-between",
    covers:
      "fighting where no side is named the attacker: clashes/fighting between X and Y, X clashed with Y",
    kind: "clashed-with",
    form: "between",
    phrases: ["clash", "fighting", "battle"],
    confidence: 0.7,
  },
  {
    id: "war-between",
    covers: "a war named with its sides: the war/civil war/conflict between X and Y",
    kind: "fights",
    form: "between",
    phrases: ["war", "civil war", "conflict"],
    confidence: 0.65,
  },
  {
    id: "campaign-fights",
    covers:
      "a campaign waged against an actor: 'X launched/waged an offensive against Y', 'X's counter-offensive against Y', 'pushed their campaign against Y': besides the attack, X and Y are at war",
    kind: "fights",
    form: "derived",
    phrases: ["offensive", "counter-offensive", "counteroffensive", "campaign"],
    patientAfter: ["against"],
    confidence: 0.6,
  },
  {
    id: "fight-verb",
    covers: "a war or campaign against an enemy over time: fights, battles, wages war against X",
    kind: "fights",
    form: "verb",
    phrases: ["fight", "battle", "wage war", "war"],
    confidence: 0.6,
  },
];

/**
 * Demonyms and the actor they stand for when they modify a military or attack noun ("Russian
 * warplanes", "Israeli air strikes"): the name is looked up with the resolver, never an id.
 */
export const DEMONYMS: Readonly<Record<string, string>> = {
  syrian: "Syrian government",
  russian: "Russia",
  turkish: "Turkey",
  iranian: "Iran",
  israeli: "Israel",
  american: "United States",
  jordanian: "Jordan",
  lebanese: "Lebanon",
  ukrainian: "Ukraine",
};

/** Nouns naming an actor's forces or arms: a demonym before one of them names the actor itself. */
export const FORCE_NOUNS: readonly string[] = [
  "forces",
  "force",
  "troops",
  "soldiers",
  "army",
  "military",
  "warplanes",
  "warplane",
  "jets",
  "aircraft",
  "helicopters",
  "drones",
  "artillery",
  "government",
  "officials",
  "air",
  "airstrikes",
  "strikes",
];

/** Nouns naming an actor's partners: a demonym before one names the actor ("their Russian allies"). */
export const ALLY_NOUNS: readonly string[] = ["ally", "allies", "backer", "backers", "patron", "patrons"];

/**
 * Attribution: verbs whose subject is the speaker of the sentence, phrases naming the speaker
 * after them, markers that a statement is unverified, and verbs of denial.
 */
export const ATTRIBUTION = {
  /** Speech verbs (roots): "X said", "X claimed", "X told reporters", "said X". */
  speechVerbs: [
    "say",
    "claim",
    "tell",
    "report",
    "state",
    "announce",
    "confirm",
    "add",
    "accuse",
    "allege",
    "insist",
    "warn",
    "count",
  ],
  /** Phrases after which the speaker is named: "according to X". */
  speakerAfter: ["according to", "cited by", "quoted by"],
  /** The statement could not be checked: it stays a party's claim even from an outlet's voice. */
  unverified: [
    "no independent confirmation",
    "could not be independently verified",
    "could not independently verify",
    "cannot be independently verified",
    "without providing evidence",
    "without evidence",
    "unverified",
  ],
  /** Denial verbs (roots): the statement is disputed. */
  denial: ["deny", "dismiss", "refute", "reject"],
} as const;
