import type { KnowledgeGraph } from "../graph/knowledge-graph.js";
import { buildKnowledgeGraph } from "../graph/knowledge-graph.js";
import type { TimeIndexLayout } from "../graph/relation-time-index.js";
import bundledNames from "virtual:event-data-names";
import type { Dataset } from "../model/core.js";
import { parseEdtf } from "../model/core.js";
import { whenDetailsLoaded } from "./dataset-details.js";
import { byId, el } from "./dom.js";
import type { ExplorerOptions } from "./explorer.js";
import { DEFAULT_EXPLORER_OPTIONS, mountExplorer } from "./explorer.js";
import type { GraphView } from "./graph-view.js";
import type { LayoutPositions } from "./initial-layout.js";
import { layoutPositions } from "./initial-layout.js";
import type { OpenedDataset } from "./load-dataset.js";
import type { Proposals } from "./load-draft.js";
import type { FilesRead } from "./load-files.js";
import { MAX_OPENED_FILE_BYTES } from "./load-files.js";
import type { DataPanel } from "./load-panel.js";
import { mountDataPanel } from "./load-panel.js";
import type { LoadProblem } from "./load-problem.js";
import {
  markProposals,
  mountProposalLayer,
  mountProposalPanel,
  proposalLegend,
} from "./load-proposals-view.js";
import { dataParamProblem, OPENED_DATA, SHIPPED_DATA } from "./load-url.js";

/** A dataset the page can show: the shipped one, or one opened from files. */
interface Base {
  readonly opened: OpenedDataset;
  readonly shipped: boolean;
}

/** A draft laid over the base dataset: the merged dataset and its proposals. */
interface LaidDraft {
  readonly dataset: Dataset;
  readonly proposals: Proposals;
}

function countsOf(dataset: Dataset): string {
  return `${dataset.entities.length} entities, ${dataset.relations.length} relations, ${dataset.sources.length} sources`;
}

/** Drops from the address a selection or path the new data does not hold, so the notice does not name them. */
function pruneAddress(kg: KnowledgeGraph): void {
  const params = new URLSearchParams(window.location.search);
  const entity = params.get("entity");
  const relation = params.get("relation");
  if (entity !== null && !kg.entities.has(entity)) params.delete("entity");
  if (relation !== null && !kg.relations.has(relation)) params.delete("relation");
  const path = params.get("path")?.split(",") ?? [];
  if (path.length > 0 && !path.every((id) => kg.entities.has(id))) params.delete("path");
  const query = params.toString().replace(/%2C/g, ",");
  history.replaceState(null, "", `${window.location.pathname}${query ? `?${query}` : ""}`);
}

/** Lists problems of opened files in the page's notice, all at once; the data shown stays as it was. */
function showProblems(how: string, names: readonly string[], problems: readonly LoadProblem[]): void {
  const notice = byId("notice", HTMLElement);
  notice.hidden = false;
  notice.classList.add("error");
  notice.replaceChildren(
    el("p", {
      text: `The ${names.length === 1 ? "file" : "files"} ${how} (${names.join(", ")}) could not be opened: ${problems.length} problem(s), listed below. The data shown has not changed.`,
    }),
    el(
      "ul",
      { className: "load-problems" },
      ...problems.map((p) =>
        el("li", {
          text: `${p.file}${p.place === null ? "" : `, ${p.place}`}: ${p.message}`,
          attrs: { "data-file": p.file, "data-place": p.place ?? "" },
        }),
      ),
    ),
  );
  document.body.dataset.loadError = String(problems.length);
}

function hideNotice(): void {
  const notice = byId("notice", HTMLElement);
  notice.hidden = true;
  notice.classList.remove("error");
  notice.replaceChildren();
  delete document.body.dataset.loadError;
}

/**
 * Runs the page on the shipped dataset and lets the user open their own: files chosen or dropped
 * are read and validated (load-dataset.ts), a draft is laid over the data shown (load-draft.ts),
 * and the explorer is mounted again on the result with the previous layout kept (new entities
 * placed near their neighbours). Problems are listed in the notice and nothing changes; "Back to
 * the shipped data" restores the shipped data and its layout exactly. `shippedTimeLayout` is the
 * layout of the shipped relations' time index the build worked out.
 */
