// The bundled CLI (npm run build) loads at start-up only what every command
// needs: heavy modules that one command uses stay behind a dynamic import(),
// in chunks of their own. Read from the build's files and source maps.

import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/run-cli.js";

const ENTRY = join(ROOT, "dist", "cli.js");

/** Every file of the build that loading `file` loads before any code runs (static imports, transitively). */
function staticClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, "utf8");
  // esbuild writes static imports as `import … from "./x.js"` or `import "./x.js"`, and re-exports as `export … from`.
  for (const match of code.matchAll(/(?:^|[;}\n])\s*(?:import|export)\s*(?:[\w*{}\s,$]*?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
    const target = match[1];
    if (target !== undefined) staticClosure(join(dirname(file), target), seen);
  }
  return seen;
}

/** The packages (or src) whose code is in the given build files, from their source maps. */
function packagesIn(files: Iterable<string>): Set<string> {
  const packages = new Set<string>();
  for (const file of files) {
    const { sources } = JSON.parse(readFileSync(`${file}.map`, "utf8")) as { sources: string[] };
    for (const source of sources) packages.add(source.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? "src");
  }
  return packages;
}

describe("the bundled CLI", () => {
  it("is one entry file with source maps, so --debug traces point at the TypeScript", () => {
    expect(existsSync(ENTRY)).toBe(true);
    const map = JSON.parse(readFileSync(`${ENTRY}.map`, "utf8")) as { sources: string[] };
    expect(map.sources.some((s) => s.endsWith("src/cli/main.ts"))).toBe(true);
  });

  it("does not load citation-js until a command asks for it", () => {
    const loaded = packagesIn(staticClosure(ENTRY));
    expect(loaded.has("src")).toBe(true);
    expect(loaded.has("commander")).toBe(true);
    expect([...loaded].filter((p) => p.startsWith("@citation-js/"))).toEqual([]);
    // …but the build does have it, behind a dynamic import.
    const all = readFileSync(ENTRY, "utf8") + [...staticClosure(ENTRY)].map((f) => readFileSync(f, "utf8")).join("");
    expect(all).toMatch(/import\(["']\.\/(?:chunks\/)?[^"']+["']\)/);
  });

  it("loads the YAML parser and the schema validator only to compile a corpus, and no command's engine at start", () => {
    const loaded = packagesIn(staticClosure(ENTRY));
    expect([...loaded].filter((p) => ["yaml", "ajv", "chrono-node", "fuse.js"].includes(p))).toEqual([]);
  });
});
