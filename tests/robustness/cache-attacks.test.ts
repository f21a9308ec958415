// The corpus cache against another local user, and against odd files at its
// names. Another user who can write the cache folder could otherwise plant a
// cache built from an edited corpus (a forged "verbatim" quote, printed as
// SUPPORTED); a FIFO at a cache file's name would hang every run, and a link
// to /dev/zero would fill memory. Each case must end in a correct answer,
// with at most one warning line, through the built binary.
//
// These tests run as root in CI's sandbox, so "another user" is a chown to an
// unused uid; where they cannot (not root, or Windows), they are skipped.

import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { chmodSync, chownSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BIN, ROOT } from "../helpers/run-cli.js";
import { TINY_SOURCES, tinyEmbassyClaim } from "../helpers/tiny-sources.js";

const OTHER_UID = 12345;
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const posix = process.platform !== "win32";

const SOURCES = TINY_SOURCES;

const claims = (year: string): string => `claims:\n${tinyEmbassyClaim(year)}`;

const TRUE_CLAIM = "Arcadia opened its embassy in Szohod in 1993";
const FORGED_CLAIM = "Arcadia opened its embassy in Szohod in 1999";

let work: string;
let corpus: string;
let cacheHome: string;
let cacheDir: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "pakaz-cache-attacks-"));
  corpus = join(work, "corpus");
  cacheHome = join(work, "cache-home");
  cacheDir = join(cacheHome, "pakaz");
  mkdirSync(corpus);
  writeFileSync(join(corpus, "sources.yaml"), SOURCES);
  writeFileSync(join(corpus, "claims.yaml"), claims("1993"));
});

afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

/** The built binary, with a short timeout: a run that blocks on a FIFO must fail the test, not hang it. */
function pakaz(args: string[]): Outcome {
  const result = spawnSync(process.execPath, [BIN, "--corpus", corpus, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    input: "",
    env: { PATH: process.env.PATH ?? "", XDG_CACHE_HOME: cacheHome },
    timeout: 15_000,
  });
  return { code: result.status, stdout: result.stdout ?? "", stderr: result.stderr ?? "", timedOut: result.error !== undefined };
}

function verdictOf(outcome: Outcome): string {
  expect(outcome.timedOut).toBe(false);
  return (JSON.parse(outcome.stdout) as { verdict: string }).verdict;
}

function cacheFile(part: "corpus" | "index"): string {
  const name = readdirSync(cacheDir).find((f) => f.endsWith(`.${part}.json`));
  if (name === undefined) throw new Error(`no ${part} cache file in ${cacheDir}`);
  return join(cacheDir, name);
}

function warnings(stderr: string): string[] {
  return stderr.split("\n").filter((line) => line !== "");
}

/** Runs a check that fills the cache, and returns the cache files' paths. */
function warmCache(): { corpusFile: string; indexFile: string } {
  expect(verdictOf(pakaz(["check", "--json", TRUE_CLAIM]))).toBe("supported");
  return { corpusFile: cacheFile("corpus"), indexFile: cacheFile("index") };
}

/** A cache file's header line, as JSON. */
function headerOf(bytes: Buffer): { key: string; sum: string; [field: string]: unknown } {
  return JSON.parse(bytes.subarray(0, bytes.indexOf(10)).toString("utf8")) as { key: string; sum: string };
}

describe.skipIf(!posix)("the cache folder", () => {
  it.skipIf(!isRoot)("is not used when it belongs to another user: one warning, a correct answer, nothing written", () => {
    mkdirSync(cacheDir, { recursive: true, mode: 0o700 });
    chownSync(cacheDir, OTHER_UID, OTHER_UID);
    const run = pakaz(["check", "--json", TRUE_CLAIM]);
    expect(verdictOf(run)).toBe("supported");
    expect(warnings(run.stderr)).toEqual([expect.stringMatching(/^pakaz: warning: not using the cache folder .*pakaz: it belongs to another user; running without it$/)]);
    expect(readdirSync(cacheDir)).toEqual([]);
  });

  it("is not used when others may write to it", () => {
    mkdirSync(cacheDir, { recursive: true });
    chmodSync(cacheDir, 0o777);
    const run = pakaz(["check", "--json", TRUE_CLAIM]);
    expect(verdictOf(run)).toBe("supported");
    expect(warnings(run.stderr)).toEqual([expect.stringMatching(/^pakaz: warning: not using the cache folder .*pakaz: others can write to it; running without it$/)]);
    expect(readdirSync(cacheDir)).toEqual([]);
  });

  it("is not used when it is a symbolic link, even to a folder of ours", () => {
    const real = join(work, "real-cache");
    mkdirSync(real, { mode: 0o700 });
    mkdirSync(cacheHome);
    symlinkSync(real, cacheDir);
    const run = pakaz(["check", "--json", TRUE_CLAIM]);
    expect(verdictOf(run)).toBe("supported");
    expect(warnings(run.stderr)).toEqual([expect.stringMatching(/^pakaz: warning: not using the cache folder .*pakaz: it is a symbolic link; running without it$/)]);
    expect(readdirSync(real)).toEqual([]);
  });

  it("is made private when missing, and used", () => {
    const run = pakaz(["check", "--json", TRUE_CLAIM]);
    expect(run.stderr).toBe("");
    expect(statSync(cacheDir).mode & 0o777).toBe(0o700);
    expect(readdirSync(cacheDir).length).toBeGreaterThan(0);
  });
});

