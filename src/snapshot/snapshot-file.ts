// One snapshot file: a header line (the key the content was made for, the
// sizes of its parts and a SHA-256 of them), a JSON head in ASCII, then
// binary data (see packed-image.ts). Written whole or not at all
// (src/files/atomic-write.ts).
//
// A reader reads the head at once and the data only where it looks, from the
// open file. So that it need not read a whole large file to trust it, a small
// "<name>.verified" file beside it records the file's identity (inode, size,
// modification and change times) when its checksum was last found right: a
// file written since (any write changes its change time, which no program
// can set back) or truncated is hashed again, and rebuilt when it fails.

import { closeSync, readSync, statSync, type BigIntStats, promises as fsAsync } from "node:fs";
import { join } from "node:path";
import { sha256 } from "../core/hash.js";
import { temporaryWriter, writeAtomically } from "../files/atomic-write.js";
import { makePrivateFolder } from "./folder.js";
import { SNAPSHOT_FORMAT } from "./key.js";
import { fileIdentity, openOwnFile, readFully, readOwnSmallFile } from "./own-file.js";
import { ImageReader } from "./packed-image.js";

export type SnapshotRead =
  | { kind: "hit"; head: unknown; reader: ImageReader }
  /** No file, or one made for other corpus files or another pakaz: rebuild quietly. */
  | { kind: "miss" }
  /** A file that cannot be used (truncated, corrupt, unreadable): rebuild, and say so. */
  | { kind: "unreadable"; reason: string }
  /** A folder stands at the file's name, this user's (`ours`) or another's. */
  | { kind: "folder"; ours: boolean };

interface Header {
  cache: "pakaz";
  key: string;
  /** Bytes of the JSON head (padded with spaces) and of the data after it. */
  head: number;
  data: number;
  /** SHA-256 (hex) of the key, the sizes, the head and the data (see sumPrefix). */
  sum: string;
}

const VERIFIED_SUFFIX = ".verified";
/** A temporary file this old was left by a run that died while writing. */
const STALE_TEMP_MS = 60 * 60 * 1000;
/** The header line, padded with spaces: its length is fixed so that the data's alignment is known. */
const HEADER_BYTES = 256;
const MAX_HEADER_BYTES = 4096;
const ALIGN = 8;
const HASH_CHUNK = 8 * 1024 * 1024;
/**
 * Caps on what a header may declare, far above the cache of a 100,000-claim
 * corpus: the head is read whole into memory, the data only where a run
 * looks, but a header is not trusted to name any size it likes.
 */
const MAX_HEAD_BYTES = 512 * 1024 * 1024;
const MAX_CACHE_BYTES = 8 * 1024 * 1024 * 1024;
/** A ".verified" note is one short line. */
const MAX_NOTE_BYTES = 4096;

/** Files a run reads from lazily stay open until it ends. */
const openFiles = new Set<number>();
let closeOnExit = false;

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function isHeader(value: unknown): value is Header {
  const h = value as Partial<Header> | null;
  return h !== null && typeof h === "object" && h.cache === "pakaz" && typeof h.key === "string" && Number.isSafeInteger(h.head) && Number.isSafeInteger(h.data) && typeof h.sum === "string";
}

/** What a ".verified" note says: this version of the file, with this sum, was found whole. */
function verifiedNote(info: BigIntStats, sum: string): string {
  return `${fileIdentity(info)}:${sum}`;
}

/**
 * What the checksum covers before the head and the data: the format, the key
 * and the sizes. A sum over the data alone let a cache built from an edited
 * corpus pass for the victim's once its key was edited to match. (A sum is
 * not a signature: what keeps others from planting a file is that only the
 * user can write the folder and only the user's files are read.)
 */
function sumPrefix(key: string, head: number, data: number): string {
  return `pakaz-cache-file\0${SNAPSHOT_FORMAT}\0${key}\0${head}\0${data}\0`;
}

/** The sum a snapshot file for `key` carries over its head and data, as writeSnapshotFile makes it. */
export function snapshotFileSum(key: string, head: Uint8Array, data: readonly Uint8Array[]): string {
  const hash = sha256().update(sumPrefix(key, head.byteLength, data.reduce((total, chunk) => total + chunk.byteLength, 0))).update(head);
  for (const chunk of data) hash.update(chunk);
  return hash.digest("hex");
}

function sumOf(fd: number, from: number, to: number, prefix: string): string {
  const hash = sha256().update(prefix);
  const chunk = Buffer.allocUnsafe(Math.min(HASH_CHUNK, Math.max(1, to - from)));
  for (let at = from; at < to; at += chunk.length) {
    const part = chunk.subarray(0, Math.min(chunk.length, to - at));
    readFully(fd, part, at);
    hash.update(part);
  }
  return hash.digest("hex");
}

/**
 * The cache file at `path` if it was made for `key`. Only a regular file of
 * this user (or of one of `owners`: whoever installed the image shipped with
 * pakaz) is read, and every read is bounded by the sizes its header declares,
 * checked against the file's size and the caps above.
 */
