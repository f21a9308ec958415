// Where the compiled corpus cache lives: $XDG_CACHE_HOME/pakaz, or the
// platform's own cache folder (~/.cache/pakaz on Linux, ~/Library/Caches/pakaz
// on macOS, %LOCALAPPDATA%\pakaz\Cache on Windows). Decided from the
// environment the CLI was given, so tests point it at a temporary folder.

import { isAbsolute, join } from "node:path";
import type { Settings } from "./resolve-settings.js";

/** The cache folder, or undefined when the environment names none (no cache is then used). */
export function cacheDirectory(env: Settings["env"], platform: NodeJS.Platform = process.platform): string | undefined {
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
