// Two ways to run the CLI in tests, as markdownlint-cli2 does: in-process
// through run() with a fake io (fast, for most cases), and by spawning the
// real bin (for exit codes, stdin, colour and the bundled build).

import { spawn, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { run } from "../../src/cli/main.js";
import type { CliIo } from "../../src/cli/io.js";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const BIN = fileURLToPath(new URL("../../bin/pakaz.js", import.meta.url));
export const SEEDS = fileURLToPath(new URL("../../../shared/seeds", import.meta.url));
export const FIXTURES = fileURLToPath(new URL("../fixtures", import.meta.url));

export interface CliOutcome {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(argv: string[], options: { stdin?: string; env?: Record<string, string>; tty?: boolean } = {}): Promise<CliOutcome> {
  let stdout = "";
  let stderr = "";
  async function* lines(text: string): AsyncIterable<string> {
    for (const line of text.split(/\r?\n/)) yield line;
  }
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    stdinLines: () => lines(options.stdin ?? ""),
    fileLines: async function* (path) {
      const { createReadStream } = await import("node:fs");
      const { createInterface } = await import("node:readline");
      for await (const line of createInterface({ input: createReadStream(path, "utf8"), crlfDelay: Infinity })) yield line;
    },
    stdinBytes: async function* () {
      yield Buffer.from(options.stdin ?? "", "utf8");
    },
    fileBytes: async function* (path) {
      const { createReadStream } = await import("node:fs");
      yield* createReadStream(path) as AsyncIterable<Uint8Array>;
    },
    env: options.env ?? {},
    stdoutIsTTY: options.tty ?? false,
    cwd: ROOT,
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

export function spawnCli(argv: string[], options: { stdin?: string; env?: Record<string, string>; cwd?: string; bin?: string } = {}): CliOutcome {
  const result = spawnSync(process.execPath, [options.bin ?? BIN, ...argv], {
    cwd: options.cwd ?? ROOT,
    input: options.stdin ?? "",
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", ...options.env },
    timeout: 60_000,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** spawnCli, without waiting: for runs that must overlap (a cache that two first runs write at once). */
export function spawnCliAsync(argv: string[], options: { env?: Record<string, string>; bin?: string } = {}): Promise<CliOutcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [options.bin ?? BIN, ...argv], { cwd: ROOT, env: { PATH: process.env.PATH ?? "", ...options.env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}
