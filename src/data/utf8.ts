/**
 * Strict UTF-8 decoding: bytes that are not UTF-8 are refused with where they are, instead of
 * turning silently into U+FFFD. Pure and browser-safe.
 */

/** The decoded text, or the first place the bytes are not UTF-8 (1-based line and column, 0-based byte). */
export type Utf8Decode =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly line: number; readonly column: number; readonly byte: number };

const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder("utf-8", { ignoreBOM: true });

/** Length of the valid UTF-8 sequence starting at `i`, or 0 when it is not one. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  if (b < 0x80) return 1;
  const continuation = (k: number, lo = 0x80, hi = 0xbf) =>
    i + k < bytes.length && bytes[i + k]! >= lo && bytes[i + k]! <= hi;
  if (b >= 0xc2 && b <= 0xdf) return continuation(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    const lo = b === 0xe0 ? 0xa0 : 0x80;
    const hi = b === 0xed ? 0x9f : 0xbf;
    return continuation(1, lo, hi) && continuation(2) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const lo = b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xf4 ? 0x8f : 0xbf;
    return continuation(1, lo, hi) && continuation(2) && continuation(3) ? 4 : 0;
  }
  return 0;
}

/** The offset of the first byte that does not start a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const n = sequenceLength(bytes, i);
    if (n === 0) return i;
    i += n;
  }
  return -1;
}

/** Decodes UTF-8 bytes strictly (a leading BOM is kept as U+FEFF for the caller to judge). */
export function decodeUtf8(bytes: Uint8Array): Utf8Decode {
  try {
    return { ok: true, text: strict.decode(bytes) };
  } catch {
    const byte = firstInvalidUtf8(bytes);
    const at = byte === -1 ? bytes.length : byte;
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < at; i++) {
      if (bytes[i] === 0x0a) {
        line++;
        lineStart = i + 1;
      }
    }
    const column = lenient.decode(bytes.subarray(lineStart, at)).length + 1;
    return { ok: false, line, column, byte: at };
  }
}

/** A message for bytes that are not UTF-8, naming the byte's value. */
export function invalidUtf8Message(bytes: Uint8Array, byte: number): string {
  const value = bytes[byte];
  const shown =
    value === undefined
      ? "a truncated sequence"
      : `byte 0x${value.toString(16).toUpperCase().padStart(2, "0")}`;
  return `not valid UTF-8 (${shown} at byte ${byte}): save the file as UTF-8`;
}
