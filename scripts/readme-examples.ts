import { main } from "../src/cli/main.js";

/**
 * README examples are fenced blocks that begin with `$ npx faultline ARGS`; the lines after the
 * command are the command's real output, kept current by `npm run readme` and checked by a test.
 */
const BLOCK = /```console\n\$ npx faultline ([^\n]*)\n([\s\S]*?)```/g;

/** Splits a shell-like argument line (double quotes group words). */
export function splitArgs(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
}

/** Runs the faultline CLI in this process (the same `main` bin/faultline.js runs) and returns its stdout. */
export async function runExample(args: readonly string[]): Promise<string> {
  let stdout = "";
  await main(args, { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: () => true } });
  return stdout;
}

/** The README with every example's output replaced by the command's current output. */
export async function refreshExamples(readme: string): Promise<string> {
  const blocks = [...readme.matchAll(BLOCK)];
  let result = "";
  let last = 0;
  for (const block of blocks) {
    const line = block[1]!;
    const output = await runExample(splitArgs(line));
    const newline = output === "" || output.endsWith("\n") ? "" : "\n";
    result += `${readme.slice(last, block.index)}\`\`\`console\n$ npx faultline ${line}\n${output}${newline}\`\`\``;
    last = block.index! + block[0].length;
  }
  return result + readme.slice(last);
}
