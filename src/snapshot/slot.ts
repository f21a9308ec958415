// One corpus's place among the snapshots: the folder, the file name stem,
// the key its files must carry, and how to tell the user that the snapshot
// could not be used. A snapshot problem is never a reason to fail a command:
// the corpus is read from its files instead, with one warning on stderr.

import { rmSync } from "node:fs";
import { join } from "node:path";
import { cacheDirectory, privateFolderProblem, type FolderEnv } from "./folder.js";
import { snapshotStem } from "./key.js";
import { ImageWriter, type ImageReader } from "./packed-image.js";
import { readSnapshotFile, writeSnapshotFile } from "./snapshot-file.js";

export interface Slot {
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
export interface KeyedSlot extends Slot {
  key: string;
}

/** The parts of a corpus's snapshot, each in its own file so that `show` need not read the index. */
export type SnapshotPart = "corpus" | "index";

/**
 * undefined when the environment names no cache folder, or when that folder
 * cannot be made or is not private (see privateFolderProblem): the run is
 * then correct and slower, after one warning.
 */
export function openSlot(corpusDir: string, env: FolderEnv, warnUser: (message: string) => void): Slot | undefined {
  const dir = cacheDirectory(env);
  if (dir === undefined) return undefined;
  const warn = warnOnce(warnUser);
  const problem = privateFolderProblem(dir);
  if (problem !== undefined) {
    warn(
      problem.kind === "unmade"
        ? `cannot write the corpus cache in ${dir} (${problem.reason}); use --no-cache to skip it`
        : `not using the cache folder ${dir}: ${problem.reason}; running without it`,
    );
    return undefined;
  }
  return { dir, stem: snapshotStem(corpusDir), warn, writes: { failed: false } };
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

function fileName(slot: Slot, part: SnapshotPart): string {
  return `${slot.stem}.${part}.json`;
}

/** Where the hashes of this corpus's files are remembered between runs. */
export function hashMemoPath(slot: Slot): string {
  return join(slot.dir, `${slot.stem}.files.json`);
}

/** The cached value of one part, or undefined when it must be rebuilt (after a warning if the file was unusable). */
export async function readEntry<T>(slot: KeyedSlot, part: SnapshotPart, restore: (head: unknown, reader: ImageReader) => T): Promise<T | undefined> {
  const path = join(slot.dir, fileName(slot, part));
  const read = await readSnapshotFile(path, slot.key, slot.owners);
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

export async function writeEntry(slot: KeyedSlot, part: SnapshotPart, pack: (writer: ImageWriter) => unknown): Promise<void> {
  if (slot.writes.failed) return;
  try {
    const writer = new ImageWriter();
    const head = pack(writer);
    await writeSnapshotFile(slot.dir, fileName(slot, part), slot.key, head, writer.chunks);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "EACCES" || code === "EPERM" ? "permission denied" : error instanceof Error ? error.message : String(error);
    slot.writes.failed = true;
    slot.warn(`cannot write the corpus cache in ${slot.dir} (${reason}); use --no-cache to skip it`);
  }
}
