import { distance } from "fastest-levenshtein";

/**
 * A "did you mean" for an option parseArgs does not know (`--kind` → `--kinds`): the known option
 * closest in spelling, when it is close. Empty when none is.
 */
export function didYouMeanOption(unknown: string, known: readonly string[]): string {
  const name = unknown.replace(/^-+/, "").split("=")[0]!;
  const scored = known
    .map((k) => ({ k, d: k.startsWith(name) || name.startsWith(k) ? 1 : distance(name, k) }))
    .filter(({ d }) => d <= (name.length >= 4 ? 2 : 1))
    .sort((a, b) => a.d - b.d || a.k.localeCompare(b.k));
  return scored.length > 0 ? ` Did you mean --${scored[0]!.k}?` : "";
}
