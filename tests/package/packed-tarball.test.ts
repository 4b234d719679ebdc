/**
 * Faultline as another project uses it: `npm pack`, an empty TypeScript project (NodeNext, strict,
 * library declarations checked too) that installs the tarball, the README's "Use as a library"
 * example type-checked with tsc and run with node. The npm registry must be reachable (the
 * tarball's dependencies are installed from it, through the usual npm cache).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers/run-cli.js";

/** The first ```ts block of README's "Use as a library" section: the example the test runs. */
function readmeLibraryExample(): string {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const section = readme.split(/^## /m).find((s) => s.startsWith("Use as a library"));
  const code = section?.match(/```ts\n([\s\S]*?)```/)?.[1];
  if (!code) throw new Error('README.md has no ```ts block under "## Use as a library"');
  return code;
}

const npm = (args: string[], cwd: string) =>
  execFileSync("npm", [...args, "--no-audit", "--no-fund", "--loglevel=error"], { cwd, encoding: "utf8" });

let project: string;
let tarball: string;
let packed: string[];

beforeAll(() => {
  // lib/ is current: the global setup built it. --ignore-scripts: no second build.
  const out = mkdtempSync(join(tmpdir(), "faultline-pack-"));
  const [info] = JSON.parse(npm(["pack", "--json", "--ignore-scripts", "--pack-destination", out], ROOT)) as {
    filename: string;
    files: { path: string }[];
  }[];
  tarball = join(out, info!.filename);
  packed = info!.files.map((f) => f.path);

  project = mkdtempSync(join(tmpdir(), "faultline-consumer-"));
  writeFileSync(
    join(project, "package.json"),
    JSON.stringify({ name: "faultline-consumer", private: true, type: "module" }, null, 2),
  );
  writeFileSync(
    join(project, "tsconfig.json"),
    JSON.stringify(
      {
        compilerOptions: {
          target: "ES2022",
          module: "NodeNext",
          moduleResolution: "NodeNext",
          strict: true,
          skipLibCheck: false,
          types: ["node"],
          outDir: "out",
        },
        include: ["example.ts"],
      },
      null,
      2,
    ),
  );
  const typesNode = JSON.parse(
    readFileSync(join(ROOT, "node_modules", "@types", "node", "package.json"), "utf8"),
  ).version as string;
  npm(["install", "--prefer-offline", tarball, `@types/node@${typesNode}`], project);
  writeFileSync(join(project, "example.ts"), readmeLibraryExample());
}, 600_000);

describe("the packed package, installed into an empty TypeScript project", () => {
  it("holds the compiled library, its declarations, the command, the shipped data and the licence, and no tests", () => {
    for (const file of [
      "package.json",
      "LICENSE",
      "README.md",
      "bin/faultline.js",
      "lib/index.js",
      "lib/index.d.ts",
      "lib/node.js",
      "lib/node.d.ts",
      "lib/cli/main.js",
      "graph-data/sources.json",
    ])
      expect(packed).toContain(file);
    expect(
      packed.filter(
        (f) => /^(tests|bench|scripts|src\/web|lib\/web)\//.test(f) || f.endsWith(".tsbuildinfo"),
      ),
    ).toEqual([]);
  });

  it("type-checks the README's library example under NodeNext, strict, declarations included", () => {
    const tsc = join(ROOT, "node_modules", "typescript", "bin", "tsc");
    const run = (() => {
      try {
        return {
          status: 0,
          output: execFileSync(process.execPath, [tsc, "-p", project], { encoding: "utf8" }),
        };
      } catch (error) {
        const failed = error as { status: number; stdout: string };
        return { status: failed.status, output: failed.stdout };
      }
    })();
    expect(run.output).toBe("");
    expect(run.status).toBe(0);
  }, 300_000); // tsc checks every declaration file the example reaches (skipLibCheck off)

  it("runs the example: Iran and Russia certainly back the Syrian government in September 2018", () => {
    const output = execFileSync(process.execPath, [join(project, "out", "example.js")], {
      cwd: project,
      encoding: "utf8",
    });
    const lines = output.trim().split("\n");
    expect(lines).toContain("Iran: certain");
    expect(lines).toContain("Russia: certain");
  });

  it("installs the command: npx faultline answers from the compiled code", () => {
    const output = execFileSync(
      "npx",
      ["--no-install", "faultline", "backers", "Syrian government", "--at", "2018-09", "--json"],
      {
        cwd: project,
        encoding: "utf8",
      },
    );
    const backers = JSON.parse(output) as { id: string; certainty: string }[];
    expect(backers).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: "iran", certainty: "certain" }),
        expect.objectContaining({ id: "russia", certainty: "certain" }),
      ]),
    );
  });
});
