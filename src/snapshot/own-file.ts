// Reading the snapshot's own files, and nothing else: only a regular file of
// this user's (or of whoever installed the snapshot shipped with pakaz), never
// through a link, never waiting on a FIFO, and never more than it declares.

import { closeSync, constants, fstatSync, openSync, readSync, type BigIntStats } from "node:fs";

/** A file opened for reading, or why it was not. */
export type OpenedFile =
  | { kind: "open"; fd: number; info: BigIntStats }
  | { kind: "missing" }
  /** `folder`: a folder stands at the name, owned by this user (`ours`) or not. */
  | { kind: "refused"; reason: string; folder?: { ours: boolean } };

// Windows has neither flag; there the kind and owner checks below still hold.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/**
 * Opens a snapshot's file for reading only when it is a regular file of
 * this user (or of one of `owners`) that no one else can write to. The open
 * neither follows a link (O_NOFOLLOW: a link to /dev/zero would be read for
 * ever) nor waits (O_NONBLOCK: opening a FIFO would block until someone
 * writes to it); the checks are then made on the open descriptor, so the
 * file cannot be swapped between the check and the read.
 */
export function openOwnFile(path: string, owners?: readonly number[]): OpenedFile {
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (error) {
    const code = codeOf(error);
    if (code === "ENOENT" || code === "ENOTDIR") return { kind: "missing" };
    if (code === "ELOOP") return { kind: "refused", reason: "it is a symbolic link" };
    return { kind: "refused", reason: error instanceof Error ? error.message : String(error) };
  }
  let info: BigIntStats;
  try {
    info = fstatSync(fd, { bigint: true });
  } catch (error) {
    closeSync(fd);
    return { kind: "refused", reason: error instanceof Error ? error.message : String(error) };
  }
  const uid = typeof process.getuid === "function" ? BigInt(process.getuid()) : undefined;
  const trusted = uid === undefined || info.uid === uid || (owners ?? []).some((owner) => BigInt(owner) === info.uid);
  const reason = info.isDirectory()
    ? "it is a folder"
    : !info.isFile()
      ? "it is not a regular file"
      : !trusted
        ? "it belongs to another user"
        : uid !== undefined && (info.mode & 0o022n) !== 0n
          ? "others can write to it"
          : undefined;
  if (reason === undefined) return { kind: "open", fd, info };
  closeSync(fd);
  return info.isDirectory() ? { kind: "refused", reason, folder: { ours: uid === undefined || info.uid === uid } } : { kind: "refused", reason };
}

/**
 * The text of a small note beside a snapshot (a ".verified" note, the file
 * hashes), or undefined when it is missing, refused by openOwnFile, or larger
 * than `maxBytes`. At most the size fstat gave is read, so a file that grows
 * meanwhile cannot make the read grow with it.
 */
export function readOwnSmallFile(path: string, maxBytes: number): string | undefined {
  const opened = openOwnFile(path);
  if (opened.kind !== "open") return undefined;
  try {
    if (opened.info.size > BigInt(maxBytes)) return undefined;
    const bytes = Buffer.alloc(Number(opened.info.size));
    readFully(opened.fd, bytes, 0);
    return bytes.toString("utf8");
  } catch {
    return undefined;
  } finally {
    closeSync(opened.fd);
  }
}

/** Fills `target` from the open file at `position`; throws when the file ends first. */
export function readFully(fd: number, target: Uint8Array, position: number): void {
  let done = 0;
  while (done < target.byteLength) {
    const read = readSync(fd, target, done, target.byteLength - done, position + done);
    if (read === 0) throw new Error("the file ended early");
    done += read;
  }
}

/**
 * What tells one version of a file from another: a write changes its change
 * time (which no program can set back), a replacement its inode. A file
 * changed within the last few seconds is not `settled`: a second change in the
 * same clock tick would leave the same times, so it must be read again.
 */
export function fileIdentity(info: BigIntStats): string {
  return `${info.dev}:${info.ino}:${info.size}:${info.mtimeNs}:${info.ctimeNs}`;
}

const SETTLED_NS = 3_000_000_000n;

export function isSettled(info: BigIntStats, now = BigInt(Date.now()) * 1_000_000n): boolean {
  return now - info.ctimeNs > SETTLED_NS && now - info.mtimeNs > SETTLED_NS;
}


const codeOf = (error: unknown): string | undefined => (error as NodeJS.ErrnoException | undefined)?.code;
