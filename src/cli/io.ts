import { terminalSafeJson } from "../data/visible-text.js";

/** Where a command writes: stdout for answers, stderr for notes and errors. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  /** Where an export written to stdout goes unchanged (a file's bytes, not text for the terminal); stdout when absent. */
  readonly exportOut?: { write(text: string): unknown };
}

/** Writes a value as pretty-printed JSON followed by a newline. */
export function writeJson(io: CliIo, value: unknown): void {
  io.stdout.write(`${terminalSafeJson(JSON.stringify(value, null, 2))}\n`);
}
