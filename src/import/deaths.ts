/** Deaths as an event dataset counts them: best estimate, with low and high bounds when given. */
export interface Deaths {
  readonly best: number;
  readonly low?: number;
  readonly high?: number;
}

/** Reads a death count cell: a whole number ≥ 0, or null when it is not one. */
export function parseCount(text: string): number | null {
  const t = text.trim();
  if (!/^\d+$/.test(t)) return null;
  return Number(t);
}
