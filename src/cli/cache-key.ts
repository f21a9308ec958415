// What a compiled cache is valid for: this corpus's files (their paths and
// their content, not their time stamps), read by this very build of pakaz.
// A change to any corpus file, to pakaz's version, to its bundled code or to
// the cache's own layout (CACHE_FORMAT) gives another key, and the cache is
// rebuilt rather than trusted.

import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { CorpusFile } from "../core/corpus/read-corpus.js";
import { PAKAZ_VERSION } from "./version.js";

/** Raise when what the cache stores changes shape in a way the code hash might not show. */
export const CACHE_FORMAT = 1;

let fingerprint: string | undefined;

/**
 * A hash of the code that is running. Bundled, this module is part of
 * dist/cli.js, which imports every chunk by a name that carries a hash of the
 * chunk's content, so any change to the engine changes this file's bytes.
 * From source (the tests) it is only this file: tests use their own cache folders.
 */
export function codeFingerprint(): string {
  if (fingerprint !== undefined) return fingerprint;
  const hash = createHash("sha256").update(`${PAKAZ_VERSION}\0`);
  try {
    hash.update(readFileSync(fileURLToPath(import.meta.url)));
  } catch {
    // Not loaded from a file (an unusual loader): the version has to do.
  }
  fingerprint = hash.digest("hex");
  return fingerprint;
}

/** The key a cache entry must carry to be used for these corpus files. */
export function corpusKey(files: readonly CorpusFile[]): string {
  const hash = createHash("sha256").update(`pakaz-cache\0${CACHE_FORMAT}\0${codeFingerprint()}\0${files.length}\0`);
  // Lengths make the concatenation unambiguous; paths matter because
  // `show` and `validate` print them.
  for (const file of files) hash.update(`${file.path.length}\0${file.path}\0${file.text.length}\0`).update(file.text);
  return hash.digest("hex");
}

/**
 * The file name stem for a corpus folder: one cache per folder, overwritten
 * when the folder's files change, so editing a corpus does not pile up caches.
 */
export function cacheStem(corpusDir: string): string {
  return `corpus-${createHash("sha256").update(resolve(corpusDir)).digest("hex").slice(0, 20)}`;
}
