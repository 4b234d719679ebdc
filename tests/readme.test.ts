import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { refreshExamples, splitArgs } from "../scripts/readme-examples.js";
import { ROOT } from "./helpers/run-cli.js";

describe("README", () => {
  it("gives the install-and-run command and the test command", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    expect(readme).toMatch(/npm install && npx faultline/);
    expect(readme).toContain("npm test");
  });

  it("shows the real, current output of every faultline example (npm run readme refreshes them)", async () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    expect(readme).toMatch(/\$ npx faultline /);
    expect(await refreshExamples(readme)).toBe(readme);
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
