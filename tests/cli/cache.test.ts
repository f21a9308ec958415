// The compiled corpus cache, end to end through the built binary: used when
// valid, rebuilt when a corpus file's content changes, never trusted when it
// is corrupt, safe when two first runs race, and bypassed by --no-cache.

import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createHash } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readCorpusFiles } from "../../src/core/corpus/read-corpus.js";
import { cacheDirectory } from "../../src/snapshot/folder.js";
import { corpusKeyOfTexts, keyCorpusFiles } from "../../src/snapshot/key.js";
import { snapshotFileSum } from "../../src/snapshot/snapshot-file.js";
import { ROOT, runCli, spawnCli, spawnCliAsync, type CliOutcome } from "../helpers/run-cli.js";
import { TINY_SOURCES, tinyEmbassyClaim } from "../helpers/tiny-sources.js";

const SOURCES = TINY_SOURCES;

const CLAIMS = `claims:
${tinyEmbassyClaim("1993")}  - id: trade-arcadia-borduria
    statement: Trade between Arcadia and Borduria reached $40 million in 2014.
    topic: trade
    tags: [trade]
    facts:
      entities: [arcadia, borduria]
      dates: [{ value: "2014" }]
      numbers: [{ value: 40000000, unit: usd, of: trade }]
    citations:
      - source: alpha-report
        quote: "Trade reached $40 million in 2014."
`;

let work: string;
let corpus: string;
let cacheHome: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "pakaz-cache-test-"));
  corpus = join(work, "corpus");
  cacheHome = join(work, "cache-home");
  writeCorpusFile("sources.yaml", SOURCES);
  writeCorpusFile("claims.yaml", CLAIMS);
});

afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

function writeCorpusFile(name: string, text: string): void {
  mkdirSync(corpus, { recursive: true });
  writeFileSync(join(corpus, name), text);
}

function pakaz(args: string[], env: Record<string, string> = { XDG_CACHE_HOME: cacheHome }): CliOutcome {
  return spawnCli(["--corpus", corpus, ...args], { env });
}

/** The cache files proper (beside them: a note of which are verified, and the corpus files' hashes). */
function cacheFiles(home = cacheHome): string[] {
  try {
    return readdirSync(join(home, "pakaz"))
      .filter((f) => /\.(corpus|index)\.json$/.test(f))
      .sort();
  } catch {
    return [];
  }
}

function allCacheFiles(): string[] {
  try {
    return readdirSync(join(cacheHome, "pakaz")).sort();
  } catch {
    return [];
  }
}

function cachePath(part: "corpus" | "index"): string {
  const name = cacheFiles().find((f) => f.endsWith(`.${part}.json`));
  if (name === undefined) throw new Error(`no ${part} cache file in ${cacheFiles().join(", ")}`);
  return join(cacheHome, "pakaz", name);
}

/** The cache file's identity: a run that rebuilds the cache replaces the file (a new inode), one that reads it does not. */
function cacheIdentity(part: "corpus" | "index"): string {
  const info = statSync(cachePath(part));
  return `${info.ino}:${info.mtimeMs}`;
}

/** A cache file whose header and checksum are right but whose head is not a corpus or an index. */
function wellFormedButWrong(text: Buffer): Buffer {
  const newline = text.indexOf(10);
  const header = JSON.parse(text.subarray(0, newline).toString("utf8")) as Record<string, unknown>;
  const head = Buffer.from("[1,2,3]");
  const sum = snapshotFileSum(header.key as string, head, []);
  return Buffer.concat([Buffer.from(`${JSON.stringify({ ...header, head: head.length, data: 0, sum })}\n`), head]);
}

