import { displayPath } from "../data/display-path.js";

/** Folders at least this large take long enough to validate that a command says so before it starts. */
export const VALIDATION_NOTICE_BYTES = 50_000_000;

/**
 * What a command passes as `onValidate`: before a folder of VALIDATION_NOTICE_BYTES or more is read
 * and validated from its files, a note on stderr says why the wait, and whether the result is stored.
 */
export function validationNotice(
  stderr: { write(text: string): unknown },
  dataDir: string,
  cache: boolean,
): (bytes: number) => void {
  return (bytes) => {
    if (bytes < VALIDATION_NOTICE_BYTES) return;
    const after = cache
      ? "once valid it is stored, and later commands open the store in seconds"
      : "--no-cache: nothing is stored, so the next command validates it again";
    stderr.write(
      `faultline: note: validating ${displayPath(dataDir)} (${Math.round(bytes / 1e6)} MB) from its files, which takes a while at this size; ${after}\n`,
    );
  };
}
