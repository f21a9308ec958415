// Everything the CLI touches of the outside world, passed in, so that tests
// call run() in-process with strings and the bin wires it to the real process.

import { createReadStream } from "node:fs";

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Lines of standard input, read lazily so a huge batch is streamed. */
  stdinLines(): AsyncIterable<string>;
  /** Lines of a file, streamed. */
  fileLines(path: string): AsyncIterable<string>;
  env: Readonly<Record<string, string | undefined>>;
  stdoutIsTTY: boolean;
  cwd: string;
}

/**
 * A line longer than this is cut to it. readline keeps a whole line in memory
 * however long it grows, so a file without newlines (or /dev/zero) filled the
 * heap; no reader needs more of a line than this (check refuses claims over
 * 1,000 characters, and says so).
 */
export const MAX_LINE_CHARS = 1024 * 1024;

async function* readLines(stream: NodeJS.ReadableStream): AsyncIterable<string> {
  // Decoded as UTF-8 across chunk boundaries; invalid bytes become U+FFFD.
  stream.setEncoding("utf8");
  let line = "";
  for await (const chunk of stream as AsyncIterable<string>) {
    let start = 0;
    for (;;) {
      const end = chunk.indexOf("\n", start);
      if (line.length < MAX_LINE_CHARS) line += chunk.slice(start, Math.min(end < 0 ? chunk.length : end, start + MAX_LINE_CHARS - line.length));
      if (end < 0) break;
      yield line.endsWith("\r") ? line.slice(0, -1) : line;
      line = "";
      start = end + 1;
    }
  }
  if (line !== "") yield line.endsWith("\r") ? line.slice(0, -1) : line;
}

/**
 * A reader that goes away (`pakaz check -f big.txt | head -1`) makes the next
 * write fail with EPIPE, reported as an 'error' event; unhandled, Node printed
 * a stack trace and exited 1. The error is kept and thrown from the following
 * write instead, so main() stops the command and exits 0, as ripgrep does.
 */
function writerTo(stream: NodeJS.WriteStream): (text: string) => void {
  let broken: Error | undefined;
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    broken = error;
  });
  return (text) => {
    if (broken !== undefined) throw broken;
    stream.write(text);
  };
}

export function processIo(): CliIo {
  const stdout = writerTo(process.stdout);
  const stderr = writerTo(process.stderr);
  return {
    stdout,
    stderr,
    stdinLines: () => readLines(process.stdin),
    fileLines: (path) => readLines(createReadStream(path)),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    cwd: process.cwd(),
  };
}
