// What an attacker found (issue 22, "Broken promises"): each case failed
// before its fix. Run through the real binary, as a user or a CI job would.

import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCorpus } from "../../src/core/corpus/load-corpus.js";
import { MAX_REFERENCE_SUGGESTIONS } from "../../src/core/corpus/validate-corpus.js";
import { BIN, FIXTURES, runCli, spawnCli, type CliOutcome } from "../helpers/run-cli.js";

const CORPUS = join(FIXTURES, "robustness", "hostile-corpus");

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "pakaz-harden-"));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/** Runs pakaz through sh, for what spawn cannot set up itself (a deleted folder, a redirection). */
function viaShell(script: string, args: string[]): CliOutcome {
  // The script runs pakaz as "$NODE" "$PAKAZ" "$@".
  const env = { PATH: process.env.PATH ?? "", NODE: process.execPath, PAKAZ: BIN };
  const result = spawnSync("sh", ["-c", script, "sh", ...args], { encoding: "utf8", env, timeout: 60_000 });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

function expectOneLine(outcome: CliOutcome, pattern: RegExp): void {
  expect(outcome.stderr).toMatch(/^pakaz: [^\n]+\n$/);
  expect(outcome.stderr).toMatch(pattern);
  expect(outcome.code).toBe(2);
}

describe("errors that were not one line", () => {
  it("a working directory deleted under pakaz (was Node's uv_cwd trace, exit 1)", async () => {
    const gone = join(scratch, "gone");
    await mkdir(gone);
    const outcome = viaShell(`cd "${gone}" && rmdir "${gone}" && exec "$NODE" "$PAKAZ" check "Pakistan opened its embassy in Baku in 1993"`, []);
    expectOneLine(outcome, /the current folder no longer exists/);
    expect(outcome.stdout).toBe("");
  });

  it("a full standard output is a write error, not an internal error", () => {
    const outcome = viaShell(`exec "$NODE" "$PAKAZ" "$@" > /dev/full`, ["--corpus", CORPUS, "sources"]);
    expectOneLine(outcome, /^pakaz: cannot write to standard output: no space left on the device\n$/);
  });
});

describe("a corpus file nested millions of levels deep", () => {
  it("is refused while it is parsed (5M levels, 10 MB: was V8's abort, exit 134, after seconds)", async () => {
    const corpus = join(scratch, "deep");
    await mkdir(corpus);
    const levels = 5_000_000;
    await writeFile(join(corpus, "claims.yaml"), `claims: ${"[".repeat(levels)}${"]".repeat(levels)}\n`);
    const started = Date.now();
    const outcome = spawnCli(["--no-cache", "--corpus", corpus, "sources"], { env: { NODE_OPTIONS: "--max-old-space-size=256" } });
    expectOneLine(outcome, /claims\.yaml:1:\d+: YAML refused: it is nested more than 64 levels deep/);
    // Refused at the 65th level, not after building millions of nodes.
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe("suggestions for unknown references", () => {
  it("are bounded: 8,000 bad references among 8,000 claims (was 41 s, every pair compared)", () => {
    const sources = readFileSync(join(CORPUS, "sources.yaml"), "utf8");
    const count = 8000;
    const claims = ["claims:"];
    for (let i = 0; i < count; i++) {
      claims.push(
        `  - id: generated-claim-${i}`,
        `    statement: Generated claim number ${i}.`,
        "    topic: trade",
        "    tags: [trade]",
        "    facts: { entities: [pakistan] }",
        `    citations: [{ source: alpha-article, quote: "q" }]`,
        `    related: [{ claim: generated-clam-${i}, relation: same-event }]`,
      );
    }
    const started = Date.now();
    const { problems } = buildCorpus([
      { path: "sources.yaml", text: sources },
      { path: "entities.yaml", text: "entities:\n  - { id: pakistan, name: Pakistan, kind: country }\n" },
      { path: "claims.yaml", text: `${claims.join("\n")}\n` },
    ]);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(problems).toHaveLength(count);
    // The first ones still get their suggestion; later ones are reported without one.
    expect(problems[0]).toMatchObject({ code: "unknown-reference", id: "generated-clam-0", suggestion: "generated-claim-0" });
    expect(problems.filter((p) => p.code === "unknown-reference" && p.suggestion !== undefined).length).toBeLessThanOrEqual(MAX_REFERENCE_SUGGESTIONS);
  });
});

describe("review's paths in GitHub annotations and SARIF", () => {
  const WRONG = "Azerbaijan opened its embassy in Islamabad in 1995.\n";

  it("--format github escapes only what a workflow command needs in file= (was URI-encoded)", async () => {
    const dir = join(scratch, "github");
    await mkdir(dir);
    const names = ["my draft.md", "Azərbaycan.md", "a,b:c%d.md"];
    for (const name of names) await writeFile(join(dir, name), WRONG);
    const { stdout, code } = spawnCli(["review", "--format", "github", ...names], { cwd: dir });
    expect(code).toBe(1);
    const files = stdout.split("\n").filter((line) => line.startsWith("::")).map((line) => /file=([^,]*),/.exec(line)?.[1]);
    expect(files).toEqual(["my draft.md", "Azərbaycan.md", "a%2Cb%3Ac%25d.md"]);
  });

  it("SARIF URIs are relative URI references: # and : are escaped, as are spaces and non-ASCII", async () => {
    const dir = join(scratch, "sarif");
    await mkdir(join(dir, "notes"), { recursive: true });
    const names = ["notes#1.md", "draft:v2.md", "my draft.md", "notes/Azərbaycan.md"];
    for (const name of names) await writeFile(join(dir, name), WRONG);
    const { stdout, code } = spawnCli(["review", "--format", "sarif", ...names], { cwd: dir });
    expect(code).toBe(1);
    const log = JSON.parse(stdout) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    const uris = log.runs[0]?.results.map((r) => r.locations[0]?.physicalLocation.artifactLocation.uri);
    expect(uris).toEqual(["notes%231.md", "draft%3Av2.md", "my%20draft.md", "notes/Az%C9%99rbaycan.md"]);
    // Each resolves, against a base, to the file it names: no fragment, no scheme.
    for (const [i, uri] of (uris ?? []).entries()) {
      const resolved = new URL(uri ?? "", "file:///work/");
      expect(resolved.hash).toBe("");
      expect(decodeURIComponent(resolved.pathname)).toBe(`/work/${names[i]}`);
    }
  });

  it("a byte-order mark does not shift line 1's columns", async () => {
    const dir = join(scratch, "bom");
    await mkdir(dir);
    await writeFile(join(dir, "bom.md"), `\ufeff${WRONG}`);
    const { stdout } = spawnCli(["review", "--format", "github", "bom.md"], { cwd: dir });
    expect(stdout).toMatch(/^::error file=bom\.md,line=1,col=1,endLine=1,endColumn=52,/);
  });
});

describe("check's text output in a CI log", () => {
  it("never has a line that a GitHub runner would take for a workflow command (it trims leading spaces)", async () => {
    const claims = [
      "::add-mask::Pakistan opened its embassy in Baku in 1997",
      "Pakistan opened its embassy in Baku in 1997, and this sentence runs on long enough to wrap ::warning file=x::pwned",
      `${"word ".repeat(14)}::error::a`,
      `${"word ".repeat(15)}::error::b`,
      `${"word ".repeat(16)}::error::c`,
    ];
    const batch = await runCli(["check", "-f", "-"], { stdin: claims.join("\n") });
    const single = await Promise.all(claims.map((claim) => runCli(["check", claim])));
    for (const stdout of [batch.stdout, ...single.map((s) => s.stdout)]) {
      expect(stdout).toContain("::");
      for (const line of stdout.split("\n")) expect(line.trimStart()).not.toMatch(/^::/);
    }
  });
});

describe("symbolic links in a corpus folder (were skipped in silence)", () => {
  const EXTRA = `claims:
  - id: tiny-consulate-2001
    statement: Borduria opened a consulate in Arcadia in 2001.
    topic: diplomacy
    tags: [consulate]
    facts:
      actor: borduria
      entities: [borduria, arcadia]
      dates:
        - { value: "2001", role: opened }
    citations:
      - source: alpha-report
        quote: "Borduria opened a consulate in Arcadia in 2001."
`;

  async function corpusWith(name: string): Promise<string> {
    const dir = join(scratch, name);
    await cp(join(FIXTURES, "corpus-small"), dir, { recursive: true });
    return dir;
  }

  it("follows a link to a YAML file inside the corpus, as if the file were there", async () => {
    const dir = await corpusWith("linked-inside");
    await mkdir(join(dir, ".store"));
    await writeFile(join(dir, ".store", "extra.yaml"), EXTRA);
    await symlink(join(".store", "extra.yaml"), join(dir, "extra.yaml"));
    const checked = spawnCli(["--no-cache", "--corpus", dir, "check", "--json", "Borduria opened a consulate in Arcadia in 2001"]);
    expect(JSON.parse(checked.stdout)).toMatchObject({ verdict: "supported" });
    const validated = spawnCli(["--no-cache", "--corpus", dir, "validate"]);
    expect(validated.stdout).toMatch(/^14 claims, .* in 5 files\n/);
    expect(validated.code).toBe(0);
    // With the cache, the same (the cache's own listing of the files must agree).
    expect(JSON.parse(spawnCli(["--corpus", dir, "check", "--json", "Borduria opened a consulate in Arcadia in 2001"], { env: { XDG_CACHE_HOME: join(scratch, "cache") } }).stdout)).toMatchObject({ verdict: "supported" });
  });

  it("refuses, with a message, a link that leads outside the corpus, nowhere, or round in a loop", async () => {
    const outside = await corpusWith("linked-outside");
    await writeFile(join(scratch, "elsewhere.yaml"), EXTRA);
    await symlink(join(scratch, "elsewhere.yaml"), join(outside, "extra.yaml"));
    expectOneLine(spawnCli(["--no-cache", "--corpus", outside, "validate"]), /extra\.yaml: it is a symbolic link to .*elsewhere\.yaml, outside the corpus folder; copy the file into the corpus/);

    const dangling = await corpusWith("linked-nowhere");
    await symlink("missing.yaml", join(dangling, "extra.yaml"));
    expectOneLine(spawnCli(["--no-cache", "--corpus", dangling, "sources"]), /extra\.yaml: it is a symbolic link to missing\.yaml, which does not exist/);

    const loop = await corpusWith("linked-loop");
    await mkdir(join(loop, "more"));
    await symlink("..", join(loop, "more", "again"));
    expectOneLine(spawnCli(["--no-cache", "--corpus", loop, "sources"]), /again: it is a symbolic link to a folder the corpus already includes \(a loop\)/);
  });
});

describe("the smaller ones", () => {
  it("refuses --corpus '' (it walked the current folder's whole tree)", () => {
    expectOneLine(spawnCli(["--corpus", "", "sources"]), /^pakaz: invalid value "" for --corpus: expected the path of a corpus folder or \.yaml file\n$/);
  });

  it("counts the 1,000-character limit in characters, not UTF-16 units", async () => {
    const emoji = "🇦🇿".repeat(250); // 500 characters, 1,000 UTF-16 units
    const claim = `Pakistan opened its embassy in Baku in 1993 ${emoji}`;
    expect([...claim].length).toBeLessThan(1000);
    expect(claim.length).toBeGreaterThan(1000);
    expect((await runCli(["check", "--json", claim])).code).not.toBe(2);
    expect((await runCli(["search", claim])).code).toBe(0);
    const { code, stderr } = await runCli(["check", "-f", "-"], { stdin: `${claim}\n` });
    expect(stderr).toBe("");
    expect(code).not.toBe(2);
    const over = await runCli(["check", "é".repeat(1001)]);
    expect(over.stderr).toMatch(/the claim is 1001 characters long/);
  });

  it("says why a cache folder cannot be made, once, and answers (in /proc, Node's recursive mkdir never returned)", () => {
    const result = spawnSync(process.execPath, [BIN, "--corpus", join(FIXTURES, "corpus-small"), "sources"], {
      encoding: "utf8",
      env: { PATH: process.env.PATH ?? "", XDG_CACHE_HOME: "/proc/pakaz-no-such-folder" },
      timeout: 20_000,
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("alpha-report");
    expect(result.stderr).toBe("pakaz: warning: cannot write the corpus cache in /proc/pakaz-no-such-folder/pakaz (its folder does not accept new folders); use --no-cache to skip it\n");
  });

  it("says a cache path that runs through a file is not a folder", async () => {
    const file = join(scratch, "not-a-folder");
    await writeFile(file, "");
    const { code, stderr } = spawnCli(["--corpus", join(FIXTURES, "corpus-small"), "sources"], { env: { XDG_CACHE_HOME: file } });
    expect(code).toBe(0);
    expect(stderr).toBe(`pakaz: warning: cannot write the corpus cache in ${file}/pakaz (${file} is not a folder); use --no-cache to skip it\n`);
  });

  it("stops at a line without end: check -f /dev/zero, and endless standard input (ran for ever)", () => {
    const run = (script: string): CliOutcome => {
      const result = spawnSync("sh", ["-c", script], { encoding: "utf8", env: { PATH: process.env.PATH ?? "", NODE: process.execPath, PAKAZ: BIN }, timeout: 30_000 });
      return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
    };
    expectOneLine(run(`exec "$NODE" "$PAKAZ" check -f /dev/zero`), /^pakaz: \/dev\/zero:1: the line goes on past 128 MiB without an end; pakaz reads one sentence per line \(is this a text file\?\)\n$/);
    expectOneLine(run(`exec "$NODE" "$PAKAZ" check -f - < /dev/zero`), /^pakaz: standard input:1: the line goes on past 128 MiB/);
    expectOneLine(run(`{ echo "Pakistan opened its embassy in Baku in 1993"; cat /dev/zero; } | "$NODE" "$PAKAZ" check --json -f -`), /^pakaz: standard input:2: the line goes on/);
  });
});
