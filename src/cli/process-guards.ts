import { removeLiveTemporaries, watchLiveTemporaries } from "../formats/node/temporary-paths.js";

/** The exit status of a process ended by a signal, as shells report it (128 + the signal's number). */
const SIGNAL_EXIT: Readonly<Record<string, number>> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };

/**
 * Guards the `faultline` process (called once by bin/faultline.js, never by the library):
 * a closed stdout or stderr (EPIPE, e.g. `faultline export gexf | head`) ends the command
 * quietly; Ctrl-C, SIGTERM and SIGHUP remove the temporary files of writes in progress before the
 * process ends with the signal's status; any other exit removes them too. The signal handlers are
 * installed only while a write is in progress: a handler runs only when the event loop is free, so
 * one installed for good would leave a long synchronous load (check on 10^6 relations) deaf to Ctrl-C.
 */
export function guardProcess(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE") {
        removeLiveTemporaries();
        process.exit(process.exitCode ?? 0);
      }
      throw error;
    });
  }
  const handlers = Object.entries(SIGNAL_EXIT).map(([signal, status]) => ({
    signal,
    handler: () => {
      removeLiveTemporaries();
      process.exit(status);
    },
  }));
  watchLiveTemporaries((armed) => {
    for (const { signal, handler } of handlers) {
      if (armed) process.on(signal, handler);
      else process.off(signal, handler);
    }
  });
  process.on("exit", removeLiveTemporaries);
}
