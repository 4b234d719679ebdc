import type { ImportReport } from "../import/import-report.js";
import { formatImportReport } from "../import/import-report.js";
import { el, listen } from "./dom.js";
import type { FilesRead } from "./load-files.js";
import { readDataTransfer, readFileList } from "./load-files.js";

/** What the page shows now, as the data panel describes it. */
export interface ShownData {
  readonly name: string;
  readonly shipped: boolean;
  readonly summary: string;
  /** The draft laid over the data, if any. */
  readonly draft: string | null;
  /** Entries left aside while reading (a folder's files the graph-data rule does not read). */
  readonly notes: readonly string[];
  /** What the import of an event file into the data did, when the data shown is one. */
  readonly report: ImportReport | null;
}

/** What the panel asks the page to do. */
export interface DataPanelActions {
  open(read: FilesRead, how: string): void | Promise<void>;
  backToShipped(): void;
  removeDraft(): void;
}

/** The panel once mounted: told what is shown; and its cleanup. */
export interface DataPanel {
  show(shown: ShownData): void;
  cleanup(): void;
}

const ACCEPTED = ".json,.gexf,.graphml,.csv";

/**
 * The data panel: what is shown (the shipped data or the files opened, and a draft laid over it),
 * a file button, a folder button and a drop anywhere on the page, "Back to the shipped data" and
 * "Remove the draft". It reads the files and hands them on; the page validates and shows them.
 */
export function mountDataPanel(root: HTMLElement, actions: DataPanelActions): DataPanel {
  const status = el("p", { className: "data-status", attrs: { "aria-live": "polite" } });
  const filesInput = el("input", {
    attrs: { type: "file", id: "open-files", multiple: "", accept: ACCEPTED },
  });
  const folderInput = el("input", { attrs: { type: "file", id: "open-folder", webkitdirectory: "" } });
  const back = el("button", {
    text: "Back to the shipped data",
    attrs: { type: "button", id: "back-to-shipped" },
  });
  const removeDraft = el("button", {
    text: "Remove the draft",
    attrs: { type: "button", id: "remove-draft" },
  });
  const notes = el("ul", { className: "data-notes" });
  const report = el("section", { className: "import-report", attrs: { "aria-label": "Import report" } });
  root.replaceChildren(
    el("h2", { text: "Data" }),
    status,
    el("label", { className: "file-button", attrs: { for: "open-files" } }, "Open files: ", filesInput),
    el(
      "label",
      { className: "file-button", attrs: { for: "open-folder" } },
      "Open a graph-data folder: ",
      folderInput,
    ),
    el(
      "p",
      { className: "hint" },
      "Or drop them on the page. Opens a graph-data folder, a GEXF, GraphML or JSON export, the three CSV files of an export, a UCDP GED or ACLED event file (merged into the data shown, as faultline import … --into does), and a draft (from faultline draft) laid over the data shown, all checked as faultline check does.",
    ),
    el("p", { className: "data-actions" }, back, " ", removeDraft),
    notes,
    report,
  );
  /** Says that files are being read and checked, lets the page repaint, then hands them on. */
  const hand = async (read: Promise<FilesRead>, count: number, how: string) => {
    status.textContent = `Reading and checking ${count} file(s)…`;
    const files = await read;
    await new Promise((resolve) => setTimeout(resolve, 0));
    await actions.open(files, how);
    if (shown) panel.show(shown);
  };
  const fromInput = (input: HTMLInputElement, how: string) => async () => {
    if (!input.files || input.files.length === 0) return;
    const list = input.files;
    await hand(readFileList(list), list.length, how);
    input.value = "";
  };
  const stops = [
    listen(filesInput, "change", () => void fromInput(filesInput, "chosen")()),
    listen(folderInput, "change", () => void fromInput(folderInput, "chosen")()),
    listen(back, "click", () => actions.backToShipped()),
    listen(removeDraft, "click", () => actions.removeDraft()),
    listen(document, "dragover", (event) => {
      if (!event.dataTransfer?.types.includes("Files")) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = "copy";
      document.body.classList.add("dropping");
    }),
    listen(document, "dragleave", (event) => {
      if (event.relatedTarget === null) document.body.classList.remove("dropping");
    }),
    listen(document, "drop", (event) => {
      document.body.classList.remove("dropping");
      if (!event.dataTransfer || event.dataTransfer.files.length === 0) return;
      event.preventDefault();
      void hand(readDataTransfer(event.dataTransfer), event.dataTransfer.files.length, "dropped");
    }),
  ];
  let shown: ShownData | null = null;
  const panel: DataPanel = {
    show(next) {
      shown = next;
      status.textContent = shown.shipped
        ? `Shown: the shipped data (${shown.summary}).`
        : `Shown: ${shown.name}, opened from your files: ${shown.summary}.`;
      if (shown.draft) status.textContent += ` Draft laid over it: ${shown.draft}.`;
      root.dataset.shown = shown.shipped ? "shipped" : "opened";
      root.dataset.draft = shown.draft ?? "";
      back.hidden = shown.shipped;
      removeDraft.hidden = shown.draft === null;
      notes.replaceChildren(...shown.notes.map((n) => el("li", { text: n })));
      showReport(report, shown.report);
    },
    cleanup() {
      for (const stop of stops) stop();
      root.replaceChildren();
    },
  };
  return panel;
}

/**
 * The import report of an event file in the panel, as `faultline import` prints it: rows = kept +
 * rejected, actors matched and created (listed for review), places, relations; then each rejected
 * row with its line and reason.
 */
function showReport(root: HTMLElement, report: ImportReport | null): void {
  root.hidden = report === null;
  if (report === null) {
    root.replaceChildren();
    delete root.dataset.rows;
    return;
  }
  root.dataset.rows = String(report.rows);
  root.dataset.kept = String(report.kept);
  root.dataset.rejected = String(report.rejected.length);
  root.dataset.created = String(report.entities.created.length);
  const summary = formatImportReport(report).split("\n").slice(0, 4);
  root.replaceChildren(
    el("h3", { text: `Imported ${report.file}` }),
    ...summary.map((line) => el("p", { text: line })),
    el(
      "details",
      {},
      el("summary", { text: `${report.entities.created.length} actor(s) created, to review` }),
      el(
        "ul",
        { className: "import-created" },
        ...report.entities.created.map((c) =>
          el("li", {
            text: `${c.id} (${c.kind}: ${c.kindReason}; ${c.events} events${c.similar.length > 0 ? `; similar: ${c.similar.join(", ")}` : ""})`,
            attrs: { "data-id": c.id },
          }),
        ),
      ),
    ),
    el("p", {
      text:
        report.rejected.length === 0
          ? "No row rejected."
          : `${report.rejected.length} row(s) rejected, not imported:`,
    }),
    el(
      "ul",
      { className: "import-rejected" },
      ...report.rejected.map((r) =>
        el("li", { text: `line ${r.line}: ${r.reason}`, attrs: { "data-line": String(r.line) } }),
      ),
    ),
  );
}
