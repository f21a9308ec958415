// The hashes and random names the compiled cache uses. node:crypto is loaded
// when one is first needed, not at start-up: loading it and starting OpenSSL
// costs a run about 8 ms, and a warm run, whose corpus has not changed,
// computes no hash at all (see cache-key.ts).

import type * as Crypto from "node:crypto";

let crypto: typeof Crypto | undefined;

function loadCrypto(): typeof Crypto {
  crypto ??= process.getBuiltinModule("node:crypto");
  return crypto;
}

/** An incremental SHA-256, for data that comes in pieces. */
export function sha256(): Crypto.Hash {
  return loadCrypto().createHash("sha256");
}

/** SHA-256 of the bytes or text (as UTF-8), in hex. */
export function sha256Hex(data: string | Uint8Array): string {
  return sha256().update(data).digest("hex");
}

/** A random suffix that keeps two runs' temporary files apart. */
export function randomSuffix(): string {
  return loadCrypto().randomBytes(6).toString("hex");
}

/**
 * A short name for a string, for file names: 64 bits from two 32-bit
 * multiply-xorshift lanes over the UTF-16 code units. Not for integrity: two
 * strings that share a name only share a cache slot, whose key then tells
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
