/**
 * What JSON.parse accepts but the strict reader (strict-json.ts) refuses, found by one pass over
 * the bytes of a text JSON.parse has already read, without building any value: a key repeated in
 * one object, nesting deeper than the strict reader allows, a number too large to be read. So a
 * large file is read by JSON.parse and this scan, and only a file with a doubt goes through the
 * strict reader, which names each problem with its line and column. Pure and browser-safe.
 */
import { MAX_JSON_DEPTH } from "./strict-json.js";

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const COMMA = 0x2c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

/** Longest number text read without a second look (a longer one, or one with an exponent, is converted to check it is finite). */
const PLAIN_NUMBER_DIGITS = 300;

/**
 * Why the UTF-8 text of `bytes`, which JSON.parse read without error, may not be strict JSON
 * (a repeated key, nesting deeper than MAX_JSON_DEPTH, a number JSON.parse turns into Infinity,
 * or a key written with escapes, which a byte comparison cannot judge); null when it certainly is.
 * Only meaningful for a text JSON.parse accepted: it does not check the syntax again.
 */
export function strictJsonDoubt(bytes: Uint8Array): string | null {
  const n = bytes.length;
  // Keys of the objects open at each depth, as [start, end) byte offsets, kept on one stack.
  let keyStarts = new Int32Array(256);
  let keyEnds = new Int32Array(256);
  let keyCount = 0;
  // For each open object or array: where its keys start on the key stack, or -1 for an array.
  const frames: number[] = [];
  // Where the string just read started and ended (its contents, without quotes), and whether it had an escape.
  let lastStart = 0;
  let lastEnd = 0;
  let lastEscaped = false;
  for (let i = 0; i < n; i++) {
    const c = bytes[i]!;
    if (c === QUOTE) {
      const start = i + 1;
      let escaped = false;
      for (i = start; i < n; i++) {
        const d = bytes[i]!;
        if (d === QUOTE) break;
        if (d === BACKSLASH) {
          escaped = true;
          i++;
        }
      }
      lastStart = start;
      lastEnd = i;
      lastEscaped = escaped;
    } else if (c === COLON) {
      // The string just read is a key of the innermost open object.
      if (lastEscaped) return "a key is written with escapes";
      const length = lastEnd - lastStart;
      const first = frames[frames.length - 1]!;
      for (let k = first; k < keyCount; k++) {
        if (keyEnds[k]! - keyStarts[k]! !== length) continue;
        let same = true;
        for (let j = 0, a = keyStarts[k]!; j < length; j++) {
          if (bytes[a + j] !== bytes[lastStart + j]) {
            same = false;
            break;
          }
        }
        if (same) return "a key appears twice in one object";
      }
      if (keyCount === keyStarts.length) {
        const starts = new Int32Array(keyCount * 2);
        const ends = new Int32Array(keyCount * 2);
        starts.set(keyStarts);
        ends.set(keyEnds);
        keyStarts = starts;
        keyEnds = ends;
      }
      keyStarts[keyCount] = lastStart;
      keyEnds[keyCount] = lastEnd;
      keyCount++;
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      if (frames.length === MAX_JSON_DEPTH) return `nested deeper than ${MAX_JSON_DEPTH} levels`;
      frames.push(c === OPEN_OBJECT ? keyCount : -1);
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      const first = frames.pop()!;
      if (first >= 0) keyCount = first;
    } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      // A number: digits, sign, point and exponent up to the next comma, bracket, brace or space.
      const start = i;
      let exponent = false;
      while (i + 1 < n) {
        const d = bytes[i + 1]!;
        if (d === COMMA || d === CLOSE_ARRAY || d === CLOSE_OBJECT || d <= 0x20) break;
        if (d === 0x65 || d === 0x45) exponent = true;
        i++;
      }
      if (exponent || i + 1 - start > PLAIN_NUMBER_DIGITS) {
        let text = "";
        for (let j = start; j <= i; j++) text += String.fromCharCode(bytes[j]!);
        if (!Number.isFinite(Number(text))) return `the number ${text} is too large to be read`;
      }
    }
  }
  return null;
}
