// The core's only file-system access: reading corpus files and seed texts.
// Everything after this works on strings, so it can be tested without disks.

import { promises as fsAsync, readdirSync, readlinkSync, realpathSync, statSync, type Stats } from "node:fs";
import { isAbsolute, join, relative } from "node:path";
import type { PakazError } from "../errors.js";
import { err, ok, type Result } from "../result.js";

export interface CorpusFile {
  /** Path as the user should see it (relative to the working directory when shorter). */
  path: string;
  text: string;
}

/** Folders under a corpus directory that hold other material, not corpus YAML. */
const IGNORED_DIRS = new Set(["styles", "node_modules"]);
/** A corpus file larger than this is refused rather than handed to the YAML parser. */
export const MAX_CORPUS_FILE_BYTES = 20 * 1024 * 1024;
const YAML_NAME = /\.ya?ml$/i;

/** How messages name a corpus file: relative to the working directory when that is shorter. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel !== "" && !rel.startsWith("..") && rel.length < path.length ? rel : path;
}

/** A corpus entry that cannot be read as part of it, and why; thrown out of the listing. */
class Refused extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(reason);
  }
}

const isInside = (root: string, path: string): boolean => {
  const rel = relative(root, path);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
};

/**
 * Every YAML file under `dir`, in name order. A symbolic link is followed
 * when it leads inside the corpus folder (to a YAML file, or to a folder not
 * yet read), and otherwise refused with the reason: a linked claims file
 * that was skipped in silence left its claims out, and `validate` still
 * called the corpus valid. `read` holds the real paths of the folders read,
 * so that a link back to one of them (a loop) is refused, not followed.
 */
function listYamlFiles(dir: string, root: string, read: Set<string>): string[] {
  read.add(realpathSync(dir));
  const entries = readdirSync(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = join(dir, entry.name);
    const skippedFolder = IGNORED_DIRS.has(entry.name) || entry.name.startsWith(".");
    if (entry.isDirectory()) {
      if (!skippedFolder) files.push(...listYamlFiles(full, root, read));
    } else if (entry.isSymbolicLink()) {
      const target = readlinkSync(full);
      const info = statOrError(full);
      if (info instanceof Error) {
        // A dangling link named like a corpus file is a corpus file gone missing.
        if (!YAML_NAME.test(entry.name)) continue;
        throw new Refused(full, info.code === "ELOOP" ? `it is a symbolic link in a loop of links (${target})` : `it is a symbolic link to ${target}, which does not exist`);
      }
      if (info.isDirectory() ? skippedFolder : !YAML_NAME.test(entry.name)) continue;
      const real = realpathSync(full);
      if (!isInside(root, real)) {
        throw new Refused(full, `it is a symbolic link to ${real}, outside the corpus folder; copy the ${info.isDirectory() ? "folder" : "file"} into the corpus instead`);
      }
      if (info.isDirectory()) {
        if (read.has(real)) throw new Refused(full, "it is a symbolic link to a folder the corpus already includes (a loop)");
        files.push(...listYamlFiles(full, root, read));
      } else {
        files.push(full);
      }
    } else if (YAML_NAME.test(entry.name)) {
      // Not a regular file (a FIFO or a device named .yaml): listed, so that
      // reading it reports why it cannot be read, rather than dropping it.
      files.push(full);
    }
  }
  return files;
}

function statOrError(path: string): Stats | NodeJS.ErrnoException {
  try {
    return statSync(path);
  } catch (error) {
    return error as NodeJS.ErrnoException;
  }
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "it is a directory";
  if (code === "ENOTDIR") return "it is not a directory";
  return error instanceof Error ? error.message : String(error);
}

/**
 * The corpus's YAML files: every one under `dir` in name order, or `dir`
 * itself when it is one file, named as on disk. The one walk over a corpus:
 * whatever else must know its files lists them here, and so sees the same.
 * Synchronous: a run that reads no file's content then starts no thread for
 * the file system (a warm check lists the files and reads nothing else here).
 */
export function listCorpusFiles(dir: string, cwd: string): Result<string[], PakazError> {
  let paths: string[];
  try {
    const info = statSync(dir);
    // A FIFO or a device (--corpus /dev/zero) would block or never end, and
    // any other file would be read as YAML and fail with a puzzling message.
    if (!info.isDirectory() && !(info.isFile() && YAML_NAME.test(dir))) {
      return err({ code: "corpus-unreadable", path: displayPath(dir, cwd), reason: "it is neither a folder nor a .yaml file" });
    }
    paths = info.isDirectory() ? listYamlFiles(dir, realpathSync(dir), new Set()) : [dir];
  } catch (error) {
    if (error instanceof Refused) return err({ code: "corpus-unreadable", path: displayPath(error.path, cwd), reason: error.reason });
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return err({ code: "corpus-missing", path: displayPath(dir, cwd) });
    return err({ code: "corpus-unreadable", path: displayPath(dir, cwd), reason: reasonOf(error) });
  }
  if (paths.length === 0) return err({ code: "corpus-empty", path: displayPath(dir, cwd) });
  return ok(paths);
}

/** Reads every YAML file under `dir` (or `dir` itself when it is one file). */
export async function readCorpusFiles(dir: string, cwd: string): Promise<Result<CorpusFile[], PakazError>> {
  const listed = listCorpusFiles(dir, cwd);
  if (!listed.ok) return listed;
  const files: CorpusFile[] = [];
  for (const path of listed.value) {
    try {
      const info = await fsAsync.stat(path);
      if (!info.isFile()) return err({ code: "corpus-unreadable", path: displayPath(path, cwd), reason: "it is not a regular file" });
      if (info.size > MAX_CORPUS_FILE_BYTES) {
        return err({
          code: "corpus-unreadable",
          path: displayPath(path, cwd),
          reason: `it is larger than ${MAX_CORPUS_FILE_BYTES / 1024 / 1024} MiB`,
        });
      }
      files.push({ path: displayPath(path, cwd), text: await fsAsync.readFile(path, "utf8") });
    } catch (error) {
      return err({ code: "corpus-unreadable", path: displayPath(path, cwd), reason: reasonOf(error) });
    }
  }
  return ok(files);
}

/** Reads one seed text; undefined when it does not exist. */
export async function readSeedText(dir: string, file: string): Promise<Result<string | undefined, PakazError>> {
  const path = join(dir, file);
  try {
    // The corpus names the file; a device or FIFO there (--sources-dir /dev) must not block or fill memory.
    const info = await fsAsync.stat(path);
    if (!info.isFile()) return err({ code: "corpus-unreadable", path, reason: "it is not a regular file" });
    if (info.size > MAX_CORPUS_FILE_BYTES) return err({ code: "corpus-unreadable", path, reason: `it is larger than ${MAX_CORPUS_FILE_BYTES / 1024 / 1024} MiB` });
    return ok(await fsAsync.readFile(path, "utf8"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return ok(undefined);
    return err({ code: "corpus-unreadable", path, reason: reasonOf(error) });
  }
}