describe.skipIf(!posix)("the cache's housekeeping", () => {
  it("replaces a folder of ours where a cache file should be, quietly and for good", () => {
    const { corpusFile, indexFile } = warmCache();
    for (const file of [corpusFile, indexFile]) {
      rmSync(file);
      mkdirSync(join(file, "inside"), { recursive: true });
    }
    const first = pakaz(["check", "--json", TRUE_CLAIM]);
    expect(verdictOf(first)).toBe("supported");
    expect(warnings(first.stderr).length).toBeLessThanOrEqual(1);
    expect(lstatSync(corpusFile).isFile()).toBe(true);
    expect(lstatSync(indexFile).isFile()).toBe(true);
    const second = pakaz(["check", "--json", TRUE_CLAIM]);
    expect(second.stderr).toBe("");
  });

  it.skipIf(!isRoot)("skips the cache when another user's folder sits at a cache file's name, with one warning", () => {
    const { corpusFile } = warmCache();
    rmSync(corpusFile);
    mkdirSync(corpusFile);
    chownSync(corpusFile, OTHER_UID, OTHER_UID);
    const run = pakaz(["check", "--json", TRUE_CLAIM]);
    expect(verdictOf(run)).toBe("supported");
    expect(warnings(run.stderr)).toEqual([expect.stringMatching(/^pakaz: warning: not using the corpus cache: .*\.corpus\.json is a folder that cannot be removed; running without it$/)]);
    expect(lstatSync(corpusFile).isDirectory()).toBe(true);
  });

  it("says at most one warning line in a run, however many cache files are unusable", () => {
    const { corpusFile, indexFile } = warmCache();
    for (const file of [corpusFile, indexFile]) writeFileSync(file, "garbage");
    const run = pakaz(["check", "--json", TRUE_CLAIM]);
    expect(verdictOf(run)).toBe("supported");
    expect(warnings(run.stderr)).toHaveLength(1);
  });

  it("removes temporary files a dead run of ours left behind", () => {
    warmCache();
    // A pid above Linux's largest (2^22) is no running process; the file is
    // fresh, and named as src/files/atomic-write.ts names temporary files.
    const leftover = join(cacheDir, `.${readdirSync(cacheDir).find((f) => f.endsWith(".corpus.json"))}.4194305-abcdef012345.tmp`);
    writeFileSync(leftover, "half a cache");
    writeFileSync(join(corpus, "claims.yaml"), claims("1993") + "\n");
    expect(verdictOf(pakaz(["check", "--json", TRUE_CLAIM]))).toBe("supported");
    expect(existsSync(leftover)).toBe(false);
  });
});