describe("the compiled corpus cache", () => {
  it("is written on the first run and read, not rebuilt, on the next", () => {
    const first = pakaz(["check", "--json", "Arcadia opened its embassy in Szohod in 1993"]);
    expect(first.stderr).toBe("");
    expect(JSON.parse(first.stdout).verdict).toBe("supported");
    expect(cacheFiles()).toEqual([expect.stringMatching(/^corpus-[0-9a-f]+\.corpus\.json$/), expect.stringMatching(/^corpus-[0-9a-f]+\.index\.json$/)]);
    const corpusFile = cacheIdentity("corpus");
    const indexFile = cacheIdentity("index");

    const second = pakaz(["check", "--json", "Arcadia opened its embassy in Szohod in 1997"]);
    expect(second.code).toBe(1);
    expect(JSON.parse(second.stdout).verdict).toBe("contradicted");
    expect(second.stderr).toBe("");
    expect(cacheIdentity("corpus")).toBe(corpusFile);
    expect(cacheIdentity("index")).toBe(indexFile);
    const shown = pakaz(["show", "embassy-arcadia-szohod"]);
    expect(shown.stdout).toContain("Arcadia opened its embassy in Szohod in 1993.");
    expect(cacheIdentity("corpus")).toBe(corpusFile);
  });

  it("gives back text outside ASCII as written, from a head stored in ASCII", () => {
    const title = "Ərəb Dənizi’s “Early” Report 🌍";
    writeCorpusFile("sources.yaml", SOURCES.replace("Arcadia and Borduria: An Early Report", title));
    const fresh = pakaz(["sources", "--json"]);
    expect(fresh.stdout).toContain(title);
    // A check writes the index too.
    expect(pakaz(["check", "Arcadia opened its embassy in Szohod in 1993"]).code).toBe(0);
    const cached = pakaz(["sources", "--json"]);
    expect(cached.stdout).toBe(fresh.stdout);
    for (const part of ["corpus", "index"] as const) {
      const bytes = readFileSync(cachePath(part));
      const newline = bytes.indexOf(10);
      const { head } = JSON.parse(bytes.subarray(0, newline).toString("utf8")) as { head: number };
      expect(bytes.subarray(newline + 1, newline + 1 + head).every((byte) => byte < 0x80)).toBe(true);
    }
  });

  it("is rebuilt when a corpus file's content changes, even with its time stamp put back", () => {
    pakaz(["show", "trade-arcadia-borduria"]);
    const before = cacheIdentity("corpus");
    const claims = join(corpus, "claims.yaml");
    const { atime, mtime } = statSync(claims);
    writeFileSync(claims, CLAIMS.replace("reached $40 million in 2014", "reached $45 million in 2014"));
    utimesSync(claims, atime, mtime);
    const after = pakaz(["show", "trade-arcadia-borduria"]);
    expect(after.code).toBe(0);
    expect(after.stdout).toContain("Borduria reached $45 million");
    expect(after.stdout).not.toContain("Borduria reached $40 million");
    expect(cacheIdentity("corpus")).not.toBe(before);
  });

  it("is rebuilt when a file that had long been still changes, time stamp put back", async () => {
    const claims = join(corpus, "claims.yaml");
    const { atime, mtime } = statSync(claims);
    // Files unchanged for a few seconds have their hashes remembered between runs; the
    // remembered hash must not outlive a change that keeps the size and the time stamp.
    await new Promise((resolve) => setTimeout(resolve, 3500));
    pakaz(["show", "trade-arcadia-borduria"]);
    expect(allCacheFiles()).toContainEqual(expect.stringMatching(/\.files\.json$/));
    writeFileSync(claims, CLAIMS.replace("reached $40 million in 2014", "reached $46 million in 2014"));
    utimesSync(claims, atime, mtime);
    expect(pakaz(["show", "trade-arcadia-borduria"]).stdout).toContain("Borduria reached $46 million");
  });

  it("is kept when a corpus file is only touched", () => {
    pakaz(["check", "Arcadia opened its embassy in Szohod in 1993"]);
    const before = [cacheIdentity("corpus"), cacheIdentity("index")];
    utimesSync(join(corpus, "claims.yaml"), new Date(), new Date(Date.now() + 60_000));
    expect(pakaz(["check", "Arcadia opened its embassy in Szohod in 1993"]).code).toBe(0);
    expect([cacheIdentity("corpus"), cacheIdentity("index")]).toEqual(before);
  });

  it("is rebuilt when a corpus file is added", () => {
    pakaz(["show", "trade-arcadia-borduria"]);
    writeCorpusFile(
      "more.yaml",
      CLAIMS.replaceAll("embassy-arcadia-szohod", "embassy-arcadia-szohod-2").replaceAll("trade-arcadia-borduria", "trade-arcadia-borduria-2"),
    );
    const after = pakaz(["show", "trade-arcadia-borduria-2"]);
    expect(after.code).toBe(0);
    expect(after.stderr).toBe("");
  });

  it.each([
    ["garbage", (text: Buffer) => Buffer.concat([Buffer.from("not a cache at all"), text.subarray(0, 10)])],
    ["a truncated file", (text: Buffer) => text.subarray(0, Math.floor(text.length / 2))],
    ["an empty file", () => Buffer.alloc(0)],
    ["one byte changed", (text: Buffer) => {
      const damaged = Buffer.from(text);
      const at = damaged.length - 3;
      damaged[at] = (damaged[at] ?? 0) ^ 0x20;
      return damaged;
    }],
    ["a well-formed file that holds something else", wellFormedButWrong],
  ])("survives %s in place of a cache file, warns once and repairs it", (_what, corrupt) => {
    pakaz(["check", "Arcadia opened its embassy in Szohod in 1993"]);
    for (const part of ["corpus", "index"] as const) {
      const path = cachePath(part);
      writeFileSync(path, corrupt(readFileSync(path)));
    }
    const damaged = pakaz(["check", "--json", "Arcadia opened its embassy in Szohod in 1993"]);
    expect(damaged.code).toBe(0);
    expect(JSON.parse(damaged.stdout).verdict).toBe("supported");
    expect(damaged.stderr).toMatch(/^pakaz: warning: ignoring the corpus cache .*corpus\.json: .*; rebuilding it$/m);
    const repaired = pakaz(["check", "--json", "Arcadia opened its embassy in Szohod in 1993"]);
    expect(repaired.stderr).toBe("");
    expect(repaired.stdout).toBe(damaged.stdout);
  });

  it("lets two first runs at once both succeed, leaving one valid cache", async () => {
    const env = { XDG_CACHE_HOME: cacheHome };
    const args = ["--corpus", corpus, "check", "--json", "Trade between Arcadia and Borduria reached $40 million in 2014"];
    const runs = await Promise.all([spawnCliAsync(args, { env }), spawnCliAsync(args, { env }), spawnCliAsync(args, { env })]);
    for (const run of runs) {
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(runs[0]?.stdout);
    }
    // No temporary files left, and the cache the race left behind is used without complaint.
    expect(cacheFiles()).toHaveLength(2);
    expect(allCacheFiles().filter((f) => f.endsWith(".tmp"))).toEqual([]);
    const after = pakaz(args.slice(2));
    expect(after.stderr).toBe("");
    expect(after.stdout).toBe(runs[0]?.stdout);
  });

  it("serves a cache made from one working directory to a run from another", () => {
    const fromRoot = spawnCli(["--corpus", corpus, "check", "--json", "Arcadia opened its embassy in Szohod in 1993"], { env: { XDG_CACHE_HOME: cacheHome } });
    expect(JSON.parse(fromRoot.stdout).verdict).toBe("supported");
    const before = cacheIdentity("index");
    // From inside the corpus folder its files have other (shorter) names; the cache is the same.
    const fromInside = spawnCli(["--corpus", ".", "check", "--json", "Arcadia opened its embassy in Szohod in 1997"], { env: { XDG_CACHE_HOME: cacheHome }, cwd: corpus });
    expect(fromInside.stderr).toBe("");
    expect(JSON.parse(fromInside.stdout).verdict).toBe("contradicted");
    expect(cacheIdentity("index")).toBe(before);
  });

  it("is shipped ready-made for the bundled corpus, so a first run writes none", () => {
    const first = spawnCli(["check", "--json", "Pakistan opened its embassy in Baku in 1993"], { env: { XDG_CACHE_HOME: cacheHome } });
    expect(first.stderr).toBe("");
    expect(JSON.parse(first.stdout).verdict).toBe("supported");
    expect(cacheFiles()).toEqual([]);
    // The same files in another folder are another corpus: their cache is built and kept.
    const copy = join(work, "copy");
    cpSync(join(ROOT, "data"), copy, { recursive: true });
    const copied = spawnCli(["--corpus", copy, "check", "--json", "Pakistan opened its embassy in Baku in 1993"], { env: { XDG_CACHE_HOME: cacheHome } });
    expect(JSON.parse(copied.stdout)).toEqual(JSON.parse(first.stdout));
    expect(cacheFiles()).toHaveLength(2);
  });

  it("is neither read nor written with --no-cache", () => {
    const run = pakaz(["--no-cache", "check", "Arcadia opened its embassy in Szohod in 1993"]);
    expect(run.code).toBe(0);
    expect(allCacheFiles()).toEqual([]);

    pakaz(["check", "Arcadia opened its embassy in Szohod in 1993"]);
    // Garbage in place of the cache goes unnoticed: it is not read.
    for (const part of ["corpus", "index"] as const) writeFileSync(cachePath(part), "garbage");
    const bypassed = pakaz(["--no-cache", "check", "Arcadia opened its embassy in Szohod in 1993"]);
    expect(bypassed.code).toBe(0);
    expect(bypassed.stderr).toBe("");
    expect(readFileSync(cachePath("corpus"), "utf8")).toBe("garbage");
  });

  it("lives in ~/.cache/pakaz when XDG_CACHE_HOME is not set", () => {
    const home = join(work, "home");
    const run = pakaz(["show", "trade-arcadia-borduria"], { HOME: home });
    expect(run.code).toBe(0);
    expect(cacheFiles(join(home, ".cache"))).toHaveLength(1);
    // A relative XDG_CACHE_HOME is invalid by the XDG spec and ignored.
    pakaz(["show", "trade-arcadia-borduria"], { HOME: home, XDG_CACHE_HOME: "relative/cache" });
    expect(cacheFiles(join(home, ".cache"))).toHaveLength(1);
  });

  it("warns but still answers when the cache folder cannot be written", () => {
    const blocker = join(work, "a-file");
    writeFileSync(blocker, "not a folder");
    const run = pakaz(["check", "--json", "Arcadia opened its embassy in Szohod in 1993"], { XDG_CACHE_HOME: blocker });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).verdict).toBe("supported");
    // Once: not for each part of the cache, and not as a failure to read it.
    expect(run.stderr).toMatch(/^pakaz: warning: cannot write the corpus cache in .*; use --no-cache to skip it\n$/);
  });

  it("never caches a corpus with errors", () => {
    writeCorpusFile("broken.yaml", "claims:\n  - id: Not-Kebab\n");
    const run = pakaz(["check", "Arcadia opened its embassy in Szohod in 1993"]);
    expect(run.code).toBe(2);
    expect(cacheFiles()).toEqual([]);
  });

  it.each([
    ["show --json", ["show", "--json", "embassy-arcadia-szohod"]],
    ["search --json", ["search", "--json", "embassy", "Szohod"]],
    ["check --json", ["check", "--json", "Trade between Arcadia and Borduria reached $50 million in 2014"]],
  ])("answers %s from a warm cache exactly as without one", (_what, args) => {
    pakaz(args);
    const warm = pakaz(args);
    const uncached = pakaz(["--no-cache", ...args]);
    expect(warm.stderr).toBe("");
    expect(warm.code).toBe(uncached.code);
    expect(warm.stdout).toBe(uncached.stdout);
  });

  it("gives the same answers in-process from source as the built binary does", async () => {
    const args = ["--corpus", corpus, "check", "--json", "Arcadia opened its embassy in Szohod in 1995"];
    const built = pakaz(args.slice(2));
    const fromSource = await runCli(args, { env: { XDG_CACHE_HOME: join(work, "other-cache") } });
    expect(fromSource.code).toBe(built.code);
    expect(fromSource.stdout).toBe(built.stdout);
  });
});

