import type { Entity, EntityKind } from "../model/core.js";
import { normalizeName } from "../model/core.js";
import type { EntityResolver } from "../query/entity-resolver.js";
import type { DatasetActor } from "./dataset-event.js";
import type { EntityIds, TakenNames } from "./entity-ids.js";
import type { EntityRecord } from "./entity-record.js";
import { slugId } from "./entity-ids.js";
import type { NameLookup } from "./name-table.js";
import { SimilarActors } from "./similar-actors.js";

const ARMED_KINDS: ReadonlySet<EntityKind> = new Set(["state", "armed-group", "coalition"]);

/** How a dataset name met an entity of the graph. */
export type ActorMatch = "table" | "name" | "state-forces" | "acronym";

/** An actor the import created because no entity answers to its name: to be reviewed. */
export interface CreatedActor {
  readonly id: string;
  readonly label: string;
  readonly kind: EntityKind;
  /** Every dataset name that led to it. */
  readonly names: string[];
  /** Why it has this kind ("GED: Government of …", "ACLED inter1 2: rebel group", "name table"). */
  readonly kindReason: string;
  /**
   * Existing entities that answer to the name in another sense (a person, an organization) or
   * whose name is alike (namesAlike: an acronym, the same distinctive words), never merged
   * automatically: for the reviewer.
   */
  readonly similar: string[];
  events: number;
}

/** A dataset name matched to an existing entity, and how. */
export interface MatchedActor {
  readonly name: string;
  readonly entity: string;
  readonly match: ActorMatch;
  events: number;
}

const GED_STATE = /^Government of (.+)$/;
const ACLED_STATE = /^(?:Military|Police) Forces of (?:the )?(.+?) \(\d{4}-\d{0,4}\)(.*)$/;
const ACRONYM = /^([A-Za-z][A-Za-z-]{0,9}): (.+)$/;

/**
 * Maps dataset actor names to entities: the name table first (graph-data's, then --map), then
 * state forces by their country, then an exact (case-, accent- and punctuation-insensitive) and
 * unambiguous name, id or alias of an armed entity. Anything else becomes a new entity of a kind
 * inferred from the dataset, listed for review with similar names; never a fuzzy merge.
 */
export class ActorReconciler {
  private readonly byName = new Map<string, string>();
  readonly created = new Map<string, CreatedActor>();
  readonly matched = new Map<string, MatchedActor>();
  /** The existing actors' names, indexed when the first actor is created. */
  private similarActors: SimilarActors | undefined;

  constructor(
    private readonly entities: ReadonlyMap<string, Entity>,
    private readonly resolver: EntityResolver,
    private readonly table: NameLookup,
    private readonly ids: EntityIds,
    private readonly names: TakenNames,
  ) {}

  /** An entity of the graph the import merges into; undefined for one this import creates. */
  known(id: string): Entity | undefined {
    return this.entities.get(id);
  }

  /** The entity id of a dataset actor (creating the entity when nothing answers to the name). */
  entityOf(actor: DatasetActor): string {
    const known = this.byName.get(actor.name);
    if (known !== undefined) {
      this.count(actor.name, known);
      return known;
    }
    const id = this.reconcile(actor);
    this.byName.set(actor.name, id);
    this.count(actor.name, id);
    return id;
  }

  private count(name: string, id: string): void {
    const created = this.created.get(id);
    if (created) created.events++;
    else {
      const matched = this.matched.get(name);
      if (matched) matched.events++;
    }
  }

