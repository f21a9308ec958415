// The limits that keep pakaz fast whatever it is given: a claim longer than
// a sentence is refused, an overlong batch line is skipped and said so, a
// batch of any size is streamed line by line, a line of any length is read
// in bounded memory, and a reader that goes away ends the run quietly.

import { spawn } from "node:child_process";
import { mkdtemp, open, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_CLAIM_LENGTH } from "../../src/core/verdict/check-claim.js";
import { BIN, FIXTURES, ROOT, runCli, spawnCli } from "../helpers/run-cli.js";

const CORPUS = join(FIXTURES, "robustness", "hostile-corpus");

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "pakaz-limits-"));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe("claim length", () => {
  it(`checks a claim of ${MAX_CLAIM_LENGTH} characters and refuses one more`, async () => {
    const longest = `Pakistan opened its embassy in Baku in 1993 ${"and so on ".repeat(100)}`.slice(0, MAX_CLAIM_LENGTH);
    expect((await runCli(["--corpus", CORPUS, "check", "--json", longest])).code).not.toBe(2);
    const refused = await runCli(["--corpus", CORPUS, "check", `${longest}x`]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(`pakaz: the claim is ${MAX_CLAIM_LENGTH + 1} characters long; pakaz checks one sentence of at most ${MAX_CLAIM_LENGTH} characters (use pakaz review for whole texts)\n`);
    expect((await runCli(["--corpus", CORPUS, "search", "x".repeat(MAX_CLAIM_LENGTH + 1)])).code).toBe(2);
  });

  it("skips an overlong batch line with its line number, and checks the others", async () => {
    const stdin = ["Pakistan opened its embassy in Baku in 1993", "x".repeat(MAX_CLAIM_LENGTH + 1), "Pakistan opened its embassy in Baku in 1997"].join("\n");
    const { code, stdout, stderr } = await runCli(["--corpus", CORPUS, "check", "--json", "-f", "-"], { stdin });
    expect(stderr).toBe(`pakaz: -:2: skipped, longer than ${MAX_CLAIM_LENGTH} characters\n`);
    expect(stdout.trim().split("\n").map((line) => (JSON.parse(line) as { line: number }).line)).toEqual([1, 3]);
    expect(code).toBe(1);
  });
});

describe("batches of any size", () => {
  it("reads a 64 MB line without a newline in bounded memory (readline kept it whole: out of memory)", async () => {
    const path = join(scratch, "one-endless-line.txt");
    const file = await open(path, "w");
    const block = Buffer.alloc(1024 * 1024, "x");
    for (let i = 0; i < 64; i++) await file.write(block);
    await file.write("\nPakistan opened its embassy in Baku in 1997\n");
    await file.close();
    // 48 MB of heap: enough for pakaz and the tiny corpus, far too little for the line.
    const { code, stdout, stderr } = spawnCli(["--corpus", CORPUS, "check", "--json", "-f", path], { env: { NODE_OPTIONS: "--max-old-space-size=48" } });
    expect(stderr).toBe(`pakaz: ${path}:1: skipped, longer than ${MAX_CLAIM_LENGTH} characters\n`);
    expect(JSON.parse(stdout)).toMatchObject({ line: 2, verdict: "contradicted" });
    expect(code).toBe(1);
  });

  it("reads a batch file with bytes that are not UTF-8 (as U+FFFD), NUL and CRLF line ends", async () => {
    const path = join(scratch, "invalid-utf8.txt");
    const bytes = [Buffer.from("Pakistan opened its embassy in Baku in 1993\r\n"), Buffer.from([0xc0, 0x80, 0xed, 0xa0, 0x80, 0xff, 0x20, 0x00, 0x0a]), Buffer.from("Pakistan \xe2\x82 opened its embassy in Baku in 1997\n", "latin1")];
    const file = await open(path, "w");
    await file.write(Buffer.concat(bytes));
    await file.close();
    const { code, stdout, stderr } = spawnCli(["--corpus", CORPUS, "check", "--json", "-f", path]);
    expect(stderr).toBe("");
    const answers = stdout.trim().split("\n").map((line) => JSON.parse(line) as { line: number; claim: string; verdict: string });
    expect(answers.map((a) => [a.line, a.verdict])).toEqual([[1, "supported"], [2, "unverified"], [3, "contradicted"]]);
    expect(answers[0]?.claim).toBe("Pakistan opened its embassy in Baku in 1993");
    expect(answers[1]?.claim).toContain("\ufffd");
    expect(code).toBe(1);
  });

  it("answers each line of standard input before the next one arrives", async () => {
    const child = spawn(process.execPath, [BIN, "--corpus", CORPUS, "check", "--json", "-f", "-"], { cwd: ROOT, env: { PATH: process.env.PATH ?? "" } });
    let stdout = "";
    const firstAnswer = new Promise<void>((resolve) => {
      child.stdout.on("data", (chunk: Buffer) => {
        stdout += chunk.toString("utf8");
        if (stdout.includes("\n")) resolve();
      });
    });
    const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
    child.stdin.write("Pakistan opened its embassy in Baku in 1993\n");
    // Standard input is still open: the first answer can only come from a streamed read.
    await firstAnswer;
    expect(JSON.parse(stdout.split("\n")[0] ?? "")).toMatchObject({ line: 1, verdict: "supported" });
    child.stdin.end("Pakistan opened its embassy in Baku in 1997\n");
    expect(await exited).toBe(1);
    expect(stdout.trim().split("\n")).toHaveLength(2);
  });

  it("stops quietly with status 0 when the reader goes away (was an EPIPE stack trace)", async () => {
    const child = spawn(process.execPath, [BIN, "--corpus", CORPUS, "check", "-f", "-"], { cwd: ROOT, env: { PATH: process.env.PATH ?? "" } });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => void (stderr += chunk.toString("utf8")));
    const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
    // Like `pakaz check -f claims.txt | head -1`: read the first answer, then close the pipe.
    child.stdout.once("data", () => child.stdout.destroy());
    child.stdin.end(`${"Pakistan opened its embassy in Baku in 1993\n".repeat(2000)}`);
    expect(await exited).toBe(0);
    expect(stderr).toBe("");
  });
});