describe("where the cache is and what it covers", () => {
  it("follows XDG_CACHE_HOME, then each platform's own cache folder", () => {
    expect(cacheDirectory({ XDG_CACHE_HOME: "/x/cache", HOME: "/home/a" }, "linux")).toBe(join("/x/cache", "pakaz"));
    expect(cacheDirectory({ HOME: "/home/a" }, "linux")).toBe(join("/home/a", ".cache", "pakaz"));
    expect(cacheDirectory({ HOME: "/Users/a" }, "darwin")).toBe(join("/Users/a", "Library", "Caches", "pakaz"));
    expect(cacheDirectory({ LOCALAPPDATA: "C:\\Users\\a\\AppData\\Local" }, "win32")).toBe(join("C:\\Users\\a\\AppData\\Local", "pakaz", "Cache"));
    expect(cacheDirectory({ XDG_CACHE_HOME: "relative", HOME: "/home/a" }, "linux")).toBe(join("/home/a", ".cache", "pakaz"));
    expect(cacheDirectory({}, "linux")).toBeUndefined();
  });

  it("keys on exactly the files the corpus reader reads, in its order", async () => {
    const dir = join(work, "tricky");
    const files: Record<string, string> = {
      "b.yaml": "claims: []\n",
      "A.YML": "claims: []\n",
      "notes.txt": "not corpus\n",
      "nested/deeper/c.yml": "claims: []\n",
      "nested/a.yaml": "claims: []\n",
      ".hidden/x.yaml": "claims: []\n",
      "styles/apa.yaml": "claims: []\n",
      "node_modules/m.yaml": "claims: []\n",
    };
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(dir, name, ".."), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    const read = await readCorpusFiles(dir, work);
    const keyed = await keyCorpusFiles(dir, work);
    if (!read.ok || keyed === undefined) throw new Error("cannot read the tricky corpus");
    expect(keyed.files.map((f) => f.path)).toEqual(read.value.map((f) => f.path));
    // The key a warm run finds from the files on disk is the one a miss wrote the cache under.
    expect(keyed.key).toBe(corpusKeyOfTexts(read.value, dir, work));
    expect(keyed.files.map((f) => f.sum)).toEqual(read.value.map((f) => createHash("sha256").update(f.text).digest("hex")));
    // A single file named as the corpus, seen from another folder, is named alike too.
    const single = await readCorpusFiles(join(dir, "b.yaml"), ROOT);
    expect((await keyCorpusFiles(join(dir, "b.yaml"), ROOT))?.files.map((f) => f.path)).toEqual(single.ok ? single.value.map((f) => f.path) : ["?"]);
  });
});
