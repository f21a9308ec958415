// One corpus's place in the compiled cache: the folder, the file name stem,
// the key its files must carry, and how to tell the user that the cache could
// not be used. A cache problem is never a reason to fail a command: the
// corpus is read from its files instead, with one warning on stderr.

import { rmSync } from "node:fs";
import { join } from "node:path";
import { ImageWriter, type ImageReader } from "../core/search/packed-image.js";
import { cacheDirectory, privateFolderProblem } from "./cache-dir.js";
import { readCacheFile, writeCacheFile } from "./cache-file.js";
import { cacheStem } from "./cache-key.js";
import type { Settings } from "./resolve-settings.js";

export interface CacheSlot {
  dir: string;
  /** Besides this user, who may own the files read (the installer of the image shipped with pakaz). */
  owners?: readonly number[];
  /** The image shipped with pakaz: read, never written or tidied. */
  readOnly?: boolean;
  stem: string;
  warn: (message: string) => void;
  /** Shared by copies of the slot: once a write has failed, the run does not try (and warn) again. */
  writes: { failed: boolean };
}

/** A slot and the key of the corpus files it is for. */
export interface KeyedSlot extends CacheSlot {
  key: string;
}

/** The parts of a corpus's cache, each in its own file so that `show` need not read the index. */
export type CachePart = "corpus" | "index";

/**
 * undefined with --no-cache, when the environment names no cache folder, or
 * when that folder cannot be made or is not private (see privateFolderProblem):
 * the run is then correct and slower, after one warning.
 */
export function openCacheSlot(settings: Settings): CacheSlot | undefined {
  if (!settings.useCache) return undefined;
  const dir = cacheDirectory(settings.env);
  if (dir === undefined) return undefined;
  const warn = warnOnce(settings.warn);
  const problem = privateFolderProblem(dir);
  if (problem !== undefined) {
    warn(
      problem.kind === "unmade"
        ? `cannot write the corpus cache in ${dir} (${problem.reason}); use --no-cache to skip it`
        : `not using the cache folder ${dir}: ${problem.reason}; running without it`,
    );
    return undefined;
  }
  return { dir, stem: cacheStem(settings.corpusDir), warn, writes: { failed: false } };
}

/**
 * The cache is a speed-up, not the user's business: however many of its
 * files are unusable in one run (the corpus and the index, the shipped image
 * and the user's copy), the run says so once, and every slot made from this
 * one shares the function and so the silence after.
 */
function warnOnce(warn: (message: string) => void): (message: string) => void {
  let warned = false;
  return (message) => {
    if (warned) return;
    warned = true;
    warn(message);
  };
}

function fileName(slot: CacheSlot, part: CachePart): string {
  return `${slot.stem}.${part}.json`;
}

/** Where the hashes of this corpus's files are remembered between runs. */
export function hashMemoPath(slot: CacheSlot): string {
  return join(slot.dir, `${slot.stem}.files.json`);
}

/** The cached value of one part, or undefined when it must be rebuilt (after a warning if the file was unusable). */
export function readCacheEntry<T>(slot: KeyedSlot, part: CachePart, restore: (head: unknown, reader: ImageReader) => T): T | undefined {
  const path = join(slot.dir, fileName(slot, part));
  const read = readCacheFile(path, slot.key, slot.owners);
  if (read.kind === "miss") return undefined;
  if (read.kind === "folder") {
    // A folder at a file's name would fail every write and be reported every
    // run. One of ours (a crash, a mistaken mkdir) goes, and the file is
    // rebuilt in its place; another user's cannot, so the cache is left alone.
    if (read.ours && slot.readOnly !== true) {
      try {
        rmSync(path, { recursive: true, force: true });
        return undefined;
      } catch {
        // Reported below, as another's.
      }
    }
    slot.writes.failed = true;
    slot.warn(`not using the corpus cache: ${path} is a folder that cannot be removed; running without it`);
    return undefined;
  }
  if (read.kind === "hit") {
    try {
      return restore(read.head, read.reader);
    } catch (error) {
      slot.warn(`ignoring the corpus cache ${path}: it does not fit the corpus (${error instanceof Error ? error.message : String(error)}); rebuilding it`);
      return undefined;
    }
  }
  slot.warn(`ignoring the corpus cache ${path}: ${read.reason}; rebuilding it`);
  return undefined;
}

export async function writeCacheEntry(slot: KeyedSlot, part: CachePart, pack: (writer: ImageWriter) => unknown): Promise<void> {
  if (slot.writes.failed) return;
  try {
    const writer = new ImageWriter();
    const head = pack(writer);
    await writeCacheFile(slot.dir, fileName(slot, part), slot.key, head, writer.chunks);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "EACCES" || code === "EPERM" ? "permission denied" : error instanceof Error ? error.message : String(error);
    slot.writes.failed = true;
    slot.warn(`cannot write the corpus cache in ${slot.dir} (${reason}); use --no-cache to skip it`);
  }
}
