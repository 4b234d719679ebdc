/** Exit codes of the CLI. */
export const EXIT = { ok: 0, noMatch: 1, badInput: 2 } as const;

/** An error that ends a command with a message on stderr and a given exit code. */
export class CliError extends Error {
  constructor(
    readonly exitCode: number,
    message: string,
  ) {
    super(message);
    this.name = "CliError";
  }
}

/** Bad arguments, a bad date, invalid data: exit 2. */
export function badInput(message: string): CliError {
  return new CliError(EXIT.badInput, message);
}

/** Nothing matches a name, or no answer exists: exit 1. */
export function noMatch(message: string): CliError {
  return new CliError(EXIT.noMatch, message);
}
