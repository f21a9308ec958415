// pakaz's one way to write a file: whole or not at all. The content goes to
// a private temporary file beside the target (the same folder, so the move
// stays on one file system and is atomic), then takes the target's name. A
// reader sees the old file or the new one, never half of one; two runs
// writing at once both succeed; a run that dies leaves the old file as it was.
// `-o FILE` (src/cli/write-output.ts) and the snapshot write through it.

import { promises as fsAsync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { randomBytes } from "node:crypto";

/** How every temporary file ends: a sweep of those left by runs that died looks for it. */
export const TEMPORARY_SUFFIX = ".tmp";

/** `.<name>.<pid>-<random>.tmp`: hidden, beside the target, its own to this run. */
export function temporaryName(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(6).toString("hex")}${TEMPORARY_SUFFIX}`);
}

/** The pid in the name of a temporary file for a file whose name starts with `prefix`; undefined for any other file. */
export function temporaryWriter(entry: string, prefix: string): number | undefined {
  if (!entry.startsWith(`.${prefix}`) || !entry.endsWith(TEMPORARY_SUFFIX)) return undefined;
  const pid = Number(/\.(\d+)-[0-9a-f]+\.tmp$/.exec(entry)?.[1] ?? Number.NaN);
  return Number.isSafeInteger(pid) ? pid : undefined;
}

export interface AtomicWriteOptions {
  /** The new file's permissions from its first moment (the umask may narrow them). */
  mode: number;
  /** Set exactly `mode` whatever the umask, as an editor keeps a file's permissions. */
  exactMode?: boolean;
  /**
   * Replace a file already at the name (rename), or fail with EEXIST when
   * the name is taken at the moment the file appears, not just when looked at.
   */
  replace: boolean;
}

const codeOf = (error: unknown): string | undefined => (error as NodeJS.ErrnoException | undefined)?.code;

/** Writes `data` (text as UTF-8, or chunks of bytes) to `target`; throws the system's error, the temporary file removed. */
export async function writeAtomically(target: string, data: string | readonly Uint8Array[], options: AtomicWriteOptions): Promise<void> {
  const temporary = temporaryName(target);
  try {
    // "wx": never follow or reuse a file or link someone else put at that name.
    const handle = await fsAsync.open(temporary, "wx", options.mode);
    try {
      const chunks = typeof data === "string" ? [Buffer.from(data, "utf8")] : data;
      const total = chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0);
      const { bytesWritten } = await handle.writev([...chunks]);
      if (bytesWritten !== total) throw new Error(`wrote ${bytesWritten} of ${total} bytes`);
      if (options.exactMode === true) await handle.chmod(options.mode);
    } finally {
      await handle.close();
    }
    if (options.replace) await fsAsync.rename(temporary, target);
    else await linkWithoutOverwriting(temporary, target);
  } catch (error) {
    await fsAsync.rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
}

/**
 * link() fails if the name is taken, where rename() would silently replace a
 * file created in between. File systems without hard links take the name
 * first with an exclusive create (an empty file, which no one else can have
 * made), then rename the copy over that; a file made by someone else in
 * between makes the create fail, and is left alone.
 */
async function linkWithoutOverwriting(temporary: string, target: string): Promise<void> {
  try {
    await fsAsync.link(temporary, target);
    await fsAsync.unlink(temporary);
    return;
  } catch (error) {
    if (!["EPERM", "ENOTSUP", "EOPNOTSUPP", "EXDEV", "ENOSYS"].includes(codeOf(error) ?? "")) throw error;
  }
  await (await fsAsync.open(target, "wx", 0o600)).close();
  try {
    await fsAsync.rename(temporary, target);
  } catch (error) {
    // The empty file that held the name is ours: leave nothing behind.
    await fsAsync.unlink(target).catch(() => undefined);
    throw error;
  }
}
