/**
 * External material the tests read but the repository does not hold: the corpus of reports, the
 * GEXF 1.3 RELAX NG schema and the third-party reference data. Each is found through an
 * environment variable or in the `shared` folder beside the repository; tests that need one that
 * is missing are skipped with a message naming it and how to provide it.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { describe, it } from "vitest";

/** The repository's root folder. */
const ROOT = resolve(import.meta.dirname, "..", "..");

/** The folder beside the repository that holds the external material, when present. */
export const SHARED_DIR = resolve(ROOT, "..", "shared");

/** One piece of external material: where it is (null when absent) and what to do when it is not. */
export interface SharedMaterial {
  /** What it is, in a few words. */
  readonly name: string;
  /** The folder or file, or null when it was not found. */
  readonly path: string | null;
  /** How to provide it. */
  readonly howToProvide: string;
}

/** Finds material through an environment variable first, then beside the repository. */
function locate(name: string, envVar: string, besideRepository: string, file = ""): SharedMaterial {
  const fromEnv = process.env[envVar];
  const candidate = fromEnv ? resolve(fromEnv) : resolve(SHARED_DIR, besideRepository);
  const found = existsSync(file ? resolve(candidate, file) : candidate);
  return {
    name,
    path: found ? candidate : null,
    howToProvide: `set ${envVar}=DIR or place it at ../shared/${besideRepository} beside the repository`,
  };
}

/** The corpus of reports evidence cites (FAULTLINE_CORPUS, else ../shared/corpus). */
export const CORPUS = locate("the corpus of reports", "FAULTLINE_CORPUS", "corpus");

/** The GEXF 1.3 RELAX NG schema folder (FAULTLINE_GEXF_SCHEMA, else ../shared/schemas/gexf-1.3). */
export const GEXF_SCHEMA = locate(
  "the GEXF 1.3 RELAX NG schema",
  "FAULTLINE_GEXF_SCHEMA",
  "schemas/gexf-1.3",
  "gexf.rng",
);

/** Third-party conflict data for importers (FAULTLINE_REFERENCE_DATA, else ../shared/reference-data). */
export const REFERENCE_DATA = locate("the reference data", "FAULTLINE_REFERENCE_DATA", "reference-data");

/** Every piece of external material, for a summary of what is missing. */
export const ALL_SHARED_MATERIAL: readonly SharedMaterial[] = [CORPUS, GEXF_SCHEMA, REFERENCE_DATA];

/** A file inside present material (throws when the material is missing: guard the test first). */
export function materialFile(material: SharedMaterial, ...parts: string[]): string {
  if (material.path === null) throw new Error(missingMessage([material]));
  return resolve(material.path, ...parts);
}

/** The message a skipped test carries: what is missing and how to provide it. */
export function missingMessage(materials: readonly SharedMaterial[]): string {
  const missing = materials.filter((m) => m.path === null);
  return `skipped: ${missing.map((m) => `${m.name} is missing (${m.howToProvide})`).join("; ")}`;
}

/** The test name to use: the name itself, or the name with the skip reason when material is missing. */
function named(name: string, materials: readonly SharedMaterial[]): string {
  return materials.every((m) => m.path !== null) ? name : `${name} [${missingMessage(materials)}]`;
}

/** True when any of the materials is missing. */
function anyMissing(materials: readonly SharedMaterial[]): boolean {
  return materials.some((m) => m.path === null);
}

/**
 * `describe` that runs only when every material is present; otherwise the block is skipped and its
 * name says what is missing and how to provide it. Usage: `describeWith([CORPUS])("name", () => …)`.
 */
export function describeWith(materials: readonly SharedMaterial[]) {
  return (name: string, body: () => void) =>
    describe.skipIf(anyMissing(materials))(named(name, materials), body);
}

/** `it` that runs only when every material is present; the skipped test's name says what is missing. */
export function itWith(materials: readonly SharedMaterial[]) {
  return (name: string, body: () => unknown, timeout?: number) =>
    it.skipIf(anyMissing(materials))(named(name, materials), body, timeout);
}
