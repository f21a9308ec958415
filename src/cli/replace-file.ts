// Small files beside the compiled cache (the files memo, a cache file's
// ".verified" note) are replaced whole, never edited in place: a reader sees
// the old file or the new one, and two runs writing at once both succeed.

import { renameSync, rmSync, writeFileSync } from "node:fs";
import { randomSuffix } from "./hashing.js";

/**
 * Replaces `path` with `content` through a private temporary file beside it
 * ("wx": never a file or link someone else put at that name) and a rename.
 * Best effort, as everything in the cache is: returns whether it was written.
 * The temporary name ends in ".tmp", which the cache's sweep of files left by
 * a run that died while writing looks for.
 */
export function replaceFile(path: string, content: string): boolean {
  const temporary = `${path}.${process.pid}-${randomSuffix()}.tmp`;
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
