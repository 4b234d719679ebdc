import type { KnowledgeGraph } from "../graph/knowledge-graph.js";
import type { EntityResolver } from "../query/entity-resolver.js";
import { listen } from "./dom.js";
import { createEntityPicker } from "./entity-picker.js";
import type { Store } from "./explorer-state.js";
import type { GraphView } from "./graph-view.js";
import type { NameIndex } from "./name-index.js";

/**
 * The search box: completion over names and aliases; picking an entity selects it and brings it
 * into view. `/` focuses the box from anywhere on the page, Escape clears the selection.
 */
export function mountSearchPanel(
  root: HTMLElement,
  kg: KnowledgeGraph,
  store: Store,
  graphView: GraphView,
  names: NameIndex,
  resolver: Pick<EntityResolver, "resolve">,
): () => void {
  const picker = createEntityPicker({
    id: "search",
    label: "Find an actor or place",
    placeholder: "HTS, Levant Liberation Organization, Idlib…",
    names,
    resolver,
    onPick(entity) {
      store.update({ selection: { kind: "entity", id: entity.id }, path: null });
      graphView.centreOn(entity.id);
    },
  });
  root.replaceChildren(picker.element);
  const showSelection = () => {
    const selection = store.get().selection;
    if (document.activeElement === picker.input) return;
    picker.show(selection?.kind === "entity" ? (kg.entities.get(selection.id) ?? null) : null);
  };
  showSelection();
  const cleanups = [
    picker.cleanup,
    store.subscribe((state, previous) => {
      if (state.selection !== previous.selection) showSelection();
    }),
    listen(document, "keydown", (event) => {
      const target = event.target as HTMLElement | null;
      const typing = target?.closest("input, select, textarea") !== null && target !== null;
      if (event.key === "/" && !typing) {
        event.preventDefault();
        picker.input.focus();
        picker.input.select();
      } else if (event.key === "Escape" && !typing && store.get().selection) {
        store.update({ selection: null, path: null });
      }
    }),
  ];
  return () => cleanups.forEach((c) => c());
}
