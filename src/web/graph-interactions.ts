import type { Store } from "./explorer-state.js";
import type { GraphView } from "./graph-view.js";

/**
 * Pointer use of the graph: hovering an entity shows its neighbourhood, clicking an entity or a
 * relation selects it (an aggregated edge: its earliest relation on the date), clicking the
 * background clears the selection. Returns the cleanup.
 */
export function mountGraphInteractions(graphView: GraphView, store: Store): () => void {
  const { sigma } = graphView;
  const container = sigma.getContainer();
  const onEnterNode = ({ node }: { node: string }) => {
    container.style.cursor = "pointer";
    store.update({ hovered: node });
  };
  const onLeaveNode = () => {
    container.style.cursor = "";
    store.update({ hovered: null });
  };
  const onEnterEdge = () => (container.style.cursor = "pointer");
  const onLeaveEdge = () => (container.style.cursor = "");
  const onClickNode = ({ node }: { node: string }) =>
    store.update({ selection: { kind: "entity", id: node }, path: null });
  // An aggregated edge selects its earliest relation drawn on the date; the details list the others.
  const onClickEdge = ({ edge }: { edge: string }) => {
    const relation = graphView.drawnRelations(edge)[0];
    if (relation) store.update({ selection: { kind: "relation", id: relation }, path: null });
  };
  const onClickStage = () => store.update({ selection: null, path: null });
  sigma.on("enterNode", onEnterNode);
  sigma.on("leaveNode", onLeaveNode);
  sigma.on("enterEdge", onEnterEdge);
  sigma.on("leaveEdge", onLeaveEdge);
  sigma.on("clickNode", onClickNode);
  sigma.on("clickEdge", onClickEdge);
  sigma.on("clickStage", onClickStage);
  return () => {
    sigma.off("enterNode", onEnterNode);
    sigma.off("leaveNode", onLeaveNode);
    sigma.off("enterEdge", onEnterEdge);
    sigma.off("leaveEdge", onLeaveEdge);
    sigma.off("clickNode", onClickNode);
    sigma.off("clickEdge", onClickEdge);
    sigma.off("clickStage", onClickStage);
  };
}
