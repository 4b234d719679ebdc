import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ACLED_LAYOUT } from "../../src/import/column-layouts.js";
import { exportFormat } from "../../src/formats/export-format.js";
import { wholeDataset } from "../../src/formats/export-selection.js";
import { buildKnowledgeGraph } from "../../src/graph/knowledge-graph.js";
import { MultiDirectedGraph } from "graphology";
import type { KnowledgeGraph } from "../../src/graph/knowledge-graph.js";
import type { DisplayGraph } from "../../src/web/display-graph.js";
import { applyInitialLayout, applyStableLayout, layoutPositions } from "../../src/web/initial-layout.js";
import type { OpenedFile } from "../../src/web/load-dataset.js";
import { readOpenedFiles } from "../../src/web/load-dataset.js";
import { overlayDraft } from "../../src/web/load-draft.js";
import { markProposals } from "../../src/web/load-proposals-view.js";
import { dataParamProblem, withDataParam } from "../../src/web/load-url.js";
import { shippedGraph, SHIPPED_DATA } from "../helpers/shipped-graph.js";

/** The entities and relations as sigma's graph holds them (display-graph.ts needs WebGL to load). */
function buildDisplayGraph(kg: KnowledgeGraph): DisplayGraph {
  const graph: DisplayGraph = new MultiDirectedGraph();
  for (const e of kg.dataset.entities)
    graph.addNode(e.id, { x: 0, y: 0, size: 5, label: e.label, color: "#000" });
  for (const r of kg.dataset.relations)
    graph.addDirectedEdgeWithKey(r.id, r.source, r.target, {
      type: "arrow",
      curvature: 0,
      size: 2,
      color: "#000",
    } as never);
  return graph;
}

const bytes = (text: string) => new TextEncoder().encode(text);

function folderFiles(dir: string, name: string): OpenedFile[] {
  const out: OpenedFile[] = [];
  const visit = (path: string) => {
    if (statSync(path).isDirectory()) for (const child of readdirSync(path)) visit(join(path, child));
    else
      out.push({ path: `${name}/${relative(dir, path).split("\\").join("/")}`, bytes: readFileSync(path) });
  };
  visit(dir);
  return out;
}

function exported(
  format: "gexf" | "csv" | "graphml" | "json",
  dataset: Parameters<typeof wholeDataset>[0],
): OpenedFile[] {
  return exportFormat(format, wholeDataset(dataset)).files.map((f) => ({
    path: f.name,
    bytes: bytes([...f.chunks].join("")),
  }));
}

describe("files opened on the page become a dataset with the CLI's readers and checks", () => {
  it("reads the shipped graph-data folder as the CLI does", async () => {
    const kg = await shippedGraph();
    const read = readOpenedFiles(folderFiles(SHIPPED_DATA, "graph-data"));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.dataset!.dataset.entities.length).toBe(kg.dataset.entities.length);
    expect(read.dataset!.dataset.relations.length).toBe(kg.dataset.relations.length);
    expect(read.dataset!.name).toBe("graph-data");
  });

  it("reads a GEXF, GraphML and JSON export and the three CSV files back to the same counts", async () => {
    const kg = await shippedGraph();
    for (const format of ["gexf", "graphml", "json", "csv"] as const) {
      const read = readOpenedFiles(exported(format, kg.dataset));
      expect(read.ok, format).toBe(true);
      if (!read.ok) continue;
      expect(read.dataset!.dataset.entities.length).toBe(kg.dataset.entities.length);
      expect(read.dataset!.dataset.relations.length).toBe(kg.dataset.relations.length);
      expect(read.dataset!.dataset.sources.length).toBe(kg.dataset.sources.length);
    }
  });

  it("names every problem of a broken CSV export and a broken folder, and returns no dataset", async () => {
    const kg = await shippedGraph();
    const csv = exported("csv", kg.dataset).map((f) => {
      if (f.path !== "entities.csv") return f;
      const lines = new TextDecoder().decode(f.bytes).split("\n");
      const header = lines[0]!.split(",");
      const kind = header.indexOf("kind");
      const row = lines[3]!.split(",");
      row[kind] = "planet";
      lines[3] = row.join(",");
      return { ...f, bytes: bytes(lines.join("\n")) };
    });
    const read = readOpenedFiles(csv);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(
      read.problems.some((p) => p.file === "entities.csv" && p.place === "line 4" && /kind/.test(p.message)),
    ).toBe(true);

    const folder = folderFiles(SHIPPED_DATA, "my-data").filter((f) => !f.path.endsWith("sources.json"));
    const broken = readOpenedFiles(folder);
    expect(broken.ok).toBe(false);
    if (!broken.ok)
      expect(broken.problems).toContainEqual({
        file: "my-data/sources.json",
        place: null,
        message: "no sources.json",
      });
  });

  it("refuses a lone CSV that is neither a file of an export nor an event file, saying what it would open", () => {
    const read = readOpenedFiles([{ path: "other.csv", bytes: bytes("a,b\n1,2\n") }]);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems[0]!.message).toMatch(/nor a UCDP GED or ACLED event file/);
    const acled = readOpenedFiles([
      { path: "acled.csv", bytes: bytes(`${ACLED_LAYOUT.required.join(",")}\n`) },
    ]);
    expect(acled).toMatchObject({ ok: true, events: { format: "acled" } });
  });
});

