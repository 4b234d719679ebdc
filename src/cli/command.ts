import type { ParseArgsConfig } from "node:util";
import type { CliIo } from "./io.js";

/** Options every command understands. */
export const COMMON_OPTIONS = {
  help: { type: "boolean", short: "h" },
  json: { type: "boolean" },
  data: { type: "string" },
  /** Validate the files again instead of opening the validated store (and write no store). */
  "no-cache": { type: "boolean" },
} as const satisfies NonNullable<ParseArgsConfig["options"]>;

/** The parsed arguments a command receives. */
export interface CommandArgs {
  readonly positionals: readonly string[];
  readonly values: Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;
  /** The graph-data folder to read (from --data, or the shipped one). */
  readonly dataDir: string;
  readonly json: boolean;
}

/** A subcommand as help lists it; its module is imported by `load` only when the command runs. */
export interface CommandEntry {
  readonly name: string;
  readonly summary: string;
  /** Imports the module that runs the command (so `resolve` never loads the GEXF writer). */
  load(): Promise<Command>;
}

/** What a command module exports: its usage, options and arguments, and the code that runs it. */
export interface Command {
  /** Usage line after `faultline`, e.g. `backers ENTITY --at DATE`. */
  readonly usage: string;
  /** Lines of help about the command's own options and arguments. */
  readonly help: readonly string[];
  readonly options: NonNullable<ParseArgsConfig["options"]>;
  /** Positional argument count allowed. */
  readonly positionals: { readonly min: number; readonly max: number };
  /** Answers on `io` and returns the exit status; failures are thrown as FaultlineError. */
  run(args: CommandArgs, io: CliIo): Promise<number>;
}