export async function readSnapshotFile(path: string, key: string, owners?: readonly number[]): Promise<SnapshotRead> {
  const opened = openOwnFile(path, owners);
  if (opened.kind === "missing") return { kind: "miss" };
  if (opened.kind === "refused") return opened.folder !== undefined ? { kind: "folder", ours: opened.folder.ours } : { kind: "unreadable", reason: opened.reason };
  const { fd, info } = opened;
  let keep = false;
  try {
    const first = Buffer.alloc(MAX_HEADER_BYTES);
    const got = readSync(fd, first, 0, first.length, 0);
    const newline = first.subarray(0, got).indexOf(10);
    let header: unknown;
    try {
      header = newline < 0 ? undefined : JSON.parse(first.toString("utf8", 0, newline));
    } catch {
      header = undefined;
    }
    if (!isHeader(header)) return { kind: "unreadable", reason: "it is not a pakaz cache file" };
    if (header.key !== key) return { kind: "miss" };
    const start = newline + 1;
    if (header.head < 0 || header.data < 0 || header.head > MAX_HEAD_BYTES || start + header.head + header.data > MAX_CACHE_BYTES) {
      return { kind: "unreadable", reason: "its header declares sizes no cache has" };
    }
    if (info.size !== BigInt(start + header.head + header.data)) return { kind: "unreadable", reason: "it is truncated" };
    const verified = `${path}${VERIFIED_SUFFIX}`;
    const known = readOwnSmallFile(verified, MAX_NOTE_BYTES) ?? "";
    if (known !== verifiedNote(info, header.sum)) {
      if (sumOf(fd, start, start + header.head + header.data, sumPrefix(header.key, header.head, header.data)) !== header.sum) return { kind: "unreadable", reason: "it is corrupt (its checksum does not match)" };
      // Best effort: without it the next run only hashes the file again.
      await writeAtomically(verified, verifiedNote(info, header.sum), { mode: 0o600, replace: true }).catch(() => undefined);
    }
    const headBytes = Buffer.alloc(header.head);
    readFully(fd, headBytes, start);
    let head: unknown;
    try {
      head = JSON.parse(headBytes.toString("latin1"));
    } catch (error) {
      return { kind: "unreadable", reason: `it is corrupt (${reasonOf(error)})` };
    }
    const dataStart = start + header.head;
    const reader = new ImageReader(header.data, (offset, target) => readFully(fd, target, dataStart + offset));
    keep = true;
    openFiles.add(fd);
    if (!closeOnExit) {
      closeOnExit = true;
      process.once("exit", () => {
        for (const open of openFiles) closeSync(open);
      });
    }
    return { kind: "hit", head, reader };
  } catch (error) {
    return { kind: "unreadable", reason: reasonOf(error) };
  } finally {
    if (!keep) closeSync(fd);
  }
}

/**
 * JSON text with every character outside ASCII written as an escape. Read
 * back as Latin-1, it is one byte a character in memory, and JSON.parse reads
 * it faster than the same text decoded from UTF-8, where one accented name
 * makes the whole head two bytes a character (about 1 ms of every run).
 */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u0080-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

export async function writeSnapshotFile(dir: string, name: string, key: string, head: unknown, data: readonly Uint8Array[]): Promise<void> {
  const headText = asciiJson(head);
  const padding = (ALIGN - ((HEADER_BYTES + headText.length) % ALIGN)) % ALIGN;
  const headBuffer = Buffer.from(headText + " ".repeat(padding), "latin1");
  const dataBytes = data.reduce((total, chunk) => total + chunk.byteLength, 0);
  const sum = snapshotFileSum(key, headBuffer, data);
  const line = JSON.stringify({ cache: "pakaz", key, head: headBuffer.length, data: dataBytes, sum } satisfies Header);
  const headerBuffer = Buffer.from(`${line.padEnd(HEADER_BYTES - 1)}\n`);

  makePrivateFolder(dir);
  const target = join(dir, name);
  await writeAtomically(target, [headerBuffer, headBuffer, ...data], { mode: 0o600, replace: true });
  // This run wrote it and knows it whole; if another run has replaced it
  // meanwhile, the identity will not match and that file is hashed instead.
  await writeAtomically(`${target}${VERIFIED_SUFFIX}`, verifiedNote(statSync(target, { bigint: true }), sum), { mode: 0o600, replace: true }).catch(() => undefined);
  await removeStaleTemporaries(dir);
}

/** Whether a process with this pid may still be writing: it runs, or it is another user's (EPERM). */
function mayBeRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== "ESRCH";
  }
}

/**
 * Temporary files of runs that died mid-write: only ours (our names, our
 * files), only in the cache folder. One whose writer is gone goes at once;
 * one whose pid runs (perhaps reused) goes when it is an hour old.
 */
async function removeStaleTemporaries(dir: string): Promise<void> {
  try {
    const now = Date.now();
    const uid = typeof process.getuid === "function" ? process.getuid() : undefined;
    for (const entry of await fsAsync.readdir(dir)) {
      const pid = temporaryWriter(entry, "corpus-");
      if (pid === undefined) continue;
      const path = join(dir, entry);
      const info = await fsAsync.lstat(path).catch(() => undefined);
      if (info === undefined || !info.isFile() || (uid !== undefined && info.uid !== uid)) continue;
      const abandoned = !mayBeRunning(pid);
      if (abandoned || now - info.mtimeMs > STALE_TEMP_MS) await fsAsync.rm(path, { force: true });
    }
  } catch {
    // Tidying is best effort; the cache itself was written.
  }
}
