// `-o FILE`: write the whole output or nothing (src/files/atomic-write.ts),
// only where the user meant: a regular file, or a new one in a folder that
// exists. An existing file is only replaced with --force. Nothing is written
// anywhere but beside the target.

import { promises as fsAsync } from "node:fs";
import { dirname, resolve } from "node:path";
import { PakazFailure } from "../core/errors.js";
import { writeAtomically } from "../files/atomic-write.js";
import { describeSystemError } from "./system-error.js";

export interface WriteOutputOptions {
  cwd: string;
  force: boolean;
}

const codeOf = (error: unknown): string | undefined => (error as NodeJS.ErrnoException | undefined)?.code;

function describe(error: unknown): string {
  // The folder exists (checked first) but no file can be made in it, as in /proc;
  // the raw message named pakaz's temporary file, which the user never asked for.
  if (codeOf(error) === "ENOENT") return "its folder does not accept new files";
  return describeSystemError(error);
}

/** Paths that name pakaz's own standard output: writing there is printing. */
const STANDARD_OUTPUT = new Set(["-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"]);

export function isStandardOutput(path: string): boolean {
  return STANDARD_OUTPUT.has(path);
}

/**
 * A regular file's permissions for new content: its read, write and execute
 * bits, and never setuid, setgid or sticky, which belong to the program that
 * was there, not to a bibliography written over it.
 */
const PERMISSION_BITS = 0o777;

/** Writes `text` to `path` (relative to cwd) and returns the absolute path written. */
export async function writeOutputFile(path: string, text: string, options: WriteOutputOptions): Promise<string> {
  const target = resolve(options.cwd, path);
  const folder = dirname(target);
  const folderStat = await fsAsync.stat(folder).catch(() => undefined);
  if (!folderStat?.isDirectory()) throw new PakazFailure({ code: "output-folder-missing", path, folder });

  const existing = await fsAsync.lstat(target).catch(() => undefined);
  if (existing?.isDirectory()) throw new PakazFailure({ code: "output-unwritable", path, reason: "it is a folder" });
  // Renaming over a device, a FIFO or a link would replace it with a regular
  // file (as root, -o /dev/null --force replaced /dev/null): with --force or not,
  // only a regular file is ever replaced.
  if (existing?.isSymbolicLink()) throw new PakazFailure({ code: "output-unwritable", path, reason: "it is a symbolic link; give the path of the file it points to" });
  if (existing && !existing.isFile()) {
    throw new PakazFailure({ code: "output-unwritable", path, reason: "it is not a regular file (pakaz writes only regular files; use > to write to a device or pipe)" });
  }
  if (existing && !options.force) throw new PakazFailure({ code: "output-exists", path });

  // Created with its final permissions, so that a private file's new content
  // is never readable by others, even for a moment (the umask may narrow
  // them, and the old file's are then set again, as an editor's save would).
  try {
    await writeAtomically(target, text, { mode: existing ? existing.mode & PERMISSION_BITS : 0o666, exactMode: existing !== undefined, replace: options.force });
  } catch (error) {
    // Without --force the name was free when looked at and taken when written.
    if (codeOf(error) === "EEXIST") throw new PakazFailure({ code: "output-exists", path });
    throw new PakazFailure({ code: "output-unwritable", path, reason: describe(error) });
  }
  return target;
}
