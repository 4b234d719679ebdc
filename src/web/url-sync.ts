import type { ExplorerState, Store } from "./explorer-state.js";
import { withDataParam } from "./load-url.js";
import { urlQueryOf } from "./url-state.js";

/**
 * Keeps the address bar in step with the state (date, window, selection, filters, measure, path)
 * and names the dataset shown (`data`, see load-url.ts), so a copied link reopens the same view. Replaces the history entry rather than piling them up.
 */
export function mountUrlSync(
  store: Store,
  defaults: ExplorerState,
  delayMs = 150,
  dataset?: string,
): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const write = () => {
    timer = null;
    const query = withDataParam(urlQueryOf(store.get(), defaults), dataset);
    if (query !== window.location.search)
      history.replaceState(null, "", `${window.location.pathname}${query}`);
  };
  const unsubscribe = store.subscribe(() => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(write, delayMs);
  });
  write();
  return () => {
    unsubscribe();
    if (timer !== null) clearTimeout(timer);
  };
}
