/**
 * A 64-bit stamp of a byte string (two MurmurHash3 lanes with different seeds, over little-endian
 * 32-bit words), as 16 hex digits. It tells whether bytes are the very ones stamped before (a
 * stale, truncated or edited file); it is not a cryptographic digest. Computed the same way in
 * Node and in the page, where Web Crypto exists only in secure contexts.
 */
export function contentStamp(bytes: Uint8Array): string {
  const whole = bytes.length >>> 2;
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const words = new Uint32Array(aligned.buffer, aligned.byteOffset, whole);
  let h1 = 0x9747b28c;
  let h2 = 0x2545f491;
  for (let i = 0; i < whole; i++) {
    const k1 = mixWord(words[i]!);
    h1 = Math.imul(rotl(h1 ^ k1, 13), 5) + 0xe6546b64;
    h2 = Math.imul(rotl(h2 ^ mixWord(k1 ^ 0x5bd1e995), 13), 5) + 0x1b873593;
  }
  let tail = 0;
  for (let i = bytes.length - 1; i >= whole * 4; i--) tail = (tail << 8) | bytes[i]!;
  h1 = finish(h1 ^ mixWord(tail), bytes.length);
  h2 = finish(h2 ^ mixWord(tail ^ 0x5bd1e995), bytes.length);
  return hex(h1) + hex(h2);
}

function rotl(x: number, r: number): number {
  return (x << r) | (x >>> (32 - r));
}

function mixWord(word: number): number {
  return Math.imul(rotl(Math.imul(word, 0xcc9e2d51), 15), 0x1b873593);
}

/** MurmurHash3's finaliser: every input bit reaches every output bit. */
function finish(h: number, length: number): number {
  h ^= length;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function hex(n: number): string {
  return (n >>> 0).toString(16).padStart(8, "0");
}
