import type { ExplorerState, Store } from "./explorer-state.js";
import { urlQueryOf } from "./url-state.js";

/**
 * Keeps the address bar in step with the state (date, window, selection, filters, measure, path),
 * so a copied link reopens the same view. Replaces the history entry rather than piling them up.
 */
export function mountUrlSync(store: Store, defaults: ExplorerState, delayMs = 150): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const write = () => {
    timer = null;
    const query = urlQueryOf(store.get(), defaults);
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
