import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { buildKnowledgeGraph } from "../../src/graph/knowledge-graph.js";
import { joinChunks } from "../../src/formats/chunked-text.js";
import { wholeDataset } from "../../src/formats/export-selection.js";
import { gexfChunks, gexfStats } from "../../src/formats/gexf-writer.js";
import { layoutOf, nodePosition } from "../../src/formats/node-positions.js";
import { readGexf } from "../../src/formats/gexf-import.js";
import { formatFixture } from "./helpers/format-fixture.js";

const fixture = formatFixture();

describe("node positions in the GEXF", () => {
  it("draws places at their coordinates and leaves other nodes to the tool, unless a layout is given", () => {
    const idlib = fixture.entities.find((e) => e.id === "idlib")!;
    const gov = fixture.entities.find((e) => e.id === "gov")!;
    const at = nodePosition(idlib)!;
    expect([at.x, at.y].map((v) => Math.round(v * 1000) / 1000)).toEqual([3663, 3593]);
    expect(nodePosition(gov)).toBeNull();
    const layout = new Map([
      ["gov", { x: -12.5, y: 40 }],
      ["idlib", { x: 1, y: 2 }],
    ]);
    expect(nodePosition(gov, layout)).toEqual({ x: -12.5, y: 40 });
    expect(nodePosition(idlib, layout)).toEqual({ x: 1, y: 2 });
  });

  it("takes the layout from a graph's x/y node attributes (as the page's sigma graph holds it)", () => {
    const kg = buildKnowledgeGraph(fixture);
    const drawn = new MultiDirectedGraph();
    kg.graph.forEachNode((node, attributes) => drawn.addNode(node, { ...attributes, x: node.length, y: -1 }));
    drawn.setNodeAttribute("gov", "x", Number.NaN);
    const layout = layoutOf(drawn);
    expect(layout.get("ally")).toEqual({ x: 4, y: -1 });
    expect(layout.has("gov")).toBe(false);
    const gexf = joinChunks(gexfChunks(wholeDataset(fixture), { layout }));
    expect(gexf).toContain('<node id="ally" label=');
    expect(
      gexf.slice(gexf.indexOf('<node id="ally"'), gexf.indexOf("</node>", gexf.indexOf('<node id="ally"'))),
    ).toContain('<viz:position x="4" y="-1"/>');
    expect(readGexf(gexf, "laid-out.gexf").rejections).toEqual([]);
  });

  it("counts what it wrote, including the distinct finite dates Gephi's timeline needs", () => {
    const stats = gexfStats();
    joinChunks(gexfChunks(wholeDataset(fixture), { stats }));
    expect([stats.nodes, stats.edges, stats.relations, stats.times.size]).toEqual([9, 11, 15, 17]);
    const timeless = gexfStats();
    const onlyStatic = { ...fixture, relations: fixture.relations.filter((r) => r.kind === "located-in") };
    joinChunks(gexfChunks(wholeDataset(onlyStatic), { stats: timeless }));
    expect([timeless.edges, timeless.times.size]).toEqual([1, 0]);
  });
});
