// pakaz writes its output straight to file descriptors 1 and 2 on POSIX
// (src/cli/io.ts). A pipe someone left non-blocking refuses a write with
// EAGAIN when it is full; the writer must wait for the reader, not fail or
// drop output.

import { spawn, spawnSync } from "node:child_process";
import { closeSync, constants, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { writerToDescriptor } from "../../src/cli/io.js";

let work: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "pakaz-io-test-"));
});

afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

it.skipIf(process.platform === "win32")("writes all of a long text through a full non-blocking pipe, waiting for its reader", async () => {
  const fifo = join(work, "pipe");
  const copy = join(work, "copy.txt");
  expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
  // A reader that opens the pipe at once but starts reading late: the pipe (64 KiB) fills many times over.
  const reader = spawn(process.execPath, [
    "-e",
    "const fs = require('node:fs'); const from = fs.createReadStream(process.argv[1]); from.pause(); setTimeout(() => from.pipe(fs.createWriteStream(process.argv[2])), 200);",
    fifo,
    copy,
  ]);
  const done = new Promise<number | null>((resolve) => reader.on("close", resolve));
  // Non-blocking, so a full pipe says EAGAIN; write-only, so a reader that dies makes the write fail (EPIPE) rather than wait forever.
  let fd: number | undefined;
  for (const deadline = Date.now() + 10_000; fd === undefined; ) {
    try {
      fd = openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK);
    } catch (error) {
      // ENXIO: the reader has not opened its end yet.
      if ((error as NodeJS.ErrnoException).code !== "ENXIO" || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
  const line = "Pakistan was the third country to recognise Azerbaijan's independence.\n";
  const text = line.repeat(Math.ceil((1024 * 1024) / line.length));
  try {
    writerToDescriptor(fd)(text);
  } finally {
    closeSync(fd);
  }
  expect(await done).toBe(0);
  expect(readFileSync(copy, "utf8")).toBe(text);
});
