import { rmSync } from "node:fs";

/** Temporary files and folders of atomic writes still in progress in this process. */
const live = new Set<string>();

/** Called when the first write starts and when the last one ends (see watchLiveTemporaries). */
let onArmedChange: ((armed: boolean) => void) | null = null;

/**
 * Tells `listener` when writes are in progress (true on the first temporary path, false when the
 * last is released or removed), so a process can guard only those stretches.
 */
export function watchLiveTemporaries(listener: (armed: boolean) => void): void {
  onArmedChange = listener;
}

/** A temporary path beside `path`, for writing before an atomic rename; registered until released. */
export function temporaryPathFor(path: string): string {
  const temporary = `${path}.partial-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  live.add(temporary);
  if (live.size === 1) onArmedChange?.(true);
  return temporary;
}

/** Marks a temporary path as done with (renamed into place or removed). */
export function releaseTemporary(temporary: string): void {
  if (live.delete(temporary) && live.size === 0) onArmedChange?.(false);
}

/**
 * Removes every temporary file or folder of writes still in progress (on a signal or an exit in
 * the middle of an export or import), so nothing half-written is left behind. Synchronous, for
 * signal and exit handlers.
 */
export function removeLiveTemporaries(): void {
  for (const temporary of live) {
    try {
      rmSync(temporary, { recursive: true, force: true });
    } catch {
      // Best effort while the process ends: nothing more can be done about it here.
    }
  }
  const wasArmed = live.size > 0;
  live.clear();
  if (wasArmed) onArmedChange?.(false);
}
