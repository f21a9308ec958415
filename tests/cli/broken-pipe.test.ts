import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { BIN, ROOT, spawnCli } from "../helpers/run-cli.js";

// `pakaz conflicts | head -1`: the reader leaves after the first chunk. pakaz
// must stop quietly with success, not print an EPIPE stack trace.
it("exits 0 without a word on stderr when its reader goes away", async () => {
  const child = spawn(process.execPath, [BIN, "--no-color", "conflicts"], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.once("data", () => child.stdout.destroy());
  const code = await new Promise<number | null>((resolve) => child.on("close", (c) => resolve(c)));
  expect(stderr).toBe("");
  expect(code).toBe(0);
});

// `pakaz ... 2>&1 >/dev/null | head -0`: stderr's reader leaves before pakaz
// warns (here, that the cache folder is a file). The warning is lost; the
// command's output and exit status are not.
it("finishes the command, with its own status, when stderr's reader has gone before a warning", async () => {
  const work = mkdtempSync(join(tmpdir(), "pakaz-broken-stderr-"));
  try {
    const notAFolder = join(work, "cache");
    writeFileSync(notAFolder, "");
    const argv = ["--corpus", "tests/fixtures/corpus-small", "search", "embassy"];
    const env = { XDG_CACHE_HOME: notAFolder, NO_COLOR: "1" };
    const heard = spawnCli(argv, { env });
    expect(heard.stderr).toMatch(/^pakaz: warning: cannot write the corpus cache/);
    const child = spawn(process.execPath, [BIN, ...argv], { cwd: ROOT, env: { PATH: process.env.PATH ?? "", ...env }, stdio: ["ignore", "pipe", "pipe"] });
    child.stderr.destroy();
    let stdout = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on("close", (c) => resolve(c)));
    expect({ code, stdout }).toEqual({ code: heard.code, stdout: heard.stdout });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
