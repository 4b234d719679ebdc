import type { RelationKind } from "../model/core.js";

/**
 * What one dataset category becomes, depending on who is on the other side: an armed opponent,
 * civilians, or nobody (a sole action). A relation from the first actor to the opponent (or to the
 * event's place), or null with the reason the event is not imported.
 */
export interface CategoryRule {
  /** Words for the category, used in notes ("state-based armed conflict", "air/drone strike"). */
  readonly label: string;
  /** Relation to an armed opponent (actor → actor). */
  readonly againstActor: RelationKind | null;
  /** Relation when the other side is civilians (actor → place of the event). */
  readonly againstCivilians: RelationKind | null;
  /** Relation when nobody is on the other side (actor → place of the event). */
  readonly alone: RelationKind | null;
  /** Why an event of this category is not imported when the rule gives no relation. */
  readonly notImported?: string;
}

const clash = (label: string): CategoryRule => ({
  label,
  againstActor: "clashed-with",
  againstCivilians: "targeted-civilians",
  alone: null,
  notImported: "a clash needs two actors",
});
const strike = (label: string): CategoryRule => ({
  label,
  againstActor: "attacked",
  againstCivilians: "targeted-civilians",
  alone: "attacked",
});
const oneSided = (label: string): CategoryRule => ({
  label,
  againstActor: "targeted-civilians",
  againstCivilians: "targeted-civilians",
  alone: "targeted-civilians",
});
const capture = (label: string): CategoryRule => ({
  label,
  againstActor: "captured",
  againstCivilians: "captured",
  alone: "captured",
});
const outside = (label: string, why: string): CategoryRule => ({
  label,
  againstActor: null,
  againstCivilians: null,
  alone: null,
  notImported: why,
});

/**
 * UCDP GED `type_of_violence`: 1 state-based and 2 non-state conflict are clashes between the two
 * sides (GED does not say who attacked); 3 one-sided violence is violence against civilians at the
 * event's place, never a fight.
 */
export const GED_CATEGORIES: Readonly<Record<string, CategoryRule>> = {
  "1": clash("state-based armed conflict"),
  "2": clash("non-state conflict"),
  "3": oneSided("one-sided violence against civilians"),
};

const NOT_ARMED = "protests and riots are not armed relations between actors";
const NO_RELATION = "this strategic development states no relation between actors";

/**
 * ACLED `event_type` / `sub_event_type` (lower-cased, joined by " / "). Battles are clashes or
 * captures, remote violence is an attack on the opponent (or on the place when nobody is named),
 * violence against civilians is one-sided; protests, riots and most strategic developments state
 * no armed relation and are rejected with that reason.
 */
export const ACLED_CATEGORIES: Readonly<Record<string, CategoryRule>> = {
  "battles / armed clash": clash("armed clash"),
  "battles / government regains territory": capture("government regains territory"),
  "battles / non-state actor overtakes territory": capture("non-state actor overtakes territory"),
  "explosions/remote violence / chemical weapon": strike("chemical weapon"),
  "explosions/remote violence / air/drone strike": strike("air/drone strike"),
  "explosions/remote violence / suicide bomb": strike("suicide bomb"),
  "explosions/remote violence / shelling/artillery/missile attack": strike(
    "shelling/artillery/missile attack",
  ),
  "explosions/remote violence / remote explosive/landmine/ied": strike("remote explosive/landmine/IED"),
  "explosions/remote violence / grenade": strike("grenade"),
  "violence against civilians / sexual violence": oneSided("sexual violence"),
  "violence against civilians / attack": oneSided("attack on civilians"),
  "violence against civilians / abduction/forced disappearance": oneSided("abduction/forced disappearance"),
  "protests / peaceful protest": outside("peaceful protest", NOT_ARMED),
  "protests / protest with intervention": outside("protest with intervention", NOT_ARMED),
  "protests / excessive force against protesters": oneSided("excessive force against protesters"),
  "riots / violent demonstration": outside("violent demonstration", NOT_ARMED),
  "riots / mob violence": outside("mob violence", NOT_ARMED),
  "strategic developments / agreement": {
    label: "agreement",
    againstActor: "negotiated-with",
    againstCivilians: null,
    alone: null,
    notImported: "an agreement needs two parties",
  },
  "strategic developments / non-violent transfer of territory": capture("non-violent transfer of territory"),
  "strategic developments / disrupted weapons use": {
    label: "disrupted weapons use",
    againstActor: "clashed-with",
    againstCivilians: null,
    alone: null,
    notImported: "disrupted weapons use without an opponent states no relation",
  },
  "strategic developments / looting/property destruction": {
    label: "looting/property destruction",
    againstActor: "attacked",
    againstCivilians: "targeted-civilians",
    alone: null,
    notImported: "looting without a named victim states no relation",
  },
  "strategic developments / arrests": outside("arrests", NO_RELATION),
  "strategic developments / change to group/activity": outside("change to group/activity", NO_RELATION),
  "strategic developments / headquarters or base established": outside("base established", NO_RELATION),
  "strategic developments / other": outside("other", NO_RELATION),
};

/** The key of an ACLED category in ACLED_CATEGORIES. */
export function acledCategoryKey(eventType: string, subEventType: string): string {
  return `${eventType.trim().toLowerCase()} / ${subEventType.trim().toLowerCase()}`;
}

/** ACLED `inter1`/`inter2` actor types: which are armed actors and what entity kind they become. */
export const ACLED_ACTOR_TYPES: Readonly<Record<string, { label: string; armed: boolean }>> = {
  "1": { label: "state forces", armed: true },
  "2": { label: "rebel group", armed: true },
  "3": { label: "political militia", armed: true },
  "4": { label: "identity militia", armed: true },
  "5": { label: "rioters", armed: false },
  "6": { label: "protesters", armed: false },
  "7": { label: "civilians", armed: false },
  "8": { label: "external/other forces", armed: true },
};
