import { describe, expect, it } from "vitest";
import { modulesLoadedRunning, modulesWithin } from "../helpers/modules-loaded.js";

describe("src/model/core.ts, the model without its schemas", () => {
  it("loads neither zod nor a schema module", () => {
    // The compiled module of lib/ (built by the global setup).
    const loaded = modulesLoadedRunning("lib/model/core.js");
    expect(loaded).toContain("src/model/vocabulary");
    expect(modulesWithin(loaded, ["node_modules/zod/", "src/model/schemas/"])).toEqual([]);
  });

  it("while the complete barrel, src/model/index.ts, does load zod (so the check above can fail)", () => {
    const loaded = modulesLoadedRunning("lib/model/index.js");
    expect(modulesWithin(loaded, ["node_modules/zod/"])).not.toEqual([]);
  });
});