  private reconcile(actor: DatasetActor): string {
    const { name } = actor;
    const pinned = this.table.actor(name);
    if (pinned) return this.fromTable(name, pinned.entity, pinned.label, pinned.kind);
    const state = GED_STATE.exec(name) ?? ACLED_STATE.exec(name);
    if (state) {
      const base = name.replace(/\)\s.*$/, ")");
      const pinnedBase = base !== name ? this.table.actor(base) : undefined;
      if (pinnedBase) return this.fromTable(name, pinnedBase.entity, pinnedBase.label, pinnedBase.kind);
      const country = state[1]!.trim();
      const found = this.exactArmed(country, "state");
      if (found) return this.match(name, found, "state-forces");
      return this.create(name, country, "state", `state forces of ${country}`);
    }
    const found = this.exactArmed(name);
    if (found) return this.match(name, found, "name");
    const acronym = ACRONYM.exec(name);
    const longName = acronym?.[2]?.trim();
    if (acronym && longName) {
      const byLong = this.exactArmed(longName) ?? this.exactArmed(acronym[1]!);
      if (byLong) return this.match(name, byLong, "acronym");
    }
    const label = longName ?? name;
    const pinnedLong = longName ? this.table.actor(longName) : undefined;
    if (pinnedLong) return this.fromTable(name, pinnedLong.entity, pinnedLong.label, pinnedLong.kind);
    const [kind, reason] = inferKind(actor);
    return this.create(name, label, kind, reason);
  }

  private fromTable(
    name: string,
    id: string,
    label: string | undefined,
    kind: EntityKind | undefined,
  ): string {
    if (this.entities.has(id)) return this.match(name, id, "table");
    const prior = this.created.get(id);
    if (prior) {
      if (!prior.names.includes(name)) prior.names.push(name);
      return id;
    }
    this.ids.claim(id);
    this.created.set(id, {
      id,
      label: this.claimLabel(label ?? name, kind ?? "armed-group"),
      kind: kind ?? "armed-group",
      names: [name],
      kindReason: "name table",
      similar: [],
      events: 0,
    });
    return id;
  }

  private match(name: string, id: string, how: ActorMatch): string {
    if (!this.created.has(id)) this.matched.set(name, { name, entity: id, match: how, events: 0 });
    return id;
  }

  /** The one armed entity (of `kind` when given) whose id, label or alias is exactly this name. */
  private exactArmed(name: string, kind?: EntityKind): string | undefined {
    const createdHere = [...this.created.values()].filter(
      (c) => c.label.toLowerCase() === name.toLowerCase() && (kind === undefined || c.kind === kind),
    );
    if (createdHere.length === 1) return createdHere[0]!.id;
    const candidates = this.resolver
      .resolve(name)
      .candidates.filter(
        (c) =>
          c.match !== "partial" &&
          ARMED_KINDS.has(c.entity.kind) &&
          (kind === undefined || c.entity.kind === kind),
      );
    return candidates.length === 1 ? candidates[0]!.entity.id : undefined;
  }

  private create(name: string, label: string, kind: EntityKind, kindReason: string): string {
    const sameLabel = [...this.created.values()].find(
      (c) => (c.label === label || c.names.includes(label)) && c.kind === kind,
    );
    if (sameLabel) {
      sameLabel.names.push(name);
      return sameLabel.id;
    }
    const id = this.ids.claim(slugId(label, "actor"));
    const claimed = this.claimLabel(label, kind);
    const names = label === name ? [name] : [name, label];
    const named = this.resolver
      .resolve(label)
      .candidates.filter((c) => c.entity.kind !== "place")
      .map((c) => c.entity.id);
    this.similarActors ??= new SimilarActors(this.entities.values());
    this.created.set(id, {
      id,
      label: claimed,
      kind,
      names,
      kindReason,
      similar: [...new Set([...named, ...this.similarActors.of(names)])],
      events: 0,
    });
    return id;
  }

  /** A label for a new actor: the name itself, or qualified by its kind when another entity has that name. */
  private claimLabel(label: string, kind: EntityKind): string {
    return this.names.claim(label, [`${label} (${kind.replace("-", " ")})`], []).label;
  }

  /**
   * The entities created, as graph-data entities: the dataset names become aliases (or shared
   * names when another entity already answers to them).
   */
  createdEntities(datasetLabel: string): EntityRecord[] {
    return [...this.created.values()].map((c) => {
      const aliases: string[] = [];
      const sharedNames: string[] = [];
      for (const n of new Set(c.names)) {
        if (normalizeName(n) === normalizeName(c.label)) continue;
        if (this.names.has(n)) sharedNames.push(n);
        else {
          this.names.add(n);
          aliases.push(n);
        }
      }
      return {
        id: c.id,
        label: c.label,
        kind: c.kind,
        aliases,
        ...(sharedNames.length > 0 ? { sharedNames } : {}),
        description: `Actor named in ${datasetLabel}; created by the import (${c.kindReason}), to be reviewed.`,
      };
    });
  }
}

/** The entity kind of an unmatched actor, from what the dataset says about it. */
function inferKind(actor: DatasetActor): [EntityKind, string] {
  switch (actor.typeCode) {
    case "1":
      return ["state", "ACLED inter code 1: state forces"];
    case "2":
      return ["armed-group", "ACLED inter code 2: rebel group"];
    case "3":
      return ["armed-group", "ACLED inter code 3: political militia"];
    case "4":
      return ["armed-group", "ACLED inter code 4: identity militia"];
    case "8":
      return ["armed-group", "ACLED inter code 8: external/other forces"];
    case undefined:
      return ["armed-group", "UCDP GED side that is not a government"];
    default:
      return ["armed-group", `ACLED inter code ${actor.typeCode}`];
  }
}
