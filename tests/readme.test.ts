import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { exampleDocuments, refreshExamples, splitArgs } from "../scripts/readme-examples.js";
import { ROOT } from "./helpers/run-cli.js";

describe("README", () => {
  it("gives the install-and-run command and the test command", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    expect(readme).toMatch(/npm install && npx faultline/);
    expect(readme).toContain("npm test");
  });

  it("links every page in docs/", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    for (const page of exampleDocuments().filter((d) => d.startsWith("docs/")))
      expect(readme, page).toContain(`](${page})`);
  });

  it("splits example arguments like a shell", () => {
    expect(splitArgs('backers "Syrian government" --at 2018-09')).toEqual([
      "backers",
      "Syrian government",
      "--at",
      "2018-09",
    ]);
  });
});

describe("examples in README.md and docs/ (npm run readme refreshes them)", () => {
  it("finds examples in the README and the docs", () => {
    const texts = exampleDocuments().map((d) => readFileSync(join(ROOT, d), "utf8"));
    expect(texts[0]).toMatch(/\$ npx faultline /);
    expect(texts.join("\n").match(/```console\n\$ npx faultline /g)!.length).toBeGreaterThan(20);
  });

  for (const document of exampleDocuments()) {
    it(`${document} shows the real, current output of every example`, () => {
      const text = readFileSync(join(ROOT, document), "utf8");
      expect(refreshExamples(text)).toBe(text);
    }, 300_000); // one spawned command per example
  }
});
