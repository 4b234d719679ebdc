/**
 * The exit status of the `faultline` command: 0 answered, 1 nothing matches a name or no answer
 * exists, 2 bad input or invalid data. Errors become these codes in one place: src/cli/main.ts.
 */
export const EXIT = { ok: 0, noMatch: 1, badInput: 2 } as const;
