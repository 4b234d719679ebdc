import type { Entity, PlaceKind } from "../model/index.js";
import { normalizeName } from "../model/index.js";
import type { EntityResolver } from "../query/entity-resolver.js";
import type { DatasetPlace } from "./dataset-event.js";
import type { EntityRecord } from "./entity-record.js";
import type { EntityIds } from "./entity-ids.js";
import { slugId } from "./entity-ids.js";
import type { NameLookup } from "./name-table.js";

/** Places named alike within this distance are one place (GED "within 25 km" is where_prec 2). */
export const SAME_PLACE_KM = 10;

/** Kinds of place that are points: only these need to be near to be the same place. */
const POINT_KINDS: ReadonlySet<PlaceKind> = new Set([
  "city",
  "town",
  "village",
  "neighbourhood",
  "site",
  "crossing",
]);

/** Trailing words that say what kind of place a dataset name is ("Teir Maaleh village"). */
const KIND_WORDS: Readonly<Record<string, PlaceKind>> = {
  village: "village",
  town: "town",
  city: "city",
  suburb: "neighbourhood",
  neighbourhood: "neighbourhood",
  neighborhood: "neighbourhood",
  district: "region",
  subdistrict: "region",
  area: "region",
  governorate: "province",
  province: "province",
  airport: "site",
  airbase: "site",
  base: "site",
  camp: "site",
  dam: "site",
  field: "site",
  mountain: "site",
  crossing: "crossing",
};

/** A place known to the register: existing in the graph or created by this import. */
interface KnownPlace {
  readonly id: string;
  readonly lat: number;
  readonly lon: number;
  readonly placeKind: PlaceKind;
}

/** A place or province the import created, with the running mean of its events' coordinates for provinces. */
interface CreatedPlace {
  readonly entity: EntityRecord & { aliases: string[]; place: NonNullable<EntityRecord["place"]> };
  readonly province: string | null;
  sumLat: number;
  sumLon: number;
  events: number;
}

