import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { firstScriptFiles } from "./first-script.js";
import { buildSite } from "./site.js";

/**
 * zod's classes name themselves at run time ($constructor("$ZodType", …)), so these names survive
 * minification: a chunk holding zod holds them.
 */
const ZOD_MARKER = /\$Zod(?:Type|Object|String|Error)\b/;

let site: string;
beforeAll(async () => {
  site = await buildSite();
});

describe("the page's first script", () => {
  it("holds no zod: the page reads the validated dataset without loading the schemas", () => {
    const files = firstScriptFiles(site);
    expect(files.length).toBeGreaterThan(0);
    const withZod = files.filter((f) => ZOD_MARKER.test(readFileSync(join(site, f), "utf8")));
    expect(withZod).toEqual([]);
  });

  it("leaves zod to the chunks loaded later, where the marker is found (so the check above can fail)", () => {
    const first = new Set(firstScriptFiles(site));
    const lazy = readdirSync(join(site, "assets"))
      .map((name) => `assets/${name}`)
      .filter((f) => f.endsWith(".js") && !first.has(f));
    const lazyWithZod = lazy.filter((f) => ZOD_MARKER.test(readFileSync(join(site, f), "utf8")));
    expect(lazyWithZod.length).toBeGreaterThan(0);
  });
});
