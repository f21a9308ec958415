// Raw flags and environment → the settings every command uses, decided once
// (ripgrep's lowargs → hiargs). Commands never read process.env themselves.

import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { PakazFailure } from "../core/errors.js";
import { sanitizeTerminalLine } from "../render/sanitize-terminal-text.js";
import type { CliIo } from "./io.js";

export interface GlobalOptions {
  corpus?: string;
  color?: boolean;
  debug?: boolean;
  cache?: boolean;
}

export interface Settings {
  corpusDir: string;
  color: boolean;
  debug: boolean;
  useCache: boolean;
  env: CliIo["env"];
  cwd: string;
  /** Says a warning on stderr, as one safe line; a stderr that has gone away (`2>&1 | head`) loses it quietly. */
  warn(message: string): void;
}

/** The package root, found by walking up from this file (src/ in tests, dist/ when bundled). */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, "utf8")) as { name?: string }).name === "pakaz") return dir;
      } catch {
        // Not ours or unreadable: keep walking up.
      }
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error("pakaz: cannot find its own package.json");
    dir = parent;
  }
}

let root: string | undefined;

export function bundledCorpusDir(): string {
  root ??= packageRoot();
  return join(root, "data");
}

export function resolveSettings(options: GlobalOptions, io: CliIo): Settings {
  // resolve(cwd, "") is the current folder: `--corpus ""` (an unset shell
  // variable) walked its whole tree for YAML files.
  if (options.corpus !== undefined && options.corpus.trim() === "") {
    throw new PakazFailure({ code: "bad-option", option: "--corpus", value: options.corpus, expected: "the path of a corpus folder or .yaml file" });
  }
  // NO_COLOR (no-color.org): any non-empty value turns colour off. chalk does
  // not read it itself (chalk/supports-color#74), so it is decided here.
  const noColorEnv = (io.env.NO_COLOR ?? "") !== "";
  // --color forces colour on (for pagers such as `less -R`), --no-color off;
  // with neither, colour only on a terminal that is not "dumb".
  const color = options.color ?? (!noColorEnv && io.stdoutIsTTY && io.env.TERM !== "dumb");
  return {
    corpusDir: options.corpus !== undefined ? resolve(io.cwd, options.corpus) : bundledCorpusDir(),
    color,
    debug: options.debug === true,
    useCache: options.cache !== false,
    env: io.env,
    cwd: io.cwd,
    warn: (message) => {
      try {
        io.stderr(`${sanitizeTerminalLine(`pakaz: warning: ${message}`)}\n`);
      } catch {
        // No one is reading stderr: a warning is not worth failing the command for.
      }
    },
  };
}
