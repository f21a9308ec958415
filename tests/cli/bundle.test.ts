// The built CLI (npm run build): one CommonJS bundle that bin/load-cli.js
// compiles with V8's code cache, and vendor bundles that only the commands
// needing them read. Checked by running the real bin and watching what it
// loads and writes.

import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createContext } from "../../src/cli/context.js";
import { processIo } from "../../src/cli/io.js";
import { buildProgram } from "../../src/cli/program.js";
import { COSTLY_PARSERS, createDateParser } from "../../src/core/facts/date-parser.js";
import { BIN, ROOT, spawnCli, spawnCliAsync, type CliOutcome } from "../helpers/run-cli.js";

const { COMMANDS } = createRequire(import.meta.url)("../../bin/load-cli.js") as { COMMANDS: string[] };

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

/** This user's copies of the compiled code, in the cache folder. */
function codeCacheFiles(): string[] {
  try {
    return readdirSync(join(cacheHome, "pakaz")).filter((f) => f.startsWith("code-") && f.endsWith(".bin"));
  } catch {
    return [];
  }
}

describe("the bundled CLI", () => {
  it("is one file with source maps, so --debug traces point at the TypeScript", () => {
    expect(existsSync(BUNDLE)).toBe(true);
    const map = JSON.parse(readFileSync(`${BUNDLE}.map`, "utf8")) as { sources: string[] };
    expect(map.sources.some((s) => s.endsWith("src/cli/main.ts"))).toBe(true);
    // citation-js, yaml and ajv are not in it: they are bundles of their own.
    expect(map.sources.filter((s) => /node_modules\/(@citation-js|yaml|js-yaml|ajv)\//.test(s))).toEqual([]);
  });

  it("is written out again as vm.Script compiles it: wrapped, in ASCII, the same program", () => {
    const script = readFileSync(join(ROOT, "dist", "cli.vm.js"), "latin1");
    // The loader reads it as Latin-1: a byte outside ASCII would be read as another character.
    expect(script).not.toMatch(/[^\x00-\x7f]/);
    expect(script.startsWith("(function (exports, require, module, __filename, __dirname) { ")).toBe(true);
    // The characters cli.cjs has outside ASCII (in its regular expressions) are there as escapes.
    const wide = [...new Set(readFileSync(BUNDLE, "utf8").match(/[^\x00-\x7f]/g) ?? [])];
    expect(wide.length).toBeGreaterThan(0);
    for (const char of wide) expect(script).toContain(`\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
    // And reads text with them as cli.cjs does: an acute accent (´, one of them) stands for an apostrophe.
    const acute = "Pakistan was the third country to recognise Azerbaijan\u00b4s independence";
    const escaped = pakaz(["check", acute]);
    expect(escaped.stdout.replace("\u00b4", "'")).toBe(pakaz(["check", acute.replace("\u00b4", "'")]).stdout);
    expect(pakaz(["--debug", "check", acute]).stdout).toBe(escaped.stdout);
  });

  it("keeps the names of chrono's parsers, so that a dated sentence is read without the costly ones", () => {
    // date-parser.ts tells chrono's parsers apart by constructor.name; the build
    // bundles chrono with keepNames, which names each class where it is made,
    // in both forms of the bundle (the script form's own names are shortened).
    const sentence = "Pakistan recognised Azerbaijan on 12 December 1991.";
    expect(createDateParser(sentence).parsers.some((name) => COSTLY_PARSERS.has(name))).toBe(false);
    for (const file of [BUNDLE, join(ROOT, "dist", "cli.vm.js")]) {
      const code = readFileSync(file, "utf8");
      for (const name of COSTLY_PARSERS.keys()) expect(code, `${file}: ${name}`).toMatch(new RegExp(`static\\{[\\w$]+\\(this,"${name}"\\)\\}`));
    }
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

describe("the code cache", () => {
  // The code tag of a plain node, as pakaz runs (vitest's own workers may run under other flags).
  const runtime = spawnSync(process.execPath, ["-p", `require(${JSON.stringify(join(ROOT, "bin", "load-cli.js"))}).CODE_TAG`], { encoding: "utf8", env: { PATH: process.env.PATH ?? "" } }).stdout.trim();
  /** A run of node with no options, as users start pakaz (pakaz() above adds --require, an option). */
  const plain = (args: string[], env: Record<string, string> = {}, bin = BIN): CliOutcome => spawnCli(args, { bin, env: { XDG_CACHE_HOME: cacheHome, NO_COLOR: "1", ...env } });
  const buildPrefix = (): string => `code-${readFileSync(join(ROOT, "dist", "build-id"), "utf8").trim().slice(0, 16)}-`;
  const userCopy = (command = "check"): string => join(cacheHome, "pakaz", `${buildPrefix()}${runtime}-${command}.bin`);

  /** pakaz copied elsewhere: the build's saved code names the build's own files, so this copy saves its own. */
  function copyElsewhere(): string {
    const app = join(work, "app");
    for (const part of ["bin", "dist", "data", "package.json"]) cpSync(join(ROOT, part), join(app, part), { recursive: true });
    symlinkSync(join(ROOT, "node_modules"), join(app, "node_modules"), "dir");
    return join(app, "bin", "pakaz.js");
  }

  it("ships with the build for this Node, one per command, so a first run need not write one", () => {
    const shipped = readdirSync(join(ROOT, "dist", "code-cache"));
    for (const command of [...COMMANDS, "pakaz"]) expect(shipped).toContain(`${runtime}-${command}.bin`);
    expect(shipped.filter((f) => f.endsWith(".bin"))).toHaveLength(COMMANDS.length + 1);
    // The loader knows every command the program has (a command it did not know would run without saved code).
    const program = buildProgram(createContext(processIo()));
    expect([...COMMANDS].sort()).toEqual(program.commands.map((c) => c.name()).sort());
    expect(plain(["check", CLAIM]).code).toBe(0);
    expect(codeCacheFiles()).toEqual([]);
    // An option that sets no V8 flag (--require) leaves the build's code good: still nothing saved.
    expect(pakaz(["check", CLAIM]).code).toBe(0);
    expect(codeCacheFiles()).toEqual([]);
  });

  it("under other V8 flags, is saved apart and leaves the build's code to runs without them", () => {
    const expected = plain(["check", CLAIM]);
    const flagged = plain(["check", CLAIM], { NODE_OPTIONS: "--stack-trace-limit=50" });
    expect(flagged.stdout).toBe(expected.stdout);
    const saved = codeCacheFiles();
    // Named by its options too, beside where the plain run's copy would go.
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatch(new RegExp(`^${buildPrefix()}${runtime}-[0-9a-f]{8}-check\\.bin$`));
    // Taken from then on: a second flagged run saves nothing.
    const savedAt = statSync(join(cacheHome, "pakaz", saved[0] ?? "")).mtimeMs;
    expect(plain(["check", CLAIM], { NODE_OPTIONS: "--stack-trace-limit=50" }).stdout).toBe(expected.stdout);
    expect(statSync(join(cacheHome, "pakaz", saved[0] ?? "")).mtimeMs).toBe(savedAt);
    // A run without the flags still takes the build's code, and saves nothing.
    expect(plain(["check", CLAIM]).stdout).toBe(expected.stdout);
    expect(codeCacheFiles()).toEqual(saved);
  });

  it("is saved by a copy of pakaz elsewhere, one file per command, and used from then on", () => {
    const bin = copyElsewhere();
    const here = plain(["check", CLAIM]);
    const first = plain(["check", CLAIM], {}, bin);
    expect(first.code).toBe(here.code);
    expect(first.stdout).toBe(here.stdout);
    expect(codeCacheFiles()).toEqual([`${buildPrefix()}${runtime}-check.bin`]);
    const saved = statSync(userCopy());
    const second = plain(["check", CLAIM], {}, bin);
    expect(second.stdout).toBe(here.stdout);
    // Taken, not saved again.
    expect(statSync(userCopy()).mtimeMs).toBe(saved.mtimeMs);
    plain(["conflicts"], {}, bin);
    expect(codeCacheFiles().sort()).toEqual([`${buildPrefix()}${runtime}-check.bin`, `${buildPrefix()}${runtime}-conflicts.bin`]);
  });

  it("lets four first runs at once all succeed, leaving one copy that the next run takes", async () => {
    const bin = copyElsewhere();
    const expected = plain(["check", CLAIM]);
    rmSync(cacheHome, { recursive: true, force: true });
    const run = (): Promise<CliOutcome> => spawnCliAsync(["check", CLAIM], { bin, env: { XDG_CACHE_HOME: cacheHome, NO_COLOR: "1" } });
    const runs = await Promise.all([run(), run(), run(), run()]);
    for (const { code, stdout } of runs) expect({ code, stdout }).toEqual({ code: expected.code, stdout: expected.stdout });
    // One copy, no temporary file left behind, and V8 takes it: the next run does not save again.
    expect(readdirSync(join(cacheHome, "pakaz")).filter((f) => f.startsWith("code-"))).toEqual([`${buildPrefix()}${runtime}-check.bin`]);
    const saved = statSync(userCopy()).mtimeMs;
    expect(plain(["check", CLAIM], {}, bin).stdout).toBe(expected.stdout);
    expect(statSync(userCopy()).mtimeMs).toBe(saved);
  });

  it("replaces a corrupt copy, and the run's output is what it would have been", () => {
    const bin = copyElsewhere();
    const expected = plain(["check", CLAIM]);
    mkdirSync(join(cacheHome, "pakaz"), { recursive: true });
    writeFileSync(userCopy(), "not V8's code at all");
    const run = plain(["check", CLAIM], {}, bin);
    expect(run.code).toBe(expected.code);
    expect(run.stdout).toBe(expected.stdout);
    expect(run.stderr).toBe("");
    // V8 refused it, so the run saved its own.
    expect(statSync(userCopy()).size).toBeGreaterThan(1000);
  });

  it.skipIf(process.platform === "win32")("is not run from a copy that other users could have written", () => {
    const bin = copyElsewhere();
    plain(["check", CLAIM], {}, bin);
    // Good code, but anyone's to change: it must be replaced, not run (had it been run, V8 would have taken it and kept it).
    chmodSync(userCopy(), 0o666);
    const run = plain(["check", CLAIM], {}, bin);
    expect(run.code).toBe(0);
    expect(statSync(userCopy()).mode & 0o777).toBe(0o600);
  });

  it("drops the copies of other builds when it saves one", () => {
    const bin = copyElsewhere();
    mkdirSync(join(cacheHome, "pakaz"), { recursive: true });
    const stale = join(cacheHome, "pakaz", `code-0000000000000000-${runtime}-check.bin`);
    writeFileSync(stale, "an older build's code");
    plain(["check", CLAIM], {}, bin);
    expect(existsSync(stale)).toBe(false);
    expect(codeCacheFiles()).toEqual([`${buildPrefix()}${runtime}-check.bin`]);
  });

  it("still runs, without saved code, from a dist/ built before the script form existed", () => {
    const bin = copyElsewhere();
    rmSync(join(bin, "..", "..", "dist", "cli.vm.js"));
    const expected = plain(["check", CLAIM]);
    const run = plain(["check", CLAIM], {}, bin);
    expect({ code: run.code, stdout: run.stdout, stderr: run.stderr }).toEqual({ code: expected.code, stdout: expected.stdout, stderr: "" });
    expect(codeCacheFiles()).toEqual([]);
  });

  it("is neither read nor written with --no-cache, and is off with NODE_DISABLE_COMPILE_CACHE", () => {
    const bin = copyElsewhere();
    const expected = plain(["check", CLAIM]);
    mkdirSync(join(cacheHome, "pakaz"), { recursive: true });
    writeFileSync(userCopy(), "not V8's code at all");
    const noCache = plain(["--no-cache", "check", CLAIM], {}, bin);
    expect(noCache.stdout).toBe(expected.stdout);
    // Read, it would have been refused and replaced.
    expect(readFileSync(userCopy(), "utf8")).toBe("not V8's code at all");
    rmSync(cacheHome, { recursive: true, force: true });
    const uncached = plain(["check", CLAIM], { NODE_DISABLE_COMPILE_CACHE: "1" }, bin);
    expect(uncached.stdout).toBe(expected.stdout);
    expect(codeCacheFiles()).toEqual([]);
  });
});
