import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";

/** The environment variable that names the corpus folder. */
export const CORPUS_ENV = "FAULTLINE_CORPUS";

/** The corpus folder beside the repository (`../shared/corpus`); this file is two folders below the root. */
const BESIDE_REPOSITORY = resolve(import.meta.dirname, "..", "..", "..", "shared", "corpus");

/** Where the corpus was found (or why not), so commands can say which paragraph checks ran. */
export interface CorpusLocation {
  /** The corpus folder, or null when none was found. */
  readonly dir: string | null;
  /** How it was found: `--corpus`, the environment variable or the folder beside the repository. */
  readonly from: "option" | "environment" | "beside-repository" | null;
  /** Why a configured folder was not used (it does not exist or is not a folder). */
  readonly problem: string | null;
}

/** How to make the corpus available, for messages shown when it is missing. */
export const HOW_TO_PROVIDE_CORPUS = `pass --corpus DIR, set ${CORPUS_ENV}=DIR, or place the corpus at ../shared/corpus beside the repository`;

const isFolder = (dir: string) => existsSync(dir) && statSync(dir).isDirectory();

/**
 * Finds the corpus of reports: the `--corpus` option, else FAULTLINE_CORPUS, else `../shared/corpus`
 * beside the repository when present. A configured folder that does not exist is reported, not used.
 */
export function locateCorpus(
  option: string | undefined = undefined,
  env: Readonly<Record<string, string | undefined>> = process.env,
  besideRepository: string = BESIDE_REPOSITORY,
): CorpusLocation {
  const configured: [string, "option" | "environment"] | null = option
    ? [option, "option"]
    : env[CORPUS_ENV]
      ? [env[CORPUS_ENV], "environment"]
      : null;
  if (configured) {
    const [given, from] = configured;
    const dir = resolve(given);
    if (isFolder(dir)) return { dir, from, problem: null };
    const by = from === "option" ? "--corpus" : CORPUS_ENV;
    return { dir: null, from: null, problem: `${by} names ${given}, which is not a folder` };
  }
  if (isFolder(besideRepository)) return { dir: besideRepository, from: "beside-repository", problem: null };
  return { dir: null, from: null, problem: null };
}
