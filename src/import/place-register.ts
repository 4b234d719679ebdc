import type { Entity, PlaceKind } from "../model/core.js";
import { normalizeName } from "../model/core.js";
import type { EntityResolver } from "../query/entity-resolver.js";
import type { DatasetPlace } from "./dataset-event.js";
import type { EntityIds, TakenNames } from "./entity-ids.js";
import { slugId } from "./entity-ids.js";
import type { EntityRecord } from "./entity-record.js";
import type { NameLookup } from "./name-table.js";

/** Points named alike within this distance are one place (GED's where_prec 2 is "within 25 km"). */
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

/** A place entity written by the import. */
type PlaceRecord = EntityRecord & {
  aliases: string[];
  sharedNames: string[];
  place: NonNullable<EntityRecord["place"]>;
};

/** A place or province the import created, with the sum of its events' coordinates (provinces are put at their mean). */
interface CreatedPlace {
  readonly entity: PlaceRecord;
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
 * Event places and provinces. A dataset place is an existing or earlier place when the names agree
 * (ignoring a trailing kind word) and, for points (towns, villages, sites), it lies within
 * SAME_PLACE_KM; an area (district, region, country) matches an area of that name. Provinces come
 * from the name table or an unambiguous province of the graph, else they are created once.
 */
export class PlaceRegister {
  private readonly byName = new Map<string, KnownPlace[]>();
  private readonly provinceOf = new Map<string, string | null>();
  private readonly labels = new Map<string, string>();
  readonly created = new Map<string, CreatedPlace>();
  /** Existing places (provinces included) the events were matched to. */
  readonly matched = new Set<string>();

