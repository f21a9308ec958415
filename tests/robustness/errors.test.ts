// Every error a user can cause, run through the real binary (bin/pakaz.js,
// built by `npm run build`): one sentence on stderr that says what is wrong
// and where, exit status 2, nothing on stdout, and no stack trace unless
// --debug asks for one.

import { execFileSync } from "node:child_process";
import { chmod, mkdir, mkdtemp, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURES, spawnCli, type CliOutcome } from "../helpers/run-cli.js";

const MALFORMED = join(FIXTURES, "robustness", "malformed");
const CORPUS = join(FIXTURES, "robustness", "hostile-corpus");
/** chmod cannot take read access away from root, so the permission cases only run for other users. */
const isRoot = process.getuid?.() === 0;

function expectOneSentence(outcome: CliOutcome, pattern: RegExp): void {
  expect(outcome.stderr).toMatch(/^pakaz: [^\n]+\n$/);
  expect(outcome.stderr).toMatch(pattern);
  expect(outcome.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  expect(outcome.stdout).toBe("");
  expect(outcome.code).toBe(2);
}

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "pakaz-errors-"));
});
afterAll(async () => {
  await chmod(join(scratch, "locked"), 0o700).catch(() => undefined);
  await chmod(join(scratch, "read-only"), 0o700).catch(() => undefined);
  await rm(scratch, { recursive: true, force: true });
});

