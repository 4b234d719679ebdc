import { readFile } from "node:fs/promises";
import type { Problem } from "./problem.js";

/** The parsed content of a JSON file, or the problem that stopped it being read. */
export type JsonRead = { ok: true; value: unknown } | { ok: false; problem: Problem };

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - before.lastIndexOf("\n");
  return `line ${line}, column ${column}`;
}

/** Reads and parses one JSON file; a syntax error is reported with its line and column. */
export async function readJsonFile(file: string, displayName: string): Promise<JsonRead> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    return {
      ok: false,
      problem: { file: displayName, path: "$", message: `cannot read: ${(error as Error).message}` },
    };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const where = position ? ` (${lineAndColumn(text, Number(position[1]))})` : "";
    return {
      ok: false,
      problem: { file: displayName, path: "$", message: `invalid JSON${where}: ${message}` },
    };
  }
}