/** Great-circle distance in km. */
export function distanceKm(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const rad = Math.PI / 180;
  const dLat = (bLat - aLat) * rad;
  const dLon = (bLon - aLon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(aLat * rad) * Math.cos(bLat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The name without a trailing kind word, and the kind that word names (null when none). */
export function splitKindWord(name: string): { core: string; kind: PlaceKind | null } {
  const words = name.trim().split(/\s+/);
  const last = words[words.length - 1]?.toLowerCase() ?? "";
  const kind = words.length > 1 ? KIND_WORDS[last] : undefined;
  return kind ? { core: words.slice(0, -1).join(" "), kind } : { core: name.trim(), kind: null };
}

/**
 * Event places and provinces: a dataset place is an existing or earlier place when the names agree
 * (ignoring a trailing kind word) and it lies within SAME_PLACE_KM; provinces come from the name
 * table or an unambiguous province of the graph, else they are created once.
 */
export class PlaceRegister {
  private readonly byName = new Map<string, KnownPlace[]>();
  private readonly labels = new Map<string, string>();
  private readonly provinceOf = new Map<string, string | null>();
  readonly created = new Map<string, CreatedPlace>();
  /** Existing places (provinces included) the events were matched to. */
  readonly matched = new Set<string>();

  constructor(
    entities: Iterable<Entity>,
    private readonly resolver: EntityResolver,
    private readonly table: NameLookup,
    private readonly ids: EntityIds,
  ) {
    for (const e of entities) {
      this.labels.set(e.id, e.label);
      if (!e.place) continue;
      const known = { id: e.id, lat: e.place.lat, lon: e.place.lon, placeKind: e.place.placeKind };
      for (const name of [e.label, ...e.aliases, ...(e.sharedNames ?? [])]) this.index(name, known);
    }
  }

  private index(name: string, place: KnownPlace): void {
    const key = normalizeName(splitKindWord(name).core);
    const list = this.byName.get(key);
    if (!list) this.byName.set(key, [place]);
    else if (!list.some((p) => p.id === place.id)) list.push(place);
  }

  /** The province entity id for a dataset's first-level unit name (null when none is given). */
  province(name: string): string | null {
    if (name.trim() === "") return null;
    const known = this.provinceOf.get(name);
    if (known !== undefined) return known;
    let id: string;
    const pinned = this.table.province(name);
    const existing = this.resolver
      .resolve(name)
      .candidates.filter((c) => c.entity.kind === "place" && c.entity.place?.placeKind === "province");
    if (pinned && !this.created.has(pinned.entity) && this.ids.has(pinned.entity)) {
      id = pinned.entity;
      this.matched.add(id);
    } else if (!pinned && existing.length === 1) {
      id = existing[0]!.entity.id;
      this.matched.add(id);
    } else {
      const label = pinned?.label ?? name.trim();
      const prior = [...this.created.values()].find((c) => c.entity.label === label);
      id = prior ? prior.entity.id : this.ids.claim(pinned?.entity ?? slugId(label, "province"));
      if (!prior) {
        this.created.set(id, {
          entity: {
            id,
            label,
            kind: "place",
            aliases: label === name.trim() ? [] : [name.trim()],
            place: { placeKind: "province", lat: 0, lon: 0, approximate: true },
          },
          province: null,
          sumLat: 0,
          sumLon: 0,
          events: 0,
        });
      } else if (!prior.entity.aliases.includes(name.trim()) && prior.entity.label !== name.trim()) {
        prior.entity.aliases.push(name.trim());
      }
    }
    this.provinceOf.set(name, id);
    return id;
  }

  /** The place entity id of an event's place, matching by name and nearness or creating it. */
  placeOf(place: DatasetPlace): string {
    const provinceId = this.province(place.province);
    const createdProvince = provinceId === null ? undefined : this.created.get(provinceId);
    if (createdProvince) {
      createdProvince.sumLat += place.lat;
      createdProvince.sumLon += place.lon;
      createdProvince.events++;
    }
    const { core, kind } = splitKindWord(place.name);
    if (
      kind === "province" &&
      provinceId !== null &&
      normalizeName(place.name) === normalizeName(place.province)
    ) {
      return provinceId;
    }
    const key = normalizeName(core);
    const candidates = this.byName.get(key) ?? [];
    const near = candidates
      .map((p) => ({ p, km: distanceKm(place.lat, place.lon, p.lat, p.lon) }))
      .filter(({ p, km }) => km <= SAME_PLACE_KM || !POINT_KINDS.has(p.placeKind))
      .sort((a, b) => a.km - b.km)[0];
    if (near) {
      if (this.created.has(near.p.id)) this.created.get(near.p.id)!.events++;
      else this.matched.add(near.p.id);
      return near.p.id;
    }
    const id = this.ids.claim(slugId(core, "place"));
    const names = core === place.name.trim() ? [core] : [core, place.name.trim()];
    const homonym = candidates.length > 0;
    const where = provinceId === null ? undefined : this.labelOf(provinceId);
    const label = homonym
      ? `${core} (${where ?? `${place.lat.toFixed(3)}, ${place.lon.toFixed(3)}`}${candidates.some((c) => this.labelOf(c.id)?.endsWith(`(${where})`)) ? ` ${place.lat.toFixed(3)}, ${place.lon.toFixed(3)}` : ""})`
      : core;
    const entity: CreatedPlace["entity"] = {
      id,
      label,
      kind: "place",
      aliases: homonym ? [] : names.slice(1),
      ...(homonym ? { sharedNames: names } : {}),
      place: {
        placeKind: kind === "province" ? "region" : (kind ?? "site"),
        lat: place.lat,
        lon: place.lon,
        approximate: place.precision > 1,
      },
    };
    this.created.set(id, { entity, province: provinceId, sumLat: place.lat, sumLon: place.lon, events: 1 });
    this.index(core, { id, lat: place.lat, lon: place.lon, placeKind: entity.place.placeKind });
    return id;
  }

  private labelOf(id: string): string | undefined {
    return this.created.get(id)?.entity.label ?? this.labels.get(id);
  }

  /** The places created, provinces placed at the mean of their events' coordinates. */
  createdEntities(): { entity: EntityRecord; province: string | null }[] {
    return [...this.created.values()].map((c) => {
      if (c.entity.place?.placeKind !== "province" || c.province !== null) return c;
      const n = Math.max(1, c.events);
      const lat = Math.round((c.sumLat / n) * 1e4) / 1e4;
      const lon = Math.round((c.sumLon / n) * 1e4) / 1e4;
      return { entity: { ...c.entity, place: { ...c.entity.place, lat, lon } }, province: null };
    });
  }
}
