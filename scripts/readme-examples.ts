import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

/**
 * Examples in README.md and docs/*.md are fenced `console` blocks that begin with
 * `$ npx faultline ARGS`; the lines after the command are the command's real standard output,
 * kept current by `npm run readme` and checked by a test. A fenced `text file=NAME` block is a
 * file the examples after it use (written into their folder before they run).
 */
const BLOCK = /```console\n\$ npx faultline ([^\n]*)\n([\s\S]*?)```|```text file=([\w.-]+)\n([\s\S]*?)```/g;

/** The repository's root folder. */
const ROOT = resolve(import.meta.dirname, "..");

/** The documents whose examples are kept current: README.md and every docs/*.md, relative to the root. */
export function exampleDocuments(): string[] {
  const docs = readdirSync(join(ROOT, "docs"))
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => `docs/${f}`);
  return ["README.md", ...docs];
}

/** Splits a shell-like argument line (double quotes group words). */
export function splitArgs(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
}

/**
 * Runs the real `faultline` command (node bin/faultline.js, as `npx faultline` does) in `cwd` and
 * returns its standard output, whatever its exit status (examples may show errors).
 */
export function runExample(args: readonly string[], cwd: string): string {
  try {
    return execFileSync(process.execPath, [join(ROOT, "bin", "faultline.js"), ...args], {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, NO_COLOR: "1" },
      maxBuffer: 1 << 26,
    });
  } catch (error) {
    const failed = error as { stdout?: string; status?: number };
    if (typeof failed.status === "number") return failed.stdout ?? "";
    throw error;
  }
}

/**
 * A document with every example's output replaced by the command's current output. The examples
 * run in order in one fresh temporary folder, so files one writes (`--out faultline.gexf`) are
 * there for the next, and printed paths are relative.
 */
export function refreshExamples(text: string): string {
  const cwd = mkdtempSync(join(tmpdir(), "faultline-examples-"));
  try {
    let result = "";
    let last = 0;
    for (const block of text.matchAll(BLOCK)) {
      if (block[3] !== undefined) {
        // A `text file=NAME` block is a file the next examples read (a report to draft): written, kept as is.
        writeFileSync(join(cwd, block[3]), block[4]!);
        continue;
      }
      const line = block[1]!;
      const output = runExample(splitArgs(line), cwd);
      const newline = output === "" || output.endsWith("\n") ? "" : "\n";
      result += `${text.slice(last, block.index)}\`\`\`console\n$ npx faultline ${line}\n${output}${newline}\`\`\``;
      last = block.index + block[0].length;
    }
    return result + text.slice(last);
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
}
