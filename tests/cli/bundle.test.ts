// The built CLI (npm run build): one CommonJS bundle that bin/pakaz.js
// requires, with Node's compile cache where Node has one, and vendor bundles
// that only the commands needing them read. Checked by running the real bin
// and watching what it loads and writes.

import { spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { COSTLY_PARSERS, createDateParser } from "../../src/core/facts/date-parser.js";
import { BIN, ROOT, spawnCli, type CliOutcome } from "../helpers/run-cli.js";

const BUNDLE = join(ROOT, "dist", "cli.cjs");
const CLAIM = "Pakistan opened its embassy in Baku in 1993";

let work: string;
let cacheHome: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "pakaz-bundle-test-"));
  cacheHome = join(work, "cache");
});

afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  /** The files the run loaded through require (the bundle's own requires included). */
  loaded: string[];
}

/** Runs bin/pakaz.js with a preload that records, at exit, every file in require's cache. */
function pakaz(args: string[], env: Record<string, string> = {}, bin = BIN): Run {
  const record = join(work, "loaded.json");
  const preload = join(work, "record-loaded.cjs");
  writeFileSync(preload, `process.on("exit", () => require("node:fs").writeFileSync(${JSON.stringify(record)}, JSON.stringify(Object.keys(require.cache))));`);
  const run = spawnSync(process.execPath, ["--require", preload, bin, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", XDG_CACHE_HOME: cacheHome, NO_COLOR: "1", ...env },
    timeout: 60_000,
  });
  const loaded = existsSync(record) ? (JSON.parse(readFileSync(record, "utf8")) as string[]) : [];
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, loaded };
}

const vendorsIn = (run: Run): string[] =>
  run.loaded
    .filter((f) => f.includes(`${join("dist", "vendor")}`))
    .map((f) => f.replace(/.*[\\/]/, ""))
    .sort();

