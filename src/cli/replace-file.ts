// Small files beside the compiled cache (the files memo, a cache file's
// ".verified" note) are replaced whole, never edited in place: a reader sees
// the old file or the new one, and two runs writing at once both succeed.

import { renameSync, rmSync, writeFileSync } from "node:fs";
import { randomSuffix } from "./hashing.js";

/** How the cache's temporary files end: its sweep of those a run left when it died looks for it. */
export const TEMPORARY_SUFFIX = ".tmp";

/** A temporary file's name beside `path`, its own to this run. */
export function temporaryName(path: string): string {
  return `${path}.${process.pid}-${randomSuffix()}${TEMPORARY_SUFFIX}`;
}

/**
 * Replaces `path` with `content` through a private temporary file beside it
 * ("wx": never a file or link someone else put at that name) and a rename.
 * Best effort, as everything in the cache is: returns whether it was written.
 */
export function replaceFile(path: string, content: string): boolean {
  const temporary = temporaryName(path);
  try {
    writeFileSync(temporary, content, { mode: 0o600, flag: "wx" });
    renameSync(temporary, path);
    return true;
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Nothing was written.
    }
    return false;
  }
}
