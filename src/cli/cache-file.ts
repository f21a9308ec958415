// One cache file: a header line (the key the content was made for, the sizes
// of its parts and a SHA-256 of them), a JSON head, then binary data (see
// core/search/packed-image.ts). Written to a temporary file in the same folder
// and renamed into place, so a reader sees the old file or the new one, never
// half of one, and two runs writing at once both succeed. A file that is
// truncated or damaged in any byte fails its size or checksum test and is
// rebuilt, never trusted. (SHA-256 rather than CRC-32: with the CPU's SHA
// instructions it is the faster of the two here.)

import { createHash, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { mkdir, open, readdir, rename, rm, stat } from "node:fs/promises";
import { join } from "node:path";

export type CacheRead =
  | { kind: "hit"; head: unknown; data: Uint8Array }
  /** No file, or one made for other corpus files or another pakaz: rebuild quietly. */
  | { kind: "miss" }
  /** A file that cannot be used (truncated, corrupt, unreadable): rebuild, and say so. */
  | { kind: "unreadable"; reason: string };

interface Header {
  cache: "pakaz";
  key: string;
  /** Bytes of the JSON head (padded with spaces) and of the data after it. */
  head: number;
  data: number;
  /** SHA-256 (hex) of the head and the data. */
  sum: string;
}

const TEMP_SUFFIX = ".tmp";
/** A temporary file this old was left by a run that died while writing. */
const STALE_TEMP_MS = 60 * 60 * 1000;
/** The header line, padded with spaces: its length is fixed so that the data's alignment is known. */
const HEADER_BYTES = 256;
const MAX_HEADER_BYTES = 4096;
/** The data starts on this boundary of the file, so typed arrays can view it in place. */
const ALIGN = 8;

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function isHeader(value: unknown): value is Header {
  const h = value as Partial<Header> | null;
  return (
    h !== null &&
    typeof h === "object" &&
    h.cache === "pakaz" &&
    typeof h.key === "string" &&
    Number.isSafeInteger(h.head) &&
    Number.isSafeInteger(h.data) &&
    typeof h.sum === "string"
  );
}

export async function readCacheFile(path: string, key: string): Promise<CacheRead> {
  let file: Buffer;
  try {
    // Synchronous: fs.promises.readFile reads a large file in small slices, several times slower.
    file = readFileSync(path);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ENOENT" ? { kind: "miss" } : { kind: "unreadable", reason: reasonOf(error) };
  }
  const newline = file.subarray(0, MAX_HEADER_BYTES).indexOf(10);
  let header: unknown;
  try {
    header = JSON.parse(file.toString("utf8", 0, newline < 0 ? Math.min(file.length, MAX_HEADER_BYTES) : newline));
  } catch {
    header = undefined;
  }
  if (!isHeader(header)) return { kind: "unreadable", reason: "it is not a pakaz cache file" };
  if (header.key !== key) return { kind: "miss" };
  const start = newline + 1;
  if (file.length !== start + header.head + header.data) return { kind: "unreadable", reason: "it is truncated" };
  if (createHash("sha256").update(file.subarray(start)).digest("hex") !== header.sum) {
    return { kind: "unreadable", reason: "it is corrupt (its checksum does not match)" };
  }
  try {
    return { kind: "hit", head: JSON.parse(file.toString("utf8", start, start + header.head)) as unknown, data: file.subarray(start + header.head) };
  } catch (error) {
    return { kind: "unreadable", reason: `it is corrupt (${reasonOf(error)})` };
  }
}

export async function writeCacheFile(dir: string, name: string, key: string, head: unknown, data: readonly Uint8Array[]): Promise<void> {
  const headText = JSON.stringify(head);
  const padding = (ALIGN - ((HEADER_BYTES + Buffer.byteLength(headText)) % ALIGN)) % ALIGN;
  const headBuffer = Buffer.from(headText + " ".repeat(padding));
  const hash = createHash("sha256").update(headBuffer);
  let dataBytes = 0;
  for (const chunk of data) {
    hash.update(chunk);
    dataBytes += chunk.byteLength;
  }
  const line = JSON.stringify({ cache: "pakaz", key, head: headBuffer.length, data: dataBytes, sum: hash.digest("hex") } satisfies Header);
  const headerBuffer = Buffer.from(`${line.padEnd(HEADER_BYTES - 1)}\n`);
  const total = headerBuffer.length + headBuffer.length + dataBytes;

  await mkdir(dir, { recursive: true, mode: 0o700 });
  const temp = join(dir, `${name}.${process.pid}-${randomBytes(6).toString("hex")}${TEMP_SUFFIX}`);
  try {
    const handle = await open(temp, "wx", 0o600);
    try {
      const { bytesWritten } = await handle.writev([headerBuffer, headBuffer, ...data]);
      if (bytesWritten !== total) throw new Error(`wrote ${bytesWritten} of ${total} bytes`);
    } finally {
      await handle.close();
    }
    await rename(temp, join(dir, name));
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await removeStaleTemporaries(dir);
}

/** Temporary files of runs that were killed mid-write; only ours, only in the cache folder. */
async function removeStaleTemporaries(dir: string): Promise<void> {
  try {
    const now = Date.now();
    for (const entry of await readdir(dir)) {
      if (!entry.startsWith("corpus-") || !entry.endsWith(TEMP_SUFFIX)) continue;
      const path = join(dir, entry);
      const info = await stat(path).catch(() => undefined);
      if (info !== undefined && now - info.mtimeMs > STALE_TEMP_MS) await rm(path, { force: true });
    }
  } catch {
    // Tidying is best effort; the cache itself was written.
  }
}