export function runExplorer(
  shipped: Dataset,
  shippedTimeLayout?: TimeIndexLayout,
  options: ExplorerOptions = DEFAULT_EXPLORER_OPTIONS,
): void {
  const shippedBase: Base = {
    shipped: true,
    opened: {
      dataset: shipped,
      name: "shipped data",
      summary: countsOf(shipped),
      notes: [],
      names:
        bundledNames === null ? null : { text: bundledNames, display: "graph-data/event-data-names.json" },
    },
  };
  let base = shippedBase;
  let draft: LaidDraft | null = null;
  let shippedLayout: LayoutPositions | null = null;
  let graphView: GraphView | null = null;
  let unmount: (() => void) | null = null;
  let panel: DataPanel | null = null;
  let mounted = false;

  const mount = (previousLayout: LayoutPositions | undefined, startDay: number | undefined) => {
    unmount?.();
    // The shipped relations come with their time index's layout; other data is indexed here.
    const kg = draft
      ? buildKnowledgeGraph(draft.dataset)
      : buildKnowledgeGraph(base.opened.dataset, base.shipped ? shippedTimeLayout : undefined);
    // The first mount reports what the address names and the data lacks; a later one (other data) drops it.
    if (mounted) pruneAddress(kg);
    mounted = true;
    const laid = draft;
    const teardown: (() => void)[] = [];
    let proposalEdges = new Set<string>();
    const explorerCleanup = mountExplorer(kg, {
      ...options,
      ...(previousLayout ? { previousLayout } : {}),
      dataset: base.shipped ? SHIPPED_DATA : OPENED_DATA,
      prepareDisplay: (display) => {
        if (laid) proposalEdges = markProposals(display, laid.proposals);
      },
      onMounted: (view, store) => {
        graphView = view;
        if (laid) {
          teardown.push(mountProposalLayer(view, proposalEdges));
          teardown.push(mountProposalPanel(byId("proposal-panel", HTMLElement), kg, store, laid.proposals));
          byId("legend", HTMLElement).append(proposalLegend(laid.proposals));
        }
        if (startDay !== undefined) store.update({ day: startDay });
      },
    });
    unmount = () => {
      for (const stop of teardown.reverse()) stop();
      explorerCleanup();
    };
    if (base.shipped && !draft && shippedLayout === null && graphView)
      shippedLayout = layoutPositions(graphView.graph);
    panel?.show({
      name: base.opened.name,
      shipped: base.shipped,
      summary: base.opened.summary,
      draft: laid ? laid.proposals.file : null,
      notes: [...base.opened.notes, ...(laid ? laid.proposals.notes : [])],
      report: base.opened.report ?? null,
    });
    document.body.dataset.dataset = base.shipped ? "shipped" : base.opened.name;
  };

  const currentLayout = () => (graphView ? layoutPositions(graphView.graph) : undefined);

  const open = async (read: FilesRead, how: string) => {
    const names = [...read.files.map((f) => f.path), ...read.oversized.map((f) => f.path)];
    const problems: LoadProblem[] = read.oversized.map((f) => ({
      file: f.path,
      place: null,
      message: `${f.size} bytes: larger than the ${MAX_OPENED_FILE_BYTES} bytes a data file may have`,
    }));
    // The readers and checks of opened files (formats, zod schemas, the event import, drafts) load
    // only when a file is opened: the first frame does not wait for them.
    const [{ readOpenedFiles }, { importEventFile }, { overlayDraft }] = await Promise.all([
      import("./load-dataset.js"),
      import("./load-events.js"),
      import("./load-draft.js"),
    ]);
    const opened = problems.length === 0 ? readOpenedFiles(read.files) : null;
    if (opened && !opened.ok) problems.push(...opened.problems);
    if (!opened || !opened.ok) {
      showProblems(how, names, problems);
      return;
    }
    let nextBase: Base = opened.dataset ? { shipped: false, opened: opened.dataset } : base;
    if (opened.events || opened.draft) {
      // Merged into the data shown, whose evidence must be whole first (the shipped data's details come after the first frame).
      try {
        await whenDetailsLoaded(nextBase.opened.dataset);
      } catch (error) {
        showProblems(how, names, [
          {
            file: nextBase.opened.name,
            place: null,
            message: `its evidence could not be loaded: ${(error as Error).message}`,
          },
        ]);
        return;
      }
    }
    if (opened.events) {
      // An event file is merged into the data shown (or opened with it), as `faultline import … --into` would.
      const into = nextBase.opened;
      const imported = await importEventFile(opened.events, {
        dataset: into.dataset,
        names: into.names ?? null,
        name: into.name,
      });
      if (!imported.ok) {
        showProblems(how, names, imported.problems);
        return;
      }
      const { dataset, report } = imported;
      nextBase = {
        shipped: false,
        opened: {
          dataset,
          name: `${into.name} + ${opened.events.file}`,
          summary: `${countsOf(dataset)}: ${into.name} with ${opened.events.file} imported`,
          notes: into.notes,
          names: into.names ?? null,
          report,
        },
      };
    }
    let nextDraft: LaidDraft | null = null;
    if (opened.draft) {
      const laid = overlayDraft(nextBase.opened.dataset, opened.draft.proposals, opened.draft.file);
      if (!laid.ok) {
        showProblems(how, names, laid.problems);
        return;
      }
      nextDraft = { dataset: laid.dataset, proposals: laid.proposals };
    }
    hideNotice();
    const previous = currentLayout();
    base = nextBase;
    draft = nextDraft;
    const published = nextDraft ? parseEdtf(nextDraft.proposals.published) : null;
    mount(previous, published?.ok ? published.date.lo : undefined);
  };

  panel = mountDataPanel(byId("data-panel", HTMLElement), {
    open,
    backToShipped() {
      hideNotice();
      base = shippedBase;
      draft = null;
      mount(shippedLayout ?? undefined, undefined);
    },
    removeDraft() {
      hideNotice();
      const previous = currentLayout();
      draft = null;
      mount(previous, undefined);
    },
  });
  const dataProblem = dataParamProblem(window.location.search);
  mount(undefined, undefined);
  if (dataProblem) {
    const notice = byId("notice", HTMLElement);
    notice.hidden = false;
    notice.append(el("p", { text: dataProblem }));
  }
}
