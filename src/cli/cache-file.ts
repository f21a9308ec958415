// One cache file: a header line naming the key the content was made for and
// its length, then the content as JSON. Written to a temporary file in the
// same folder and renamed into place, so a reader sees either the old file or
// the new one, never half of one, and two runs writing at once both succeed.

import { randomBytes } from "node:crypto";
import { mkdir, open, readdir, readFile, rename, rm, stat } from "node:fs/promises";
import { join } from "node:path";

export type CacheRead =
  | { kind: "hit"; value: unknown }
  /** No file, or one made for other corpus files or another pakaz: rebuild quietly. */
  | { kind: "miss" }
  /** A file that cannot be used (truncated, corrupt, unreadable): rebuild, and say so. */
  | { kind: "unreadable"; reason: string };

interface Header {
  cache: "pakaz";
  key: string;
  /** Length of the JSON after the header line, so a truncated file is found before parsing it. */
  length: number;
}

const TEMP_SUFFIX = ".tmp";
/** A temporary file this old was left by a run that died while writing. */
const STALE_TEMP_MS = 60 * 60 * 1000;

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function readCacheFile(path: string, key: string): Promise<CacheRead> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ENOENT" ? { kind: "miss" } : { kind: "unreadable", reason: reasonOf(error) };
  }
  const newline = text.indexOf("\n");
  let header: Partial<Header>;
  try {
    header = JSON.parse(newline < 0 ? text : text.slice(0, newline)) as Partial<Header>;
  } catch {
    return { kind: "unreadable", reason: "it is not a pakaz cache file" };
  }
  if (header === null || typeof header !== "object" || header.cache !== "pakaz" || typeof header.key !== "string") {
    return { kind: "unreadable", reason: "it is not a pakaz cache file" };
  }
  if (header.key !== key) return { kind: "miss" };
  const body = text.slice(newline + 1);
  if (body.length !== header.length) return { kind: "unreadable", reason: "it is truncated" };
  try {
    return { kind: "hit", value: JSON.parse(body) as unknown };
  } catch (error) {
    return { kind: "unreadable", reason: `it is corrupt (${reasonOf(error)})` };
  }
}

export async function writeCacheFile(dir: string, name: string, key: string, value: unknown): Promise<void> {
  const body = JSON.stringify(value);
  const header: Header = { cache: "pakaz", key, length: body.length };
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const temp = join(dir, `${name}.${process.pid}-${randomBytes(6).toString("hex")}${TEMP_SUFFIX}`);
  try {
    const handle = await open(temp, "wx", 0o600);
    try {
      await handle.writeFile(`${JSON.stringify(header)}\n`, "utf8");
      await handle.writeFile(body, "utf8");
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