describe("stable layout", () => {
  it("keeps every node of the previous layout where it was and puts a new one near its neighbour", async () => {
    const kg = await shippedGraph();
    const before = buildDisplayGraph(kg);
    applyInitialLayout(kg, before, { iterations: 50, maxNodesForIterations: 3000 });
    const previous = layoutPositions(before);
    const overlay = overlayDraft(
      kg.dataset,
      {
        source: {
          id: "test-wire-2024-12-04",
          kind: "news-report",
          outlet: "Test Wire",
          title: "A test",
          published: "2024-12-04",
          language: "en",
          inferred: [],
        },
        entities: [
          {
            id: "tell-test",
            label: "Tell Test",
            kind: "place",
            aliases: [],
            mentions: [{ paragraph: 1, start: 0, end: 9 }],
          },
        ],
        relations: [
          {
            id: "hts-captured-tell-test-2024-12-02",
            kind: "captured",
            source: "hts",
            target: "tell-test",
            start: "2024-12-02",
            end: "2024-12-02",
            status: "reported",
            claimedBy: [],
            evidence: [
              {
                source: "test-wire-2024-12-04",
                paragraph: 1,
                note: "HTS took Tell Test.",
                trigger: { start: 0, end: 4 },
                rule: "capture-verb",
              },
            ],
            confidence: 0.7,
            rule: "capture-verb",
          },
        ],
      },
      "report.draft.json",
    );
    expect(overlay.ok).toBe(true);
    if (!overlay.ok) return;
    expect(overlay.proposals.relations.get("hts-captured-tell-test-2024-12-02")?.confidence).toBe(0.7);
    expect(overlay.proposals.notes[0]).toMatch(/Tell Test/);
    expect(overlay.dataset.entities.find((e) => e.id === "tell-test")?.place).toBeUndefined();
    const kg2 = buildKnowledgeGraph(overlay.dataset);
    const after = buildDisplayGraph(kg2);
    applyStableLayout(kg2, after, previous, { iterations: 50, maxNodesForIterations: 3000 });
    for (const [id, p] of previous) {
      expect(after.getNodeAttribute(id, "x")).toBeCloseTo(p.x, 9);
      expect(after.getNodeAttribute(id, "y")).toBeCloseTo(p.y, 9);
    }
    const xs = [...previous.values()].map((p) => p.x);
    const width = Math.max(...xs) - Math.min(...xs);
    const hts = previous.get("hts")!;
    const added = after.getNodeAttributes("tell-test");
    expect(Math.hypot(added.x - hts.x, added.y - hts.y)).toBeLessThan(width / 3);
  });
});

