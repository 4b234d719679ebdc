/** First position in [from, to) of sorted `keys` whose key is ≥ x (`to` when none). */
export function lowerBound(keys: ArrayLike<number>, from: number, to: number, x: number): number {
  let a = from;
  let b = to;
  while (a < b) {
    const m = (a + b) >>> 1;
    if (keys[m]! < x) a = m + 1;
    else b = m;
  }
  return a;
}

/** First position in [from, to) of sorted `keys` whose key is > x (`to` when none). */
export function upperBound(keys: ArrayLike<number>, from: number, to: number, x: number): number {
  let a = from;
  let b = to;
  while (a < b) {
    const m = (a + b) >>> 1;
    if (keys[m]! <= x) a = m + 1;
    else b = m;
  }
  return a;
}
