import type { Dataset } from "../model/core.js";

/** A dataset whose evidence details are still to come: how to fetch them, and the fetch once started. */
interface PendingDetails {
  readonly load: () => Promise<void>;
  started: Promise<void> | null;
}

const pending = new WeakMap<Dataset, PendingDetails>();

/**
 * Marks a dataset as shown before its evidence details are in (the shipped one: its first part is
 * drawn, the details fetched after): `load` fetches and applies them, once, when first asked.
 */
export function expectDetails(dataset: Dataset, load: () => Promise<void>): void {
  pending.set(dataset, { load, started: null });
}

/** Whether a dataset's evidence details are in memory (always, for a dataset read whole). */
export function detailsLoaded(dataset: Dataset): boolean {
  return !pending.has(dataset);
}

/**
 * Resolves once a dataset's evidence details are in memory, starting their fetch if nobody has;
 * rejects with the reason when they could not be loaded (asking again tries again).
 */
export function whenDetailsLoaded(dataset: Dataset): Promise<void> {
  const waiting = pending.get(dataset);
  if (!waiting) return Promise.resolve();
  waiting.started ??= waiting.load().then(
    () => {
      pending.delete(dataset);
    },
    (error: unknown) => {
      waiting.started = null;
      throw error;
    },
  );
  return waiting.started;
}

/** The words shown where evidence will be once its details are in. */
export const LOADING_EVIDENCE = "Loading evidence…";

/**
 * Fetches a dataset's evidence details once the first frame is on screen (after the next paint),
 * and says on the page when they are in (`body[data-details="loaded"]`, or `"error"` with the
 * reason in the notice): the first frame does not wait for them.
 */
export function loadDetailsAfterFirstFrame(dataset: Dataset, onError: (message: string) => void): void {
  if (detailsLoaded(dataset)) {
    document.body.dataset.details = "loaded";
    return;
  }
  document.body.dataset.details = "loading";
  requestAnimationFrame(() =>
    setTimeout(() =>
      whenDetailsLoaded(dataset).then(
        () => (document.body.dataset.details = "loaded"),
        (error: unknown) => {
          document.body.dataset.details = "error";
          onError((error as Error).message);
        },
      ),
    ),
  );
}
