import { rmSync } from "node:fs";

/** Temporary files and folders of atomic writes still in progress in this process. */
const live = new Set<string>();

/** A temporary path beside `path`, for writing before an atomic rename; registered until released. */
export function temporaryPathFor(path: string): string {
  const temporary = `${path}.partial-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  live.add(temporary);
  return temporary;
}

/** Marks a temporary path as done with (renamed into place or removed). */
export function releaseTemporary(temporary: string): void {
  live.delete(temporary);
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
  live.clear();
}