describe("a draft's proposals on the display graph", () => {
  it("gives proposals aggregated with existing relations an edge of their own", () => {
    const graph: DisplayGraph = new MultiDirectedGraph();
    graph.addNode("russia", { x: 0, y: 0, size: 5, label: "Russia", color: "#000" });
    graph.addNode("idlib", { x: 1, y: 0, size: 5, label: "Idlib", color: "#000" });
    graph.addNode("kafr", { x: 2, y: 0, size: 5, label: "Kafr", color: "#000" });
    const edge = { type: "arrow", curvature: 0, size: 2, color: "#d7301f" } as const;
    graph.addDirectedEdgeWithKey("aggregate:attacked:russia:idlib:reported", "russia", "idlib", {
      ...edge,
      relations: ["old-attack", "new-attack"],
    });
    graph.addDirectedEdgeWithKey("russia-captured-kafr", "russia", "kafr", {
      ...edge,
      relations: ["russia-captured-kafr"],
    });
    const proposal = { id: "x", confidence: 0.7, rule: "r" };
    const marked = markProposals(graph, {
      file: "d.json",
      sourceId: "s",
      published: "2024-12-04",
      relations: new Map([
        ["new-attack", proposal],
        ["russia-captured-kafr", proposal],
      ]),
      entities: new Map([["kafr", { id: "kafr", label: "Kafr", kind: "place", aliases: [], mentions: [] }]]),
      notes: [],
    });
    expect([...marked].sort()).toEqual([
      "proposal:aggregate:attacked:russia:idlib:reported",
      "russia-captured-kafr",
    ]);
    expect(graph.getEdgeAttribute("aggregate:attacked:russia:idlib:reported", "relations")).toEqual([
      "old-attack",
    ]);
    expect(graph.getEdgeAttribute("aggregate:attacked:russia:idlib:reported", "color")).toBe("#d7301f");
    expect(graph.getEdgeAttribute("proposal:aggregate:attacked:russia:idlib:reported", "relations")).toEqual([
      "new-attack",
    ]);
    expect(graph.getNodeAttribute("kafr", "label")).toBe("Kafr (proposed)");
  });
});

describe("the data= parameter of the address", () => {
  it("names the shipped data, and says that opened files cannot come back from a link", () => {
    expect(withDataParam("?date=2024-12-01&entity=hts", "shipped")).toBe(
      "?date=2024-12-01&entity=hts&data=shipped",
    );
    expect(dataParamProblem("?date=2024-12-01&data=shipped")).toBeNull();
    expect(dataParamProblem("?date=2024-12-01")).toBeNull();
    expect(dataParamProblem("?data=opened")).toMatch(/cannot carry; showing the shipped data/);
    expect(dataParamProblem("?data=elsewhere")).toMatch(/"elsewhere" is not a dataset this page holds/);
  });
});

describe("a draft that does not fit the data shown", () => {
  it("is refused with every problem named at the draft file and the proposal", async () => {
    const kg = await shippedGraph();
    const laid = overlayDraft(
      kg.dataset,
      {
        source: {
          id: "test-wire-2024-12-04",
          kind: "news-report",
          outlet: "Test Wire",
          title: "A test",
          published: "2024-12-04",
          language: "en",
          inferred: [],
        },
        entities: [],
        relations: [
          {
            id: "nobody-attacked-idlib-2024-12-02",
            kind: "attacked",
            source: "nobody-we-know",
            target: "idlib",
            start: "2024-12-02",
            end: "2024-12-02",
            status: "reported",
            claimedBy: [],
            evidence: [
              {
                source: "test-wire-2024-12-04",
                paragraph: 1,
                note: "Someone attacked Idlib.",
                trigger: { start: 0, end: 4 },
                rule: "attack-verb",
              },
            ],
            confidence: 0.5,
            rule: "attack-verb",
          },
        ],
      },
      "other.draft.json",
    );
    expect(laid.ok).toBe(false);
    if (laid.ok) return;
    expect(laid.problems.length).toBeGreaterThan(0);
    expect(laid.problems.every((p) => p.file === "other.draft.json")).toBe(true);
    expect(laid.problems).toContainEqual(
      expect.objectContaining({
        place: "proposal nobody-attacked-idlib-2024-12-02",
        message: expect.stringMatching(/nobody-we-know/),
      }),
    );
  });
});
