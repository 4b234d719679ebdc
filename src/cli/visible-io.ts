import { visibleText } from "../data/visible-text.js";
import type { CliIo } from "./io.js";

/**
 * The CLI's output layer: everything a command writes to stdout or stderr passes through
 * visibleText, so no string from data or arguments reaches the terminal with a raw control
 * character. An export written to stdout keeps its bytes (`exportOut`): it is a file, not text
 * for the terminal (its writers already replace what its format cannot carry).
 */
export function visibleIo(io: CliIo): CliIo {
  return {
    stdout: { write: (text: string) => io.stdout.write(visibleText(text)) },
    stderr: { write: (text: string) => io.stderr.write(visibleText(text)) },
    exportOut: io.exportOut ?? io.stdout,
  };
}
