// `-o FILE`: write the whole output or nothing. The text goes to a temporary
// file in the same folder (so the final rename stays on one file system and
// is atomic), then takes the file's name; a reader never sees half a file and
// an interrupted run leaves the old file as it was. An existing file is only
// replaced with --force. Nothing is written anywhere but beside the target.

import { promises as fsAsync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { PakazFailure } from "../core/errors.js";
import { randomSuffix } from "./hashing.js";
import { describeSystemError } from "./system-error.js";

export interface WriteOutputOptions {
  cwd: string;
  force: boolean;
  /** The calls that differ between file systems; tests replace them to take the fallback path. */
  fileSystem?: Partial<OutputFileSystem>;
  /** For tests: called once the temporary copy is written, before it takes the file's name. */
  onTemporary?: (path: string) => Promise<void>;
}

export interface OutputFileSystem {
  link(existing: string, created: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
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
  const fileSystem: OutputFileSystem = { link: fsAsync.link, rename: fsAsync.rename, ...options.fileSystem };
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
  // them, and chmod then restores the old file's, as an editor's save would).
  const mode = existing ? existing.mode & PERMISSION_BITS : 0o666;
  const temporary = join(folder, `.${basename(target)}.${process.pid}.${randomSuffix()}.tmp`);
  try {
    // "wx": never follow or reuse a file someone else put at the temporary name.
    await fsAsync.writeFile(temporary, text, { encoding: "utf8", flag: "wx", mode });
    if (existing) await fsAsync.chmod(temporary, mode);
    await options.onTemporary?.(temporary);
    if (options.force) {
      await fileSystem.rename(temporary, target);
    } else {
      await linkWithoutOverwriting(fileSystem, temporary, target, path);
    }
  } catch (error) {
    await fsAsync.unlink(temporary).catch(() => undefined);
    if (error instanceof PakazFailure) throw error;
    throw new PakazFailure({ code: "output-unwritable", path, reason: describe(error) });
  }
  return target;
}

/**
 * Without --force the file must not exist at the moment it appears, not just
 * when pakaz looked: link() fails if the name is taken, where rename() would
 * silently replace a file created in between. File systems without hard
 * links take the name first with an exclusive create (an empty file, which
 * no one else can have made), then rename the copy over that; a file made
 * by someone else in between makes the create fail, and is left alone.
 */
async function linkWithoutOverwriting(fileSystem: OutputFileSystem, temporary: string, target: string, path: string): Promise<void> {
  try {
    await fileSystem.link(temporary, target);
    await fsAsync.unlink(temporary);
    return;
  } catch (error) {
    if (codeOf(error) === "EEXIST") throw new PakazFailure({ code: "output-exists", path });
    if (!["EPERM", "ENOTSUP", "EOPNOTSUPP", "EXDEV", "ENOSYS"].includes(codeOf(error) ?? "")) throw error;
  }
  try {
    await (await fsAsync.open(target, "wx", 0o600)).close();
  } catch (error) {
    if (codeOf(error) === "EEXIST") throw new PakazFailure({ code: "output-exists", path });
    throw error;
  }
  try {
    await fileSystem.rename(temporary, target);
  } catch (error) {
    // The empty file that held the name is pakaz's own: leave nothing behind.
    await fsAsync.unlink(target).catch(() => undefined);
    throw error;
  }
}