describe("the bundled CLI", () => {
  it("is one file with source maps, so --debug traces point at the TypeScript", () => {
    expect(existsSync(BUNDLE)).toBe(true);
    const map = JSON.parse(readFileSync(`${BUNDLE}.map`, "utf8")) as { sources: string[] };
    expect(map.sources.some((s) => s.endsWith("src/cli/main.ts"))).toBe(true);
    // citation-js, yaml and ajv are not in it: they are bundles of their own.
    expect(map.sources.filter((s) => /node_modules\/(@citation-js|yaml|js-yaml|ajv)\//.test(s))).toEqual([]);
  });

  it("keeps the names of chrono's parsers, so that a dated sentence is read without the costly ones", () => {
    // date-parser.ts tells chrono's parsers apart by constructor.name; the build
    // bundles chrono with keepNames, which names each class where it is made.
    const sentence = "Pakistan recognised Azerbaijan on 12 December 1991.";
    expect(createDateParser(sentence).parsers.some((name) => COSTLY_PARSERS.has(name))).toBe(false);
    const code = readFileSync(BUNDLE, "utf8");
    for (const name of COSTLY_PARSERS.keys()) expect(code, name).toMatch(new RegExp(`static\\{[\\w$]+\\(this,"${name}"\\)\\}`));
  });

  it("reads no vendor bundle for a check, and citation-js only for cite", () => {
    const check = pakaz(["check", CLAIM]);
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/^SUPPORTED/);
    expect(check.loaded).toContain(BIN);
    expect(vendorsIn(check)).toEqual([]);

    const cite = pakaz(["cite", "recognition-third-country"]);
    expect(cite.code).toBe(0);
    expect(vendorsIn(cite)).toEqual(["citation-js.cjs"]);
  });

  it("reads the YAML parser and the schema validator only to compile a corpus", () => {
    const corpus = join(ROOT, "tests", "fixtures", "corpus-small");
    const cold = pakaz(["--corpus", corpus, "conflicts"]);
    expect(cold.code).toBe(0);
    expect(vendorsIn(cold)).toEqual(["ajv.cjs", "js-yaml.cjs", "yaml.cjs"]);
    // The second run finds the corpus compiled in the cache.
    const warm = pakaz(["--corpus", corpus, "conflicts"]);
    expect(warm.stdout).toBe(cold.stdout);
    expect(vendorsIn(warm)).toEqual([]);
  });
});

describe("Node's compile cache", () => {
  // Node 22.1 and later have one (module.enableCompileCache); on Node 20 the bundle is compiled every run.
  const hasCompileCache = spawnSync(process.execPath, ["-p", 'typeof require("node:module").enableCompileCache'], { encoding: "utf8", env: { PATH: process.env.PATH ?? "" } }).stdout.trim() === "function";
  // pakaz puts it in its own cache folder, not in Node's default under the
  // temporary folder (which TMPDIR names), where another user could plant code.
  const folder = (): string => join(cacheHome, "pakaz", "compile-cache");
  const compiled = (): string[] => (existsSync(folder()) ? readdirSync(folder(), { recursive: true }).map(String) : []);
  const inTmp = (): string[] => {
    const tmp = join(work, "tmp", "node-compile-cache");
    return existsSync(tmp) ? readdirSync(tmp, { recursive: true }).map(String) : [];
  };
  const run = (args: string[], env: Record<string, string> = {}): CliOutcome => {
    mkdirSync(join(work, "tmp"), { recursive: true });
    return spawnCli(args, { env: { XDG_CACHE_HOME: cacheHome, NO_COLOR: "1", TMPDIR: join(work, "tmp"), ...env } });
  };

  it.runIf(hasCompileCache)("keeps the bundle's compiled code in Node's folder for it, and a run with it prints the same", () => {
    const first = run(["check", CLAIM]);
    expect(first.code).toBe(0);
    expect(first.stderr).toBe("");
    // One folder per Node version, holding an entry per file loaded (the bundle among them); none in the shared temporary folder.
    expect(compiled().length).toBeGreaterThan(1);
    expect(inTmp()).toEqual([]);
    const second = run(["check", CLAIM]);
    expect({ code: second.code, stdout: second.stdout, stderr: second.stderr }).toEqual(first);
  });

  it.runIf(hasCompileCache)("is not used with --no-cache, nor with NODE_DISABLE_COMPILE_CACHE", () => {
    const expected = run(["check", CLAIM]).stdout;
    rmSync(folder(), { recursive: true, force: true });
    expect(run(["--no-cache", "check", CLAIM]).stdout).toBe(expected);
    expect(run(["check", CLAIM], { NODE_DISABLE_COMPILE_CACHE: "1" }).stdout).toBe(expected);
    expect(compiled()).toEqual([]);
  });

  it.runIf(hasCompileCache && typeof process.getuid === "function")("is not kept in a cache folder that others can write to", () => {
    const expected = run(["check", CLAIM]).stdout;
    rmSync(folder(), { recursive: true, force: true });
    chmodSync(join(cacheHome, "pakaz"), 0o777);
    try {
      expect(run(["check", CLAIM]).stdout).toBe(expected);
      expect(compiled()).toEqual([]);
      expect(inTmp()).toEqual([]);
    } finally {
      chmodSync(join(cacheHome, "pakaz"), 0o700);
    }
  });

  it.runIf(hasCompileCache && typeof process.getuid === "function" && process.getuid() === 0)("is not kept in a cache folder that belongs to another user, by the same rule as the corpus cache", () => {
    const expected = run(["check", CLAIM]).stdout;
    rmSync(folder(), { recursive: true, force: true });
    chownSync(join(cacheHome, "pakaz"), 12345, 12345);
    const other = run(["check", CLAIM]);
    expect(other.stdout).toBe(expected);
    expect(compiled()).toEqual([]);
    expect(inTmp()).toEqual([]);
    // One line for the run, from the corpus cache; the compile cache stays quiet.
    expect(other.stderr).toMatch(/^pakaz: warning: not using the cache folder .*: it belongs to another user; running without it\n$/);
  });

  const plainRun = (args: string[], env: Record<string, string> = {}): CliOutcome => spawnCli(args, { env: { XDG_CACHE_HOME: cacheHome, NO_COLOR: "1", ...env } });

  it("runs on every Node without one: the same output with the compile cache off", () => {
    const expected = plainRun(["check", CLAIM]);
    const off = plainRun(["check", CLAIM], { NODE_DISABLE_COMPILE_CACHE: "1" });
    expect({ code: off.code, stdout: off.stdout, stderr: off.stderr }).toEqual({ code: expected.code, stdout: expected.stdout, stderr: "" });
  });
});