describe.skipIf(!posix)("a cache file", () => {
  it.skipIf(!isRoot)("that belongs to another user is refused, and replaced by one of ours", () => {
    const { corpusFile, indexFile } = warmCache();
    for (const file of [corpusFile, indexFile]) chownSync(file, OTHER_UID, OTHER_UID);
    const run = pakaz(["check", "--json", "Arcadia opened its embassy in Szohod in 1997"]);
    expect(verdictOf(run)).toBe("contradicted");
    expect(warnings(run.stderr)).toEqual([expect.stringMatching(/^pakaz: warning: ignoring the corpus cache .*\.json: it belongs to another user; rebuilding it$/)]);
    expect(statSync(cacheFile("corpus")).uid).toBe(0);
    expect(statSync(cacheFile("index")).uid).toBe(0);
    expect(pakaz(["check", "--json", TRUE_CLAIM]).stderr).toBe("");
  });

  it("that is a FIFO does not block the run", () => {
    const { corpusFile } = warmCache();
    rmSync(corpusFile);
    const made = spawnSync("mkfifo", [corpusFile]);
    expect(made.status).toBe(0);
    const run = pakaz(["check", "--json", TRUE_CLAIM]);
    expect(verdictOf(run)).toBe("supported");
    expect(warnings(run.stderr)).toEqual([expect.stringMatching(/^pakaz: warning: ignoring the corpus cache .*\.corpus\.json: it is not a regular file; rebuilding it$/)]);
    expect(lstatSync(corpusFile).isFile()).toBe(true);
  });

  it.each(["corpus", "index"] as const)("that links to /dev/zero (%s) is not read", (part) => {
    const paths = warmCache();
    const file = part === "corpus" ? paths.corpusFile : paths.indexFile;
    rmSync(file);
    symlinkSync("/dev/zero", file);
    const run = pakaz(["check", "--json", TRUE_CLAIM]);
    expect(verdictOf(run)).toBe("supported");
    expect(warnings(run.stderr)).toHaveLength(1);
    expect(lstatSync(file).isFile()).toBe(true);
  });

  it("whose notes beside it are FIFOs or links to /dev/zero does not block or fill memory", () => {
    const { corpusFile } = warmCache();
    const notes = readdirSync(cacheDir).filter((f) => f.endsWith(".verified") || f.endsWith(".files.json"));
    expect(notes.length).toBeGreaterThan(0);
    notes.forEach((note, i) => {
      const path = join(cacheDir, note);
      rmSync(path);
      if (i % 2 === 0) expect(spawnSync("mkfifo", [path]).status).toBe(0);
      else symlinkSync("/dev/zero", path);
    });
    const run = pakaz(["check", "--json", TRUE_CLAIM]);
    expect(verdictOf(run)).toBe("supported");
    expect(existsSync(corpusFile)).toBe(true);
  });

  it("whose header declares more data than any cache holds is refused without reading it", () => {
    const { corpusFile } = warmCache();
    const bytes = readFileSync(corpusFile);
    const header = headerOf(bytes);
    const line = JSON.stringify({ ...header, data: 2 ** 52 });
    writeFileSync(corpusFile, Buffer.concat([Buffer.from(`${line.padEnd(bytes.indexOf(10))}\n`), bytes.subarray(bytes.indexOf(10) + 1)]));
    const run = pakaz(["check", "--json", TRUE_CLAIM]);
    expect(verdictOf(run)).toBe("supported");
    expect(warnings(run.stderr)).toHaveLength(1);
  });

  it("whose key was edited to match another corpus is refused: the checksum covers the key", () => {
    // The attack: a cache built from an edited corpus (a forged quote), its
    // key changed to the victim's. Data and head are untouched, so a checksum
    // over them alone still matches.
    const { corpusFile, indexFile } = warmCache();
    const victimKeys = new Map([corpusFile, indexFile].map((file) => [file, headerOf(readFileSync(file)).key]));
    writeFileSync(join(corpus, "claims.yaml"), claims("1999"));
    expect(verdictOf(pakaz(["check", "--json", FORGED_CLAIM]))).toBe("supported");
    writeFileSync(join(corpus, "claims.yaml"), claims("1993"));
    for (const [file, key] of victimKeys) {
      const forged = readFileSync(file);
      const header = headerOf(forged);
      const newline = forged.indexOf(10);
      const line = JSON.stringify({ ...header, key });
      writeFileSync(`${file}.planted`, Buffer.concat([Buffer.from(`${line.padEnd(newline)}\n`), forged.subarray(newline + 1)]));
      renameSync(`${file}.planted`, file);
      rmSync(`${file}.verified`, { force: true });
    }
    const run = pakaz(["check", "--json", FORGED_CLAIM]);
    expect(verdictOf(run)).toBe("contradicted");
    expect(run.stdout).not.toContain("in 1999.");
    expect(warnings(run.stderr)).toEqual([expect.stringMatching(/^pakaz: warning: ignoring the corpus cache .*: it is corrupt \(its checksum does not match\); rebuilding it$/)]);
  });

  it("is refused when its checksum is only over the data, as older versions wrote it", () => {
    // The sum of a file whose key was edited is as easy to recompute as the
    // key to edit; what makes a planted file worthless is the ownership rules.
    // This pins the format: the sum is not the old one over head and data.
    const { corpusFile } = warmCache();
    const bytes = readFileSync(corpusFile);
    const header = headerOf(bytes);
    const body = bytes.subarray(bytes.indexOf(10) + 1);
    expect(header.sum).not.toBe(createHash("sha256").update(body).digest("hex"));
  });
});
