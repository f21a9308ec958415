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
  // Read-write, so that opening does not wait for a reader; non-blocking, so a full pipe says EAGAIN.
  const fd = openSync(fifo, constants.O_RDWR | constants.O_NONBLOCK);
  // A reader that starts late and reads slowly: the pipe (64 KiB) fills many times over.
  const reader = spawn("sh", ["-c", `sleep 0.2; dd if="${fifo}" of="${copy}" bs=4096 count=300 iflag=fullblock 2>/dev/null`]);
  const done = new Promise<number | null>((resolve) => reader.on("close", resolve));
  const line = "Pakistan was the third country to recognise Azerbaijan's independence.\n";
  const text = line.repeat(Math.ceil((4096 * 300) / line.length)).slice(0, 4096 * 300);
  try {
    writerToDescriptor(fd)(text);
  } finally {
    closeSync(fd);
  }
  expect(await done).toBe(0);
  expect(readFileSync(copy, "utf8")).toBe(text);
});
