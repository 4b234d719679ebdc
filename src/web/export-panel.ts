import { toBlob } from "@sigma/export-image";
import type { KnowledgeGraph } from "../graph/knowledge-graph.js";
import { dayToIso } from "../model/core.js";
import type { ExportSelection } from "../formats/export-selection.js";
import { snapshotSelection, wholeDataset } from "../formats/export-selection.js";
import { gexfChunks } from "../formats/gexf-writer.js";
import type { Position } from "../formats/node-positions.js";
import { downloadBlob, el, listen } from "./dom.js";
import type { Store } from "./explorer-state.js";
import type { GraphView } from "./graph-view.js";
import { detailsLoaded, LOADING_EVIDENCE, whenDetailsLoaded } from "./dataset-details.js";

const GEXF_TYPE = "application/gexf+xml";

/**
 * Downloads from the page: the dynamic GEXF of the whole graph (Gephi's timeline), the GEXF of
 * the graph as drawn on the date (the snapshot, narrowed to what the filters show), and a PNG of
 * the view. Both GEXF files carry the page's layout; all are written by the library the CLI uses.
 */
export function mountExportPanel(
  root: HTMLElement,
  kg: KnowledgeGraph,
  store: Store,
  graphView: GraphView,
): () => void {
  const dynamic = el("button", { text: "GEXF over time", attrs: { type: "button", id: "export-gexf" } });
  const snapshot = el("button", {
    text: "GEXF on the date",
    attrs: { type: "button", id: "export-snapshot" },
  });
  const png = el("button", { text: "PNG of the view", attrs: { type: "button", id: "export-png" } });
  const status = el("p", { className: "hint", attrs: { "aria-live": "polite" } });
  root.replaceChildren(
    el("h2", { text: "Export" }),
    el("div", { className: "form-row" }, dynamic, snapshot, png),
    el("p", {
      className: "hint",
      text: "GEXF over time opens in Gephi with its timeline; on the date, it holds the relations drawn now.",
    }),
    status,
  );

  /** Runs `write` once the evidence it exports is in memory (the shipped data's details come after the first frame). */
  const withEvidence = (write: () => void) => {
    if (detailsLoaded(kg.dataset)) return write();
    status.textContent = LOADING_EVIDENCE;
    whenDetailsLoaded(kg.dataset).then(write, (error: unknown) => {
      status.textContent = `Nothing exported: the evidence could not be loaded: ${(error as Error).message}`;
    });
  };

  const writeGexf = (selection: ExportSelection, fileName: string) => {
    const layout = new Map<string, Position>(
      graphView.graph.mapNodes((node, a) => [node, { x: a.x, y: a.y }]),
    );
    const chunks = [...gexfChunks(selection, { layout })];
    downloadBlob(new Blob(chunks, { type: GEXF_TYPE }), fileName);
    status.textContent = `${fileName}: ${selection.relations.length} relation(s), ${selection.entities.length} entities.`;
  };

  const cleanups = [
    listen(dynamic, "click", () => withEvidence(() => writeGexf(wholeDataset(kg.dataset), "faultline.gexf"))),
    listen(snapshot, "click", () => {
      // The date and what is drawn as clicked, even when the evidence arrives after.
      const { day, windowDays } = store.get();
      const iso = dayToIso(day);
      const drawn = new Set(graphView.view().relations.keys());
      withEvidence(() => {
        const full = snapshotSelection(kg, { text: iso, lo: day, hi: day }, windowDays);
        writeGexf(
          { ...full, relations: full.relations.filter((r) => drawn.has(r.id)) },
          `faultline-${iso}.gexf`,
        );
      });
    }),
    listen(png, "click", () => {
      const iso = dayToIso(store.get().day);
      status.textContent = "Drawing the image…";
      toBlob(graphView.sigma, { format: "png", backgroundColor: "#ffffff" }).then(
        (blob) => {
          downloadBlob(blob, `faultline-${iso}.png`);
          status.textContent = `faultline-${iso}.png`;
        },
        (error: unknown) => (status.textContent = `The image could not be drawn: ${String(error)}`),
      );
    }),
  ];
  return () => cleanups.forEach((c) => c());
}
