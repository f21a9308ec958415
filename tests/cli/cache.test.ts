// The compiled corpus cache, end to end through the built binary: used when
// valid, rebuilt when a corpus file's content changes, never trusted when it
// is corrupt, safe when two first runs race, and bypassed by --no-cache.

import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BIN, ROOT, runCli, spawnCli, type CliOutcome } from "../helpers/run-cli.js";

const SOURCES = `sources:
  - id: alpha-report
    type: report
    title: "Arcadia and Borduria: An Early Report"
    authors: [{ family: Writer, given: Alpha }]
    issued: "2015"
    seed: { file: alpha.txt, sha256: "${"0".repeat(64)}" }
entities:
  - { id: arcadia, name: Arcadia, kind: country, aliases: [Arcadian] }
  - { id: borduria, name: Borduria, kind: country, aliases: [Bordurian] }
  - { id: szohod, name: Szohod, kind: place, aliases: [], within: borduria }
`;

const CLAIMS = `claims:
  - id: embassy-arcadia-szohod
    statement: Arcadia opened its embassy in Szohod in 1993.
    topic: diplomacy
    tags: [embassy]
    facts:
      actor: arcadia
      entities: [arcadia, borduria, szohod]
      place: szohod
      dates: [{ value: "1993", role: opened }]
    citations:
      - source: alpha-report
        quote: "Arcadia opened its embassy in Szohod in 1993."
  - id: trade-arcadia-borduria
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

function cacheFiles(home = cacheHome): string[] {
  try {
    return readdirSync(join(home, "pakaz")).sort();
  } catch {
    return [];
  }
}

function cachePath(part: "corpus" | "index"): string {
  const name = cacheFiles().find((f) => f.endsWith(`.${part}.json`));
  if (name === undefined) throw new Error(`no ${part} cache file in ${cacheFiles().join(", ")}`);
  return join(cacheHome, "pakaz", name);
}

/** Rewrites a cache file's JSON, keeping its key, so that the next run's output shows whether it read the file. */
function editCache(part: "corpus" | "index", edit: (body: string) => string): void {
  const path = cachePath(part);
  const text = readFileSync(path, "utf8");
  const newline = text.indexOf("\n");
  const header = JSON.parse(text.slice(0, newline)) as { length: number };
  const body = edit(text.slice(newline + 1));
  writeFileSync(path, `${JSON.stringify({ ...header, length: body.length })}\n${body}`);
}

function spawnAsync(args: string[], env: Record<string, string>): Promise<CliOutcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { PATH: process.env.PATH ?? "", ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

describe("the compiled corpus cache", () => {
  it("is written on the first run and read on the next, instead of the YAML", () => {
    const first = pakaz(["check", "--json", "Arcadia opened its embassy in Szohod in 1993"]);
    expect(first.stderr).toBe("");
    expect(JSON.parse(first.stdout).verdict).toBe("supported");
    expect(cacheFiles()).toEqual([expect.stringMatching(/^corpus-[0-9a-f]+\.corpus\.json$/), expect.stringMatching(/^corpus-[0-9a-f]+\.index\.json$/)]);

    // A statement changed only in the cache shows up: the second run read the cache.
    editCache("corpus", (body) => body.replace("Arcadia opened its embassy in Szohod in 1993.", "CACHED STATEMENT."));
    const second = pakaz(["show", "embassy-arcadia-szohod"]);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("CACHED STATEMENT.");
    expect(second.stderr).toBe("");
  });

  it("serves check from the cached index as well as the cached corpus", () => {
    pakaz(["check", "Arcadia opened its embassy in Szohod in 1993"]);
    const before = statSync(cachePath("index")).mtimeMs;
    const again = pakaz(["check", "--json", "Arcadia opened its embassy in Szohod in 1997"]);
    expect(again.code).toBe(1);
    expect(JSON.parse(again.stdout).verdict).toBe("contradicted");
    expect(statSync(cachePath("index")).mtimeMs).toBe(before);
  });

  it("is rebuilt when a corpus file's content changes, even with its time stamp put back", () => {
    pakaz(["show", "trade-arcadia-borduria"]);
    const claims = join(corpus, "claims.yaml");
    const { atime, mtime } = statSync(claims);
    writeFileSync(claims, CLAIMS.replace("reached $40 million in 2014", "reached $45 million in 2014"));
    utimesSync(claims, atime, mtime);
    const after = pakaz(["show", "trade-arcadia-borduria"]);
    expect(after.code).toBe(0);
    expect(after.stdout).toContain("Borduria reached $45 million");
    expect(after.stdout).not.toContain("Borduria reached $40 million");
  });

  it("is kept when a corpus file is only touched", () => {
    pakaz(["show", "trade-arcadia-borduria"]);
    editCache("corpus", (body) => body.replace("reached $40 million", "reached $41 million"));
    const claims = join(corpus, "claims.yaml");
    utimesSync(claims, new Date(), new Date(Date.now() + 60_000));
    // Still the (edited) cache: the key is the files' content, not their times.
    expect(pakaz(["show", "trade-arcadia-borduria"]).stdout).toContain("$41 million");
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
    ["garbage", (text: string) => `not a cache at all${text.slice(0, 10)}`],
    ["a truncated file", (text: string) => text.slice(0, Math.floor(text.length / 2))],
    ["an empty file", () => ""],
    ["corrupt JSON of the right length", (text: string) => text.replace(/"claims":\[/, '"claims":{')],
    ["valid JSON that is not a corpus", (text: string) => { const header = text.slice(0, text.indexOf("\n")); const body = "[1,2,3]"; return `${JSON.stringify({ ...JSON.parse(header), length: body.length })}\n${body}`; }],
  ])("survives %s in place of a cache file, warns once and repairs it", (_what, corrupt) => {
    pakaz(["check", "Arcadia opened its embassy in Szohod in 1993"]);
    for (const part of ["corpus", "index"] as const) {
      const path = cachePath(part);
      writeFileSync(path, corrupt(readFileSync(path, "utf8")));
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
    const runs = await Promise.all([spawnAsync(args, env), spawnAsync(args, env), spawnAsync(args, env)]);
    for (const run of runs) {
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(runs[0]?.stdout);
    }
    // No temporary files left, and the cache the race left behind is used without complaint.
    expect(cacheFiles().filter((f) => f.endsWith(".json"))).toHaveLength(2);
    expect(cacheFiles().filter((f) => f.endsWith(".tmp"))).toEqual([]);
    const after = pakaz(args.slice(2));
    expect(after.stderr).toBe("");
    expect(after.stdout).toBe(runs[0]?.stdout);
  });

  it("is neither read nor written with --no-cache", () => {
    const run = pakaz(["--no-cache", "check", "Arcadia opened its embassy in Szohod in 1993"]);
    expect(run.code).toBe(0);
    expect(cacheFiles()).toEqual([]);

    pakaz(["show", "trade-arcadia-borduria"]);
    editCache("corpus", (body) => body.replace("reached $40 million", "reached $41 million"));
    expect(pakaz(["--no-cache", "show", "trade-arcadia-borduria"]).stdout).toContain("$40 million");
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
    expect(run.stderr).toMatch(/^pakaz: warning: cannot write the corpus cache in .*; use --no-cache to skip it$/m);
  });

  it("never caches a corpus with errors", () => {
    writeCorpusFile("broken.yaml", "claims:\n  - id: Not-Kebab\n");
    const run = pakaz(["check", "Arcadia opened its embassy in Szohod in 1993"]);
    expect(run.code).toBe(2);
    expect(cacheFiles()).toEqual([]);
  });

  it("gives the same answers in-process from source as the built binary does", async () => {
    const args = ["--corpus", corpus, "check", "--json", "Arcadia opened its embassy in Szohod in 1995"];
    const built = pakaz(args.slice(2));
    const fromSource = await runCli(args, { env: { XDG_CACHE_HOME: join(work, "other-cache") } });
    expect(fromSource.code).toBe(built.code);
    expect(fromSource.stdout).toBe(built.stdout);
  });
});
