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
}

const codeOf = (error: unknown): string | undefined => (error as NodeJS.ErrnoException | undefined)?.code;

function describe(error: unknown): string {
  // The folder exists (checked first) but no file can be made in it, as in /proc;
  // the raw message named pakaz's temporary file, which the user never asked for.
  if (codeOf(error) === "ENOENT") return "its folder does not accept new files";
  return describeSystemError(error);
}

/** Writes `text` to `path` (relative to cwd) and returns the absolute path written. */
export async function writeOutputFile(path: string, text: string, options: WriteOutputOptions): Promise<string> {
  const target = resolve(options.cwd, path);
  const folder = dirname(target);
  const folderStat = await fsAsync.stat(folder).catch(() => undefined);
  if (!folderStat?.isDirectory()) throw new PakazFailure({ code: "output-folder-missing", path, folder });

  const existing = await fsAsync.lstat(target).catch(() => undefined);
  if (existing?.isDirectory()) throw new PakazFailure({ code: "output-unwritable", path, reason: "it is a folder" });
  if (existing && !options.force) throw new PakazFailure({ code: "output-exists", path });

  const temporary = join(folder, `.${basename(target)}.${process.pid}.${randomSuffix()}.tmp`);
  try {
    // "wx": never follow or reuse a file someone else put at the temporary name.
    await fsAsync.writeFile(temporary, text, { encoding: "utf8", flag: "wx" });
    // A replaced file keeps its permissions, as an editor's save would.
    if (existing?.isFile()) await fsAsync.chmod(temporary, existing.mode & 0o7777);
    if (options.force) {
      await fsAsync.rename(temporary, target);
    } else {
      await linkWithoutOverwriting(temporary, target, path);
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
 * links fall back to a last check and rename.
 */
async function linkWithoutOverwriting(temporary: string, target: string, path: string): Promise<void> {
  try {
    await fsAsync.link(temporary, target);
    await fsAsync.unlink(temporary);
  } catch (error) {
    if (codeOf(error) === "EEXIST") throw new PakazFailure({ code: "output-exists", path });
    if (!["EPERM", "ENOTSUP", "EOPNOTSUPP", "EXDEV", "ENOSYS"].includes(codeOf(error) ?? "")) throw error;
    if (await fsAsync.lstat(target).catch(() => undefined)) throw new PakazFailure({ code: "output-exists", path });
    await fsAsync.rename(temporary, target);
  }
}
