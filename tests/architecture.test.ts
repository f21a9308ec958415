// The layers' rules (ARCHITECTURE.md), checked over the source: what each
// layer may not import, and which globals the core may not touch.

import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers/run-cli.js";

const SRC = join(ROOT, "src");
const files = readdirSync(SRC, { recursive: true })
  .map(String)
  .filter((file) => file.endsWith(".ts"))
  .map((file) => file.split("\\").join("/"))
  .sort();
const text = new Map(files.map((file) => [file, readFileSync(join(SRC, file), "utf8")]));

/** The file's code without its comments (a `//` after a letter or colon, as in a URL, is not one). */
function code(file: string): string {
  return (text.get(file) ?? "").replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^\w:"'`\\])\/\/.*$/gm, "$1");
}

/** What the file imports, as written for packages and Node's modules, and as a path under src/ for its own. */
function importsOf(file: string): string[] {
  const specifiers = [...code(file).matchAll(/\b(?:from|import)\s*\(?\s*["']([^"']+)["']/g)].map((match) => match[1] ?? "");
  return specifiers.map((specifier) => (specifier.startsWith(".") ? normalize(join(dirname(file), specifier)).split("\\").join("/").replace(/\.js$/, ".ts") : specifier));
}

const layer = (prefix: string): string[] => files.filter((file) => file.startsWith(prefix));
const FS = /^(?:node:)?fs(?:\/promises)?$/;
/** Node's modules through which a program reaches its process, terminal or other programs. */
const PROCESS = /^(?:node:)?(?:process|child_process|tty|readline|worker_threads|cluster)$/;

describe("the import checker itself", () => {
  it("sees the imports it is meant to judge", () => {
    expect(importsOf("core/corpus/read-corpus.ts")).toContain("node:fs");
    expect(importsOf("render/paint.ts")).toContain("chalk");
    expect(importsOf("cli/main.ts")).toContain("core/errors.ts");
    expect(importsOf("cli/open-corpus.ts")).toContain("snapshot/open-snapshot.ts");
    expect(layer("core/").length).toBeGreaterThan(40);
  });
});

describe("the core (src/core)", () => {
  const core = layer("core/");

  it("imports nothing from the CLI, the renderers, the snapshot or the file helpers", () => {
    const bad = core.flatMap((file) => importsOf(file).filter((target) => /^(?:cli|render|snapshot|files)\//.test(target)).map((target) => `${file} → ${target}`));
    expect(bad).toEqual([]);
  });

  it("knows of no cache or snapshot: none is imported, and none is spoken of", () => {
    const bad = core.flatMap((file) => [
      ...importsOf(file)
        .filter((target) => /cach|snapshot|packed|lazy-view/i.test(target))
        .map((target) => `${file}: imports ${target}`),
      ...((text.get(file) ?? "").match(/\b(?:cache|caches|caching|snapshots?|proxy|proxies)\b/gi) ?? []).map((word) => `${file}: says "${word}"`),
    ]);
    expect(bad).toEqual([]);
  });

  it("reads files only in core/corpus/read-corpus.ts", () => {
    const bad = core.filter((file) => file !== "core/corpus/read-corpus.ts" && importsOf(file).some((target) => FS.test(target)));
    expect(bad).toEqual([]);
  });

  it("has no console, no process and no colour", () => {
    const bad = core.flatMap((file) => {
      const found: string[] = [];
      if (/\bconsole\s*\./.test(code(file))) found.push(`${file}: console`);
      if (/(?<![\w.$])process\s*\.|globalThis\.process/.test(code(file))) found.push(`${file}: process`);
      for (const target of importsOf(file)) if (PROCESS.test(target) || target === "chalk") found.push(`${file}: imports ${target}`);
      return found;
    });
    expect(bad).toEqual([]);
  });
});

describe("the renderers (src/render)", () => {
  it("import nothing from the CLI, read no files and touch no process", () => {
    const bad = layer("render/").flatMap((file) => {
      const found = importsOf(file)
        .filter((target) => target.startsWith("cli/") || FS.test(target) || PROCESS.test(target))
        .map((target) => `${file}: imports ${target}`);
      if (/(?<![\w.$])process\s*\./.test(code(file))) found.push(`${file}: process`);
      if (/\bconsole\s*\./.test(code(file))) found.push(`${file}: console`);
      return found;
    });
    expect(bad).toEqual([]);
  });
});

describe("the snapshot (src/snapshot)", () => {
  /** The one place that chooses between the snapshot and the plain way (--no-cache). */
  const CHOOSER = "cli/open-corpus.ts";

  it("is imported only by itself and by the CLI's one choosing place", () => {
    const bad = files
      .filter((file) => !file.startsWith("snapshot/") && file !== CHOOSER)
      .flatMap((file) => importsOf(file).filter((target) => target.startsWith("snapshot/")).map((target) => `${file} → ${target}`));
    expect(bad).toEqual([]);
    expect(importsOf(CHOOSER)).toContain("snapshot/open-snapshot.ts");
  });

  it("is used by the choosing place through its face alone", () => {
    expect(importsOf(CHOOSER).filter((target) => target.startsWith("snapshot/"))).toEqual(["snapshot/open-snapshot.ts"]);
  });

  it("imports nothing from the CLI or the renderers", () => {
    const bad = layer("snapshot/").flatMap((file) => importsOf(file).filter((target) => /^(?:cli|render)\//.test(target)).map((target) => `${file} → ${target}`));
    expect(bad).toEqual([]);
  });
});

describe("the file helpers (src/files)", () => {
  it("import only Node's modules and the core", () => {
    const bad = layer("files/").flatMap((file) => importsOf(file).filter((target) => !target.startsWith("node:") && !target.startsWith("core/")).map((target) => `${file} → ${target}`));
    expect(bad).toEqual([]);
  });
});

describe("the library entry (src/index.ts)", () => {
  it("exports only the core", () => {
    expect(importsOf("index.ts").filter((target) => !target.startsWith("core/"))).toEqual([]);
  });
});
