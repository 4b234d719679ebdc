import type { ParseArgsConfig } from "node:util";
import type { CliIo } from "./io.js";

/** Options every command understands. */
export const COMMON_OPTIONS = {
  help: { type: "boolean", short: "h" },
  json: { type: "boolean" },
  data: { type: "string" },
} as const satisfies NonNullable<ParseArgsConfig["options"]>;

/** The parsed arguments a command receives. */
export interface CommandArgs {
  readonly positionals: readonly string[];
  readonly values: Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;
  /** The graph-data folder to read (from --data, or the shipped one). */
  readonly dataDir: string;
  readonly json: boolean;
}

/** One `faultline` subcommand, described as data so help and dispatch come from one place. */
export interface Command {
  readonly name: string;
  readonly summary: string;
  /** Usage line after `faultline`, e.g. `backers ENTITY --at DATE`. */
  readonly usage: string;
  /** Lines of help about the command's own options and arguments. */
  readonly help: readonly string[];
  readonly options: NonNullable<ParseArgsConfig["options"]>;
  /** Positional argument count allowed. */
  readonly positionals: { readonly min: number; readonly max: number };
  run(args: CommandArgs, io: CliIo): Promise<number>;
}
