import { resolve } from "node:path";
import { parseArgs } from "node:util";
import type { FailureCategory } from "../faultline-error.js";
import { badInput, FaultlineError } from "../faultline-error.js";
import type { Command, CommandEntry } from "./command.js";
import { COMMON_OPTIONS } from "./command.js";
import { COMMANDS } from "./commands/index.js";
import { EXIT } from "./exit-codes.js";
import { didYouMeanOption } from "./unknown-option.js";
import { fileSystemFailure } from "./file-system-failure.js";
import type { CliIo } from "./io.js";
import { visibleIo } from "./visible-io.js";
import { SHIPPED_DATA_DIR } from "./paths.js";

/** The exit status of each category of failure (see FaultlineError). */
const EXIT_OF_CATEGORY: Readonly<Record<FailureCategory, number>> = {
  "no-match": EXIT.noMatch,
  "bad-input": EXIT.badInput,
  "invalid-data": EXIT.badInput,
};

/**
 * The one place a thrown error becomes an exit status and a message on stderr. Anything not
 * recognised here is a bug: it propagates with its stack. Add a row for a new kind of failure.
 */
export function failureOf(error: unknown): { readonly exit: number; readonly message: string } | null {
  if (error instanceof FaultlineError)
    return { exit: EXIT_OF_CATEGORY[error.category], message: error.message };
  const fileSystem = fileSystemFailure(error);
  if (fileSystem !== null) return { exit: EXIT.badInput, message: fileSystem };
  return null;
}

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    "faultline: a dated, sourced knowledge graph of the Syrian war",
    "",
    "Usage: faultline COMMAND [ARGS] [--json] [--data DIR]",
    "",
    "Commands:",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Options of every command:",
    "  --json       answer as JSON",
    "  --data DIR   read this graph-data folder instead of the shipped one",
    "  --no-cache   validate the files again instead of opening the validated store",
    "  -h, --help   help on a command",
    "",
    "Exit status: 0 answered, 1 nothing matches a name, 2 bad input or invalid data.",
    "Run `faultline COMMAND --help` for a command's options.",
    "",
  ].join("\n");
}

function commandHelp(entry: CommandEntry, c: Command): string {
  return [
    `Usage: faultline ${c.usage} [--json] [--data DIR]`,
    "",
    entry.summary,
    ...(c.help.length > 0 ? ["", ...c.help.map((h) => `  ${h}`)] : []),
    "",
    "  --json       answer as JSON",
    "  --data DIR   read this graph-data folder instead of the shipped one",
    "  --no-cache   validate the files again instead of opening the validated store",
    "",
  ].join("\n");
}

/** Runs the CLI on `argv` (without node and script) and returns the exit code; never throws for user errors. */
export async function main(argv: readonly string[], terminal: CliIo): Promise<number> {
  const io = visibleIo(terminal);
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    (name === undefined ? io.stderr : io.stdout).write(mainHelp());
    return name === undefined ? EXIT.badInput : EXIT.ok;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    io.stderr.write(`faultline: unknown command "${name}"\n\n${mainHelp()}`);
    return EXIT.badInput;
  }
  const command = await entry.load();
  try {
    let parsed: ReturnType<typeof parseArgs>;
    try {
      parsed = parseArgs({
        args: [...rest],
        options: { ...COMMON_OPTIONS, ...command.options },
        allowPositionals: true,
        strict: true,
      });
    } catch (error) {
      const unknown = /^Unknown option '([^']+)'/.exec((error as Error).message)?.[1];
      const hint = unknown
        ? didYouMeanOption(unknown, Object.keys({ ...COMMON_OPTIONS, ...command.options }))
        : "";
      const problem = unknown ? `unknown option ${unknown}.${hint}` : (error as Error).message;
      throw badInput(`${problem}\n\n${commandHelp(entry, command)}`);
    }
    if (parsed.values.help) {
      io.stdout.write(commandHelp(entry, command));
      return EXIT.ok;
    }
    const { min, max } = command.positionals;
    if (parsed.positionals.length < min || parsed.positionals.length > max) {
      throw badInput(`wrong number of arguments\n\n${commandHelp(entry, command)}`);
    }
    const data = parsed.values.data;
    return await command.run(
      {
        positionals: parsed.positionals,
        values: parsed.values,
        dataDir: typeof data === "string" ? resolve(data) : SHIPPED_DATA_DIR,
        json: parsed.values.json === true,
      },
      io,
    );
  } catch (error) {
    const failure = failureOf(error);
    if (!failure) throw error;
    io.stderr.write(`faultline ${name}: ${failure.message}\n`);
    return failure.exit;
  }
}
