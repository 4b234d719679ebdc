import { describe, expect, it } from "vitest";
import { VALIDATION_NOTICE_BYTES, validationNotice } from "../../src/cli/validation-notice.js";

/** The notes a notice writes for a folder of `bytes`. */
function notes(bytes: number, cache: boolean): string[] {
  const written: string[] = [];
  validationNotice({ write: (t: string) => written.push(t) }, "/data/big-folder", cache)(bytes);
  return written;
}

describe("the note before a long validation", () => {
  it("says nothing for a folder below the threshold", () => {
    expect(notes(VALIDATION_NOTICE_BYTES - 1, true)).toEqual([]);
  });

  it("names the folder and its size, and says the result is stored for later commands", () => {
    const [note] = notes(485_000_000, true);
    expect(note).toMatch(/^faultline: note: validating .*big-folder \(485 MB\) from its files/);
    expect(note).toContain("later commands open the store");
  });

  it("with --no-cache, says nothing is stored", () => {
    const [note] = notes(VALIDATION_NOTICE_BYTES, false);
    expect(note).toContain("--no-cache: nothing is stored");
  });
});
