// pakaz's one hash helper: SHA-256 for anything checked or keyed (a seed
// text, a corpus file, saved data, a SARIF fingerprint, a style's name), and
// a short non-cryptographic name for file names that must cost nothing to
// work out on every run. node:crypto itself is loaded with Node; its first
// hash starts OpenSSL (about 0.4 ms).

import { createHash, type Hash } from "node:crypto";

/** An incremental SHA-256, for data that comes in pieces. */
export function sha256(): Hash {
  return createHash("sha256");
}

/** SHA-256 of the bytes or text (as UTF-8), in hex. */
export function sha256Hex(data: string | Uint8Array): string {
  return sha256().update(data).digest("hex");
}

/**
 * A short name for a string, for file names: 64 bits from two 32-bit
 * multiply-xorshift lanes over the UTF-16 code units. Not for integrity: two
 * strings that share a name only share a file, whose content must then tell
 * them apart.
 */
export function shortName(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x9e3779b9;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  a = Math.imul(a ^ (a >>> 16), 0x85ebca6b);
  b = Math.imul(b ^ (b >>> 13), 0xc2b2ae35);
  return (a >>> 0).toString(16).padStart(8, "0") + ((b ^ (b >>> 16)) >>> 0).toString(16).padStart(8, "0");
}
