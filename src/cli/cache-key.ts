// What a compiled cache is valid for: this corpus's files (their paths and
// their bytes, not their time stamps), read by this very build of pakaz. A
// change to any corpus file, to pakaz's version, to its bundled code or to
// the cache's layout (CACHE_FORMAT) gives another key, and the cache is
// rebuilt rather than trusted.

import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { MAX_CORPUS_FILE_BYTES, type CorpusFile } from "../core/corpus/read-corpus.js";
import { PAKAZ_VERSION } from "./version.js";

/** Raise when what the cache stores changes shape in a way the code hash might not show. */
export const CACHE_FORMAT = 2;

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

export interface KeyedFile {
  /** As readCorpusFiles names it: relative to the working directory when shorter. */
  path: string;
  bytes: Uint8Array;
}

/** The key a cache entry must carry to be used for these corpus files. */
export function corpusKey(files: readonly KeyedFile[]): string {
  const hash = createHash("sha256").update(`pakaz-cache\0${CACHE_FORMAT}\0${codeFingerprint()}\0${files.length}\0`);
  // Lengths make the concatenation unambiguous; paths matter because `show` prints them.
  for (const file of files) hash.update(`${file.path.length}\0${file.path}\0${file.bytes.byteLength}\0`).update(file.bytes);
  return hash.digest("hex");
}

/** The key of files read as text (after a cache miss): their UTF-8 bytes, as on disk. */
export function corpusKeyOfTexts(files: readonly CorpusFile[]): string {
  return corpusKey(files.map((f) => ({ path: f.path, bytes: Buffer.from(f.text, "utf8") })));
}

// The next two follow read-corpus.ts, which the cache must not need to load:
// decoding every file as text costs more than the cache saves. A test holds
// them to readCorpusFiles, and a miss writes a cache only when both agree.

const IGNORED_DIRS = new Set(["styles", "node_modules"]);
const YAML_NAME = /\.ya?ml$/i;

function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel !== "" && !rel.startsWith("..") && rel.length < path.length ? rel : path;
}

function listYamlFiles(dir: string): string[] {
  const entries = readdirSync(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = join(dir, entry.name);
    if (entry.isDirectory() && !IGNORED_DIRS.has(entry.name) && !entry.name.startsWith(".")) files.push(...listYamlFiles(full));
    else if (entry.isFile() && YAML_NAME.test(entry.name)) files.push(full);
  }
  return files;
}

/**
 * The corpus files' paths and bytes, without decoding them; undefined when
 * anything is unusual (a missing folder, a file too large or not a regular
 * file), for readCorpusFiles to report in its own words. Synchronous, as a
 * large corpus reads several times faster so.
 */
export function readCorpusBytes(dir: string, cwd: string): KeyedFile[] | undefined {
  try {
    const info = statSync(dir);
    let paths: string[];
    if (info.isDirectory()) paths = listYamlFiles(dir);
    else if (info.isFile() && YAML_NAME.test(dir)) paths = [dir];
    else return undefined;
    if (paths.length === 0) return undefined;
    const files: KeyedFile[] = [];
    for (const path of paths) {
      const file = statSync(path);
      if (!file.isFile() || file.size > MAX_CORPUS_FILE_BYTES) return undefined;
      files.push({ path: displayPath(path, cwd), bytes: readFileSync(path) });
    }
    return files;
  } catch {
    return undefined;
  }
}

/**
 * The file name stem for a corpus folder: one cache per folder, overwritten
 * when the folder's files change, so editing a corpus does not pile up caches.
 */
export function cacheStem(corpusDir: string): string {
  return `corpus-${createHash("sha256").update(resolve(corpusDir)).digest("hex").slice(0, 20)}`;
}
