/** The explorer page's entry point: fetch the graph-data the build validated as the CLI does, then run the page on it (the user may open their own). */
import "./styles.css";
import { formatProblem } from "../data/problem.js";
import { loadBundledDataset } from "./bundled-graph-data.js";
import { loadDetailsAfterFirstFrame } from "./dataset-details.js";
import { byId, el } from "./dom.js";
import { dropStartedSigma, startSigma } from "./gl-warm-up.js";
import { runExplorer } from "./open-data.js";

// Sigma starts before the data arrives: the GPU builds its programs while the data downloads and
// parses (started once the data was in memory, the first frame waited ~0.1-0.2 s more for the GPU).
startSigma(byId("graph", HTMLElement));
const { dataset, problems, timeLayout } = await loadBundledDataset();
if (!dataset) {
  dropStartedSigma();
  const notice = byId("notice", HTMLElement);
  notice.hidden = false;
  notice.classList.add("error");
  notice.replaceChildren(
    el("p", {
      text: `The graph data has ${problems.length} problem(s); run \`faultline check\` to see them too:`,
    }),
    el("ul", {}, ...problems.map((p) => el("li", { text: formatProblem(p) }))),
  );
  document.body.dataset.ready = "error";
} else {
  runExplorer(dataset, timeLayout);
  loadDetailsAfterFirstFrame(dataset, (message) => {
    const notice = byId("notice", HTMLElement);
    notice.hidden = false;
    notice.classList.add("error");
    notice.append(el("p", { text: `The evidence could not be loaded: ${message}` }));
  });
}