  constructor(
    entities: Iterable<Entity>,
    private readonly resolver: EntityResolver,
    private readonly table: NameLookup,
    private readonly ids: EntityIds,
    private readonly names: TakenNames,
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

  private labelOf(id: string): string | undefined {
    return this.created.get(id)?.entity.label ?? this.labels.get(id);
  }

  /** The province entity id for a dataset's first-level unit name (null when none is given). */
  province(name: string): string | null {
    const given = name.trim();
    if (given === "") return null;
    const known = this.provinceOf.get(given);
    if (known !== undefined) return known;
    const pinned = this.table.province(given);
    let id: string | undefined;
    if (pinned) {
      if (this.created.has(pinned.entity)) id = pinned.entity;
      else if (this.ids.has(pinned.entity)) {
        id = pinned.entity;
        this.matched.add(id);
      }
    } else {
      const existing = this.resolver
        .resolve(given)
        .candidates.filter((c) => c.entity.kind === "place" && c.entity.place?.placeKind === "province");
      if (existing.length === 1) {
        id = existing[0]!.entity.id;
        this.matched.add(id);
      }
    }
    if (id === undefined) {
      const label = pinned?.label ?? given;
      id = this.ids.claim(pinned?.entity ?? slugId(label, "province"));
      const names = this.names.claim(label, [`${label} (province)`], label === given ? [] : [given]);
      this.created.set(id, {
        entity: {
          id,
          kind: "place",
          ...names,
          place: { placeKind: "province", lat: 0, lon: 0, approximate: true },
        },
        province: null,
        sumLat: 0,
        sumLon: 0,
        events: 0,
      });
    } else {
      const prior = this.created.get(id);
      const aliases = prior?.entity.aliases;
      if (prior && aliases && prior.entity.label !== given && !aliases.includes(given)) {
        if (this.names.has(given)) {
          if (!prior.entity.sharedNames.includes(given)) prior.entity.sharedNames.push(given);
        } else {
          this.names.add(given);
          aliases.push(given);
        }
      }
    }
    this.provinceOf.set(given, id);
    return id;
  }

  /**
   * Answers already given, by the dataset place's name and province, then its coordinates and
   * area flag (a short list: one name is met at few coordinates).
   */
  private readonly answered = new Map<string, { lat: number; lon: number; area: boolean; id: string }[]>();

  /** The place entity id of an event's place, matching by name and nearness or creating it. */
  placeOf(place: DatasetPlace): string {
    const provinceId = this.province(place.province);
    const createdProvince = provinceId === null ? undefined : this.created.get(provinceId);
    if (
      createdProvince &&
      createdProvince.province === null &&
      createdProvince.entity.place.placeKind === "province"
    ) {
      createdProvince.sumLat += place.lat;
      createdProvince.sumLon += place.lon;
      createdProvince.events++;
    }
    const key = `${place.name}\u0000${place.province}`;
    let answers = this.answered.get(key);
    const known = answers?.find((a) => a.lat === place.lat && a.lon === place.lon && a.area === place.area);
    if (known !== undefined) {
      const created = this.created.get(known.id);
      if (created && created.entity.place.placeKind !== "province") created.events++;
      return known.id;
    }
    const id = this.findOrCreate(place, provinceId);
    if (!answers) this.answered.set(key, (answers = []));
    answers.push({ lat: place.lat, lon: place.lon, area: place.area, id });
    return id;
  }

  /** Finds the place a dataset place denotes, or creates it. */
  private findOrCreate(place: DatasetPlace, provinceId: string | null): string {
    const { core, kind: namedKind } = splitKindWord(place.name);
    if (provinceId !== null && normalizeName(place.name) === normalizeName(place.province)) return provinceId;
    const isArea = namedKind !== null ? !POINT_KINDS.has(namedKind) : place.area;
    const key = normalizeName(core);
    const candidates = this.byName.get(key) ?? [];
    const near = candidates
      .filter((p) => POINT_KINDS.has(p.placeKind) !== isArea)
      .map((p) => ({ p, km: distanceKm(place.lat, place.lon, p.lat, p.lon) }))
      .filter(({ p, km }) => isArea || km <= SAME_PLACE_KM || !POINT_KINDS.has(p.placeKind))
      .sort((a, b) => rank(a.p, namedKind) - rank(b.p, namedKind) || a.km - b.km)[0];
    if (near) {
      if (this.created.has(near.p.id)) this.created.get(near.p.id)!.events++;
      else this.matched.add(near.p.id);
      return near.p.id;
    }
    const placeKind: PlaceKind =
      namedKind === "province" ? "region" : (namedKind ?? (isArea ? "region" : "site"));
    const id = this.ids.claim(slugId(core, "place"));
    const where = provinceId === null ? undefined : this.labelOf(provinceId);
    const at = `${place.lat.toFixed(3)}, ${place.lon.toFixed(3)}`;
    const qualified = [where ? `${core} (${where})` : `${core} (${at})`, `${core} (${where ?? "?"}, ${at})`];
    const names = this.names.claim(core, qualified, core === place.name.trim() ? [] : [place.name.trim()]);
    const entity: PlaceRecord = {
      id,
      kind: "place",
      ...names,
      place: { placeKind, lat: place.lat, lon: place.lon, approximate: place.precision > 1 },
    };
    this.created.set(id, { entity, province: provinceId, sumLat: place.lat, sumLon: place.lon, events: 1 });
    this.index(core, { id, lat: place.lat, lon: place.lon, placeKind });
    return id;
  }

  /** The places created, provinces placed at the mean of their events' coordinates. */
  createdEntities(): { entity: EntityRecord; province: string | null }[] {
    return [...this.created.values()].map((c) => {
      const { sharedNames, ...rest } = c.entity;
      const entity: EntityRecord = sharedNames.length === 0 ? rest : c.entity;
      if (c.entity.place.placeKind !== "province" || c.province !== null)
        return { entity, province: c.province };
      const n = Math.max(1, c.events);
      const lat = Math.round((c.sumLat / n) * 1e4) / 1e4;
      const lon = Math.round((c.sumLon / n) * 1e4) / 1e4;
      return { entity: { ...entity, place: { ...c.entity.place, lat, lon } }, province: null };
    });
  }
}

/** Candidates whose kind is the one the dataset's name says come first. */
function rank(p: KnownPlace, namedKind: PlaceKind | null): number {
  return namedKind !== null && p.placeKind === namedKind ? 0 : 1;
}
