import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { modulesLoadedBy, modulesWithin as within } from "../helpers/modules-loaded.js";

/** What answering about names never needs: analysis, exports and imports, and their libraries. */
const HEAVY = [
  "src/analysis/",
  "src/formats/gexf",
  "src/formats/graphml",
  "src/formats/csv",
  "src/formats/export",
  "src/import/",
  "src/draft/",
  "node_modules/graphology-metrics/",
  "node_modules/graphology-communities-louvain/",
  "node_modules/graphology-shortest-path/",
];

describe("commands load lazily: a question imports only the code that answers it", () => {
  it("resolve loads its own module and no analysis, format or other command code", () => {
    const modules = modulesLoadedBy(["resolve", "Assad"]);
    expect(within(modules, ["src/cli/commands/resolve"])).toHaveLength(1);
    expect(within(modules, HEAVY)).toEqual([]);
    expect(within(modules, ["src/cli/commands/"]).sort()).toEqual([
      "src/cli/commands/index",
      "src/cli/commands/resolve",
    ]);
  });

  it("the program's help loads no command module at all", () => {
    const modules = modulesLoadedBy(["--help"]);
    expect(within(modules, ["src/cli/commands/"])).toEqual(["src/cli/commands/index"]);
    expect(within(modules, ["src/query/", "src/graph/", "node_modules/zod/", ...HEAVY])).toEqual([]);
  });

  it("the hook does see what a command needs: centrality loads graphology-metrics, export gexf the GEXF writer", () => {
    expect(
      within(modulesLoadedBy(["centrality", "--top", "1"]), ["node_modules/graphology-metrics/"]),
    ).not.toEqual([]);
    const exported = modulesLoadedBy([
      "export",
      "gexf",
      "--out",
      join(mkdtempSync(join(tmpdir(), "faultline-")), "g.gexf"),
    ]);
    expect(within(exported, ["src/formats/gexf-writer"])).toHaveLength(1);
    expect(within(exported, ["node_modules/graphology-metrics/"])).toEqual([]);
  });
});
