import { closeSync, openSync, writeSync } from "node:fs";
import { seededRandom } from "../src/analysis/seeded-random.js";
import { dayToIso, edtf } from "../src/model/core.js";

/** The current ACLED export columns (with the extra ones newer exports carry). */
const HEADER = [
  "event_id_cnty",
  "event_date",
  "year",
  "time_precision",
  "disorder_type",
  "event_type",
  "sub_event_type",
  "actor1",
  "assoc_actor_1",
  "inter1",
  "actor2",
  "assoc_actor_2",
  "inter2",
  "interaction",
  "civilian_targeting",
  "iso",
  "region",
  "country",
  "admin1",
  "admin2",
  "admin3",
  "location",
  "latitude",
  "longitude",
  "geo_precision",
  "source",
  "source_scale",
  "notes",
  "fatalities",
  "tags",
  "timestamp",
];

const CATEGORIES: readonly [string, string, number][] = [
  ["Battles", "Armed clash", 40],
  ["Explosions/Remote violence", "Shelling/artillery/missile attack", 25],
  ["Explosions/Remote violence", "Air/drone strike", 10],
  ["Violence against civilians", "Attack", 10],
  ["Battles", "Non-state actor overtakes territory", 3],
  ["Strategic developments", "Agreement", 2],
  ["Protests", "Peaceful protest", 5],
  ["Strategic developments", "Arrests", 5],
];

const PROVINCES = [
  "Idleb",
  "Aleppo",
  "Hama",
  "Homs",
  "Deir-ez-Zor",
  "Ar-Raqqa",
  "Al-Hasakeh",
  "Dar'a",
  "Rural Damascus",
];

/**
 * Writes a synthetic ACLED-layout CSV of `rows` invented events (never real ACLED rows): 400 actors
 * (state forces, rebels, militias) with associated actors on a fifth of the rows, 5,000 places in
 * nine provinces, 2017–2024, the category mix of a war (clashes, shelling, strikes, violence
 * against civilians, captures, agreements, and protests and arrests that the importer rejects).
 */
export function writeSyntheticAcled(path: string, rows: number, seed = 7): void {
  const random = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const states = [
    "Military Forces of Syria (2000-)",
    "Military Forces of Turkey (2016-)",
    "Military Forces of Russia (2000-)",
  ];
  const groups = Array.from({ length: 400 }, (_, i) => `Synthetic Brigade ${i + 1}`);
  const places = Array.from({ length: 5000 }, (_, i) => ({
    name: `Synthetic Village ${i + 1}`,
    province: PROVINCES[i % PROVINCES.length]!,
    lat: (32.5 + random() * 4.5).toFixed(4),
    lon: (35.8 + random() * 6).toFixed(4),
  }));
  const weights = CATEGORIES.reduce((s, c) => s + c[2], 0);
  const category = () => {
    let r = random() * weights;
    for (const c of CATEGORIES) if ((r -= c[2]) < 0) return c;
    return CATEGORIES[0]!;
  };
  const first = edtf("2017-01-01").lo;
  const span = edtf("2024-12-31").lo - first;
  const fd = openSync(path, "w");
  let buffer = `${HEADER.join(",")}\n`;
  for (let i = 1; i <= rows; i++) {
    const [type, sub] = category();
    const place = pick(places);
    const state = random() < 0.4;
    const actor1 = state ? pick(states) : pick(groups);
    const inter1 = state ? "1" : "2";
    const protest = type === "Protests";
    const civilians = type === "Violence against civilians";
    const alone = sub === "Air/drone strike" && random() < 0.5;
    const actor2 = protest || alone ? "" : civilians ? "Civilians (Syria)" : pick(groups);
    const inter2 = protest || alone ? "0" : civilians ? "7" : "2";
    const assoc1 = random() < 0.2 ? pick(groups) : "";
    const day = dayToIso(first + Math.floor(random() * span));
    const precision = random() < 0.9 ? "1" : random() < 0.5 ? "2" : "3";
    const row = [
      `SYN${i}`,
      day,
      day.slice(0, 4),
      precision,
      "Political violence",
      type,
      sub,
      protest ? "Protesters (Syria)" : actor1,
      assoc1,
      protest ? "6" : inter1,
      actor2,
      "",
      inter2,
      "",
      civilians ? "Civilian targeting" : "",
      "760",
      "Middle East",
      "Syria",
      place.province,
      "",
      "",
      place.name,
      place.lat,
      place.lon,
      String(1 + Math.floor(random() * 3)),
      "Synthetic Source",
      "Local partner",
      "A synthetic event for the benchmark.",
      String(Math.floor(random() * 6)),
      "",
      String(1_740_000_000 + (i % 1000)),
    ];
    buffer += `${row.join(",")}\n`;
    if (buffer.length > 1 << 20) {
      writeSync(fd, buffer);
      buffer = "";
    }
  }
  writeSync(fd, buffer);
  closeSync(fd);
}
