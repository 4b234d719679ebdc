/**
 * JSON text as the repository's formatter (prettier, `printWidth` 110) writes graph-data files, so
 * that a folder `review` updates shows no formatting change: objects one key per line (as they
 * are written in graph-data), an array on one line when it fits with its key and comma, else one
 * item per line (numbers packed as many to a line as fit); two-space indentation; a final newline.
 */
export function formatGraphDataJson(value: unknown, printWidth = 110): string {
  return `${print(value as Json, 0, 0, printWidth, 0)}\n`;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isObject = (v: Json): v is { [key: string]: Json } =>
  v !== null && typeof v === "object" && !Array.isArray(v);

/** The value on one line, or null when it holds a non-empty object (objects are always expanded). */
function flat(value: Json): string | null {
  if (isObject(value)) return Object.keys(value).length === 0 ? "{}" : null;
  if (!Array.isArray(value)) return JSON.stringify(value);
  const items = value.map(flat);
  return items.includes(null) ? null : `[${items.join(", ")}]`;
}

/** prettier breaks an array of several arrays (or objects) that each hold several items. */
function mustBreak(items: readonly Json[]): boolean {
  return (
    items.length > 1 &&
    items.every((v) => (Array.isArray(v) ? v.length > 1 : isObject(v) && Object.keys(v).length > 1)) &&
    items.every((v) => Array.isArray(v) === Array.isArray(items[0]))
  );
}

/** `used`: characters already on the line before the value; `tail`: what follows it there (a comma). */
function print(value: Json, indent: number, used: number, width: number, tail: number): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  const pad = " ".repeat(indent + 2);
  const close = " ".repeat(indent);
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    const inline = mustBreak(value) ? null : flat(value);
    if (inline !== null && used + inline.length + tail <= width) return inline;
    if (value.every((v) => typeof v === "number")) return packed(value as number[], pad, close, width);
    const items = value.map(
      (v, i) => `${pad}${print(v, indent + 2, pad.length, width, i < value.length - 1 ? 1 : 0)}`,
    );
    return `[\n${items.join(",\n")}\n${close}]`;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return "{}";
  const lines = entries.map(([k, v], i) => {
    const key = `${JSON.stringify(k)}: `;
    const tailHere = i === entries.length - 1 ? 0 : 1;
    return `${pad}${key}${print(v, indent + 2, pad.length + key.length, width, tailHere)}`;
  });
  return `{\n${lines.join(",\n")}\n${close}}`;
}

/** An array of numbers that does not fit on one line: as many to a line as fit (prettier's fill). */
function packed(numbers: readonly number[], pad: string, close: string, width: number): string {
  const lines: string[] = [];
  let line = "";
  numbers.forEach((n, i) => {
    const item = `${JSON.stringify(n)}${i < numbers.length - 1 ? "," : ""}`;
    if (line !== "" && pad.length + line.length + 1 + item.length > width) {
      lines.push(line);
      line = item;
    } else line = line === "" ? item : `${line} ${item}`;
  });
  lines.push(line);
  return `[\n${lines.map((l) => `${pad}${l}`).join("\n")}\n${close}]`;
}