describe("a corpus that cannot be used", () => {
  it("a missing corpus folder", () => {
    expectOneSentence(spawnCli(["--corpus", "/nonexistent/pakaz-corpus", "sources"]), /corpus not found: \/nonexistent\/pakaz-corpus does not exist/);
  });

  it("a corpus 'folder' that is a text file", () => {
    expectOneSentence(spawnCli(["--corpus", join(FIXTURES, "robustness", "not-yaml.txt"), "show", "x"]), /cannot read .*not-yaml\.txt: it is neither a folder nor a \.yaml file/);
  });

  it("a corpus that is a device or a FIFO, which used to be read forever or to block", async () => {
    expectOneSentence(spawnCli(["--corpus", "/dev/zero", "sources"]), /cannot read \/dev\/zero: it is neither a folder nor a \.yaml file/);
    const fifo = join(scratch, "pipe.yaml");
    execFileSync("mkfifo", [fifo]);
    expectOneSentence(spawnCli(["--corpus", fifo, "sources"]), /pipe\.yaml: it is neither a folder nor a \.yaml file/);
  });

  it.skipIf(isRoot)("an unreadable corpus file or folder (skipped as root, whom chmod does not stop)", async () => {
    const locked = join(scratch, "locked");
    await mkdir(locked);
    await writeFile(join(locked, "claims.yaml"), "claims: []\n");
    await chmod(join(locked, "claims.yaml"), 0o000);
    expectOneSentence(spawnCli(["--corpus", locked, "sources"]), /cannot read .*claims\.yaml: permission denied/);
    await chmod(locked, 0o000);
    expectOneSentence(spawnCli(["--corpus", locked, "sources"]), /cannot read .*locked: permission denied/);
  });

  it("a corpus file over 20 MiB, refused before it is read", async () => {
    const huge = join(scratch, "huge");
    await mkdir(huge);
    // Sparse: 21 MiB long, written in no time.
    await writeFile(join(huge, "claims.yaml"), "claims: []\n");
    await truncate(join(huge, "claims.yaml"), 21 * 1024 * 1024);
    expectOneSentence(spawnCli(["--corpus", huge, "sources"]), /cannot read .*claims\.yaml: it is larger than 20 MiB/);
  });

  it("a folder with no YAML in it", () => {
    expectOneSentence(spawnCli(["--corpus", join(MALFORMED, "no-yaml"), "sources"]), /no claims or sources in .*no-yaml: a corpus is a folder of \.yaml files/);
  });

  it("empty and whitespace-only YAML files", () => {
    expectOneSentence(spawnCli(["--corpus", join(MALFORMED, "empty"), "check", "Pakistan opened an embassy"]), /no claims or sources in .*empty/);
  });

  it("malformed YAML, with file, line and column", () => {
    expectOneSentence(spawnCli(["--corpus", join(MALFORMED, "syntax.yaml"), "sources"]), /syntax\.yaml:\d+:\d+: malformed YAML: /);
  });

  it("a duplicate key, at the second one", () => {
    expectOneSentence(spawnCli(["--corpus", join(MALFORMED, "duplicate-keys.yaml"), "sources"]), /duplicate-keys\.yaml:3:1: malformed YAML: duplicate key "claims"/);
  });

  it("a schema violation, naming the field", () => {
    expectOneSentence(spawnCli(["--corpus", join(MALFORMED, "schema.yaml"), "sources"]), /schema\.yaml:2:\d+: "id" has the wrong form \(expected kebab-case/);
  });

  it("a __proto__ key, as an unknown field", () => {
    expectOneSentence(spawnCli(["--corpus", join(MALFORMED, "proto.yaml"), "sources"]), /proto\.yaml:1:1: unknown field "__proto__"/);
  });

  it("aliases that expand without bound (a billion laughs)", () => {
    expectOneSentence(spawnCli(["--corpus", join(MALFORMED, "billion-laughs.yaml"), "sources"]), /billion-laughs\.yaml:\d+:\d+: YAML refused: its aliases \(\*name\) expand to too much data/);
  });

  it("nesting 5,000 levels deep", () => {
    expectOneSentence(spawnCli(["--corpus", join(MALFORMED, "deep.yaml"), "sources"]), /deep\.yaml:1:\d+: YAML refused: it is nested more than 64 levels deep/);
  });

  it("validate lists a hostile key's problem on one neutralised line", () => {
    const { code, stdout } = spawnCli(["--corpus", join(MALFORMED, "hostile-key.yaml"), "validate"]);
    expect(code).toBe(2);
    const errors = stdout.split("\n").filter((line) => line.startsWith("error"));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/unknown field "sources␤corpus is valid ␛\[2J/);
    expect(stdout).not.toContain("\u001b");
  });
});

describe("arguments that cannot be used", () => {
  it("an unknown id, with the nearest one", () => {
    expectOneSentence(spawnCli(["show", "recognition-rnak"]), /no claim, conflict or source with id "recognition-rnak" \(did you mean "recognition-rank"\?\)/);
  });

  it("an unknown export format and an unknown check format", () => {
    expectOneSentence(spawnCli(["export", "--format", "endnote"]), /invalid value "endnote" for --format: expected one of bibtex/);
    expectOneSentence(spawnCli(["check", "--format", "xml", "Pakistan"]), /argument 'xml' is invalid/);
  });

  it("an unknown citation style, and a style path that is a device", () => {
    expectOneSentence(spawnCli(["cite", "--style", "nature", "recognition-rank"]), /unknown citation style "nature"/);
    expectOneSentence(spawnCli(["cite", "--style", "/dev/zero", "recognition-rank"]), /cannot read the CSL style \/dev\/zero: it is not a regular file/);
  });

  it("output paths that cannot be written", async () => {
    expectOneSentence(spawnCli(["--corpus", CORPUS, "export", "--format", "csl-json", "-o", "/nonexistent/folder/refs.json"]), /cannot write \/nonexistent\/folder\/refs\.json: the folder \/nonexistent\/folder does not exist/);
    expectOneSentence(spawnCli(["--corpus", CORPUS, "export", "--format", "csl-json", "-o", scratch]), /cannot write .*: it is a folder/);
    expectOneSentence(spawnCli(["--corpus", CORPUS, "export", "--format", "csl-json", "-o", "/proc/pakaz-refs.json"]), /cannot write \/proc\/pakaz-refs\.json: its folder does not accept new files$/m);
    const existing = join(scratch, "refs.json");
    await writeFile(existing, "keep me\n");
    expectOneSentence(spawnCli(["--corpus", CORPUS, "export", "--format", "csl-json", "-o", existing]), /refs\.json already exists; pakaz does not overwrite files unless you add --force/);
  });

  it.skipIf(isRoot)("an output folder without write permission (skipped as root)", async () => {
    const readOnly = join(scratch, "read-only");
    await mkdir(readOnly);
    await chmod(readOnly, 0o555);
    expectOneSentence(spawnCli(["--corpus", CORPUS, "export", "--format", "csl-json", "-o", join(readOnly, "refs.json")]), /cannot write .*refs\.json: permission denied/);
  });

  it("empty claims", () => {
    expectOneSentence(spawnCli(["check", ""]), /the claim is empty/);
    expectOneSentence(spawnCli(["check", " \t "]), /the claim is empty/);
    expectOneSentence(spawnCli(["search", "   "]), /the claim is empty/);
  });

  it("a claim over the length limit", () => {
    expectOneSentence(spawnCli(["--corpus", CORPUS, "check", "x".repeat(1001)]), /the claim is 1001 characters long; pakaz checks one sentence of at most 1000 characters/);
  });

  it("bad option values", () => {
    expectOneSentence(spawnCli(["--corpus", CORPUS, "check", "--top", "0", "Pakistan"]), /invalid value "0" for --top: expected a whole number from 1 to 1000/);
    expectOneSentence(spawnCli(["--corpus", CORPUS, "check", "--top", "abc", "Pakistan"]), /invalid value "abc" for --top/);
    expectOneSentence(spawnCli(["--corpus", CORPUS, "search", "--limit", "-1", "Pakistan"]), /invalid value "-1" for --limit/);
    expectOneSentence(spawnCli(["--corpus", CORPUS, "timeline", "--from", "abc"]), /invalid value "abc" for --from: expected a four-digit year/);
  });

  it("an unknown command or option, with the suggestion on the same line", () => {
    expectOneSentence(spawnCli(["chek", "Pakistan"]), /^pakaz: unknown command 'chek' \(did you mean check\?\)\n$/);
    expectOneSentence(spawnCli(["check", "--jsn", "Pakistan"]), /^pakaz: unknown option '--jsn' \(did you mean --json\?\)\n$/);
    expectOneSentence(spawnCli(["show"]), /missing required argument 'id'/);
  });

  it("a batch file that is missing or is a folder (a folder was an 'internal error')", () => {
    expectOneSentence(spawnCli(["--corpus", CORPUS, "check", "-f", "/nonexistent/claims.txt"]), /cannot read \/nonexistent\/claims\.txt: no such file, or it cannot be read/);
    expectOneSentence(spawnCli(["--corpus", CORPUS, "check", "-f", scratch]), /cannot read .*: it is a folder, not a file of claims/);
  });

  it("adds the stack trace only with --debug", () => {
    const { code, stderr } = spawnCli(["--debug", "show", "nope"]);
    expect(code).toBe(2);
    expect(stderr.split("\n")[0]).toMatch(/^pakaz: no claim, conflict or source with id "nope"/);
    expect(stderr).toMatch(/\n\s+at .+:\d+:\d+/);
    // Through the bundle's source maps, at the TypeScript that threw.
    expect(stderr).toMatch(/src\/cli\/actions\/show\.ts:\d+:\d+/);
  });

  it("help and version are not errors", () => {
    expect(spawnCli(["--help"]).code).toBe(0);
    expect(spawnCli(["--version"]).code).toBe(0);
  });
});
