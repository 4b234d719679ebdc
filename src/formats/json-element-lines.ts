/**
 * The line each element of a JSON document's top-level arrays starts on (e.g. `nodes` and
 * `edges`), so an import can point at the element it rejects. Assumes text JSON.parse accepted.
 */
export function topLevelArrayLines(text: string): Map<string, number[]> {
  const lines = new Map<string, number[]>();
  let depth = 0;
  let line = 1;
  let key: string | null = null;
  let current: number[] | null = null;
  let awaiting = false;
  const startValue = () => {
    if (depth === 2 && current && awaiting) {
      current.push(line);
      awaiting = false;
    }
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    else if (c === 34) {
      startValue();
      let j = i + 1;
      while (j < text.length && text.charCodeAt(j) !== 34) j += text.charCodeAt(j) === 92 ? 2 : 1;
      if (depth === 1) key = text.slice(i + 1, j);
      i = j;
    } else if (c === 123 || c === 91) {
      startValue();
      depth++;
      if (depth === 2 && c === 91 && key !== null) {
        current = [];
        lines.set(key, current);
        awaiting = true;
      }
    } else if (c === 125 || c === 93) {
      depth--;
      if (depth === 1) current = null;
    } else if (c === 44) {
      if (depth === 2 && current) awaiting = true;
      if (depth === 1) key = null;
    } else if (c !== 32 && c !== 9 && c !== 13 && c !== 58) startValue();
  }
  return lines;
}
