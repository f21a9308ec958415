// The core's only file-system access: reading corpus files and seed texts.
// Everything after this works on strings, so it can be tested without disks.

import { promises as fsAsync } from "node:fs";
import { join, relative } from "node:path";
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

async function listYamlFiles(dir: string): Promise<string[]> {
  const entries = await fsAsync.readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = join(dir, entry.name);
    if (entry.isDirectory() && !IGNORED_DIRS.has(entry.name) && !entry.name.startsWith(".")) {
      files.push(...(await listYamlFiles(full)));
    } else if (entry.isFile() && YAML_NAME.test(entry.name)) {
      files.push(full);
    }
  }
  return files;
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "it is a directory";
  if (code === "ENOTDIR") return "it is not a directory";
  return error instanceof Error ? error.message : String(error);
}

/** Reads every YAML file under `dir` (or `dir` itself when it is one file). */
export async function readCorpusFiles(dir: string, cwd: string): Promise<Result<CorpusFile[], PakazError>> {
  let paths: string[];
  try {
    const info = await fsAsync.stat(dir);
    // A FIFO or a device (--corpus /dev/zero) would block or never end, and
    // any other file would be read as YAML and fail with a puzzling message.
    if (!info.isDirectory() && !(info.isFile() && YAML_NAME.test(dir))) {
      return err({ code: "corpus-unreadable", path: displayPath(dir, cwd), reason: "it is neither a folder nor a .yaml file" });
    }
    paths = info.isDirectory() ? await listYamlFiles(dir) : [dir];
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return err({ code: "corpus-missing", path: displayPath(dir, cwd) });
    return err({ code: "corpus-unreadable", path: displayPath(dir, cwd), reason: reasonOf(error) });
  }
  if (paths.length === 0) return err({ code: "corpus-empty", path: displayPath(dir, cwd) });
  const files: CorpusFile[] = [];
  for (const path of paths) {
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
