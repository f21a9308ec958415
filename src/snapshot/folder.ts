// Where snapshots live: $XDG_CACHE_HOME/pakaz, or the platform's own cache
// folder (~/.cache/pakaz on Linux, ~/Library/Caches/pakaz on macOS,
// %LOCALAPPDATA%\pakaz\Cache on Windows). Decided from the environment the
// CLI was given, so tests point it at a temporary folder.
//
// Whatever is read from a snapshot is trusted as checked data (a corpus read
// back from it is not validated again), so the folder must be one no one
// else can write to: else another local user (one who shares XDG_CACHE_HOME,
// or made a pakaz/ folder first) could plant a snapshot built from an edited
// corpus. The same rule keeps Node's compile cache (bin/pakaz.js, through
// dist/cache-dir.cjs, a bundle of this file alone), which would otherwise run
// code someone else wrote.

import { lstatSync, mkdirSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";

/** The environment variables that name the folder. */
export type FolderEnv = Readonly<Record<string, string | undefined>>;

/** The cache folder, or undefined when the environment names none (no snapshot is then used). */
export function cacheDirectory(env: FolderEnv, platform: NodeJS.Platform = process.platform): string | undefined {
  // The XDG spec says a relative path is invalid and must be ignored.
  const xdg = env.XDG_CACHE_HOME;
  if (xdg !== undefined && xdg !== "" && isAbsolute(xdg)) return join(xdg, "pakaz");
  if (platform === "win32") {
    const local = env.LOCALAPPDATA;
    return local !== undefined && local !== "" ? join(local, "pakaz", "Cache") : undefined;
  }
  const home = env.HOME;
  if (home === undefined || home === "" || !isAbsolute(home)) return undefined;
  return platform === "darwin" ? join(home, "Library", "Caches", "pakaz") : join(home, ".cache", "pakaz");
}

/** Why a folder was not used: it could not be made, or it is not private. */
export interface FolderProblem {
  kind: "unmade" | "unsafe";
  reason: string;
}

/**
 * Why `folder` may not be trusted to hold a cache, or undefined when it may:
 * a real folder (not a link, which could be pointed elsewhere), of this user,
 * that neither group nor others can write to. Where there are no user ids
 * (Windows), folders under the user's profile are private by default and
 * mode bits mean nothing, so only the kind is checked.
 */
export function unsafeFolderReason(folder: string): string | undefined {
  const info = lstatSync(folder);
  if (info.isSymbolicLink()) return "it is a symbolic link";
  if (!info.isDirectory()) return "it is not a folder";
  const uid = typeof process.getuid === "function" ? process.getuid() : undefined;
  if (uid === undefined) return undefined;
  if (info.uid !== uid) return "it belongs to another user";
  if ((info.mode & 0o022) !== 0) return "others can write to it";
  return undefined;
}

/** Makes `folder` when missing (private), then says why it may not hold a cache, or undefined when it may. */
export function privateFolderProblem(folder: string): FolderProblem | undefined {
  try {
    makePrivateFolder(folder);
  } catch (error) {
    return { kind: "unmade", reason: error instanceof Error ? error.message : String(error) };
  }
  try {
    const reason = unsafeFolderReason(folder);
    return reason === undefined ? undefined : { kind: "unsafe", reason };
  } catch (error) {
    return { kind: "unmade", reason: error instanceof Error ? error.message : String(error) };
  }
}

const codeOf = (error: unknown): string | undefined => (error as NodeJS.ErrnoException | undefined)?.code;

/** A folder that could not be made, with the reason in a user's words. */
export class FolderError extends Error {
  constructor(
    readonly folder: string,
    reason: string,
  ) {
    super(reason);
  }
}

/**
 * Makes `dir` and any missing parents, private (0700). Node's recursive mkdir
 * is not used: where a file system answers ENOENT for a folder it will not
 * make (/proc), it tries the parent, finds it there and tries again, for
 * ever; and where a parent is read-only it reported ENOENT, which sent the
 * user looking for a missing folder. Here each missing folder is made once,
 * from the top down, and the first refusal is said plainly.
 */
export function makePrivateFolder(dir: string): void {
  const missing: string[] = [];
  for (let folder = resolve(dir); ; folder = dirname(folder)) {
    try {
      if (statSync(folder).isDirectory()) break;
      throw new FolderError(folder, `${folder} is not a folder`);
    } catch (error) {
      if (error instanceof FolderError) throw error;
      if (codeOf(error) === "ENOTDIR") continue;
      if (codeOf(error) !== "ENOENT") throw new FolderError(folder, describeMkdirError(error, folder));
    }
    missing.push(folder);
    if (dirname(folder) === folder) break;
  }
  for (const folder of missing.reverse()) {
    try {
      mkdirSync(folder, { mode: 0o700 });
    } catch (error) {
      // Another run made it meanwhile: as good.
      if (codeOf(error) === "EEXIST" && statSync(folder).isDirectory()) continue;
      throw new FolderError(folder, describeMkdirError(error, folder));
    }
  }
}

function describeMkdirError(error: unknown, folder: string): string {
  switch (codeOf(error)) {
    case "EACCES":
    case "EPERM":
      return `permission denied in ${dirname(folder)}`;
    case "EROFS":
      return "the file system is read-only";
    case "ENOSPC":
      return "no space left on the device";
    case "EEXIST":
    case "ENOTDIR":
      return `${folder} is not a folder`;
    // The parent exists (made or found above) but takes no new folder, as in /proc.
    case "ENOENT":
      return "its folder does not accept new folders";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
