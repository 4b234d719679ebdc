import { removeLiveTemporaries } from "../formats/node/temporary-paths.js";

/** The exit status of a process ended by a signal, as shells report it (128 + the signal's number). */
const SIGNAL_EXIT: Readonly<Record<string, number>> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };

/**
 * Guards the `faultline` process (called once by bin/faultline.js, never by the library):
 * a closed stdout or stderr (EPIPE, e.g. `faultline export gexf | head`) ends the command
 * quietly; Ctrl-C, SIGTERM and SIGHUP remove the temporary files of writes in progress before the
 * process ends with the signal's status; any other exit removes them too.
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
  for (const [signal, status] of Object.entries(SIGNAL_EXIT)) {
    process.on(signal, () => {
      removeLiveTemporaries();
      process.exit(status);
    });
  }
  process.on("exit", removeLiveTemporaries);
}
