// Everything the CLI touches of the outside world, passed in, so that tests
// call run() in-process with strings and the bin wires it to the real process.

import { createReadStream, fstatSync, writeSync } from "node:fs";
import { PakazFailure } from "../core/errors.js";
import { describeSystemError } from "./system-error.js";

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Lines of standard input, read lazily so a huge batch is streamed. */
  stdinLines(): AsyncIterable<string>;
  /** Lines of a file, streamed. */
  fileLines(path: string): AsyncIterable<string>;
  /** The bytes of standard input as they arrive (for a reader that bounds them, see read-draft.ts). */
  stdinBytes(): AsyncIterable<Uint8Array>;
  /** The bytes of a file as they are read. */
  fileBytes(path: string): AsyncIterable<Uint8Array>;
  env: Readonly<Record<string, string | undefined>>;
  stdoutIsTTY: boolean;
  /** The terminal's width in columns, when standard output is one and says. */
  stdoutColumns?: number;
  cwd: string;
}

/**
 * A line longer than this is cut to it. readline keeps a whole line in memory
 * however long it grows, so a file without newlines (or /dev/zero) filled the
 * heap; no reader needs more of a line than this (check refuses claims over
 * 1,000 characters, and says so).
 */
export const MAX_LINE_CHARS = 1024 * 1024;

/**
 * A line that goes on past this without a newline is not a line of text
 * (`check -f /dev/zero`, or a stream of binary): reading it to its end would
 * run for ever, so the read stops with an error. Far above MAX_LINE_CHARS,
 * so that a long line is still skipped and the lines after it are read.
 */
export const MAX_ENDLESS_LINE_CHARS = 128 * 1024 * 1024;

async function* readLines(stream: NodeJS.ReadableStream, name: string): AsyncIterable<string> {
  // Decoded as UTF-8 across chunk boundaries; invalid bytes become U+FFFD.
  stream.setEncoding("utf8");
  let line = "";
  /** All of the current line read so far, kept or not. */
  let length = 0;
  let number = 1;
  for await (const chunk of stream as AsyncIterable<string>) {
    let start = 0;
    for (;;) {
      const end = chunk.indexOf("\n", start);
      if (line.length < MAX_LINE_CHARS) line += chunk.slice(start, Math.min(end < 0 ? chunk.length : end, start + MAX_LINE_CHARS - line.length));
      length += (end < 0 ? chunk.length : end) - start;
      if (end < 0) break;
      yield line.endsWith("\r") ? line.slice(0, -1) : line;
      line = "";
      length = 0;
      number++;
      start = end + 1;
    }
    if (length > MAX_ENDLESS_LINE_CHARS) {
      // Stop reading: a stream at end of its input may still be open (stdin).
      (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
      throw new PakazFailure({ code: "line-endless", source: name, line: number, limit: "128 MiB" });
    }
  }
  if (line !== "") yield line.endsWith("\r") ? line.slice(0, -1) : line;
}

/**
 * A reader that goes away (`pakaz check -f big.txt | head -1`) makes the next
 * write fail with EPIPE, reported as an 'error' event; unhandled, Node printed
 * a stack trace and exited 1. The error is kept and thrown from the following
 * write instead, so main() stops the command and exits 0, as ripgrep does.
 * The stream is made on the first write: making process.stderr for a pipe
 * loads Node's sockets, milliseconds that a run with nothing to say saves.
 */
function writerTo(getStream: () => NodeJS.WriteStream): (text: string) => void {
  let stream: NodeJS.WriteStream | undefined;
  let broken: Error | undefined;
  return (text) => {
    if (stream === undefined) {
      stream = getStream();
      stream.on("error", (error: NodeJS.ErrnoException) => {
        if (error.code !== "EPIPE") throw error;
        broken = error;
      });
    }
    if (broken !== undefined) throw broken;
    stream.write(text);
  };
}

/** A cell to wait on: Atomics.wait is the one synchronous sleep JavaScript has. */
const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Writes straight to a file descriptor: without process.stdout and stderr, a
 * run does not load the modules that make them. Each write completes before
 * the next, as Node's own writes to files and terminals on POSIX do (to a
 * full pipe, Node would queue the rest in memory; pakaz waits instead).
 * A non-blocking descriptor refuses a write to a full pipe with EAGAIN: wait
 * a moment and write the rest. Node makes a pipe non-blocking when it makes
 * process.stdout or stderr on it, and O_NONBLOCK is shared with every process
 * holding the pipe (`2>&1` gives both descriptors the same one). EPIPE (the
 * reader left) is thrown, as above.
 */
export function writerToDescriptor(fd: number): (text: string) => void {
  return (text) => {
    const bytes = Buffer.from(text, "utf8");
    for (let done = 0; done < bytes.length; ) {
      try {
        done += writeSync(fd, bytes, done);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === "EPIPE") throw error;
        // A full disk (`> /dev/full`), a quota, an I/O error: the user's
        // redirection failed, not pakaz, so it is worded as such, not as an
        // internal error to report.
        if (code !== "EAGAIN") throw new PakazFailure({ code: "write-failed", stream: fd === 2 ? "standard error" : "standard output", reason: describeSystemError(error) });
        Atomics.wait(pause, 0, 0, 1);
      }
    }
  };
}

function isCharacterDevice(fd: number): boolean {
  try {
    return fstatSync(fd).isCharacterDevice();
  } catch {
    return false;
  }
}

export function processIo(): CliIo {
  // Windows writes a console through the stream, which converts UTF-8 for it.
  const direct = process.platform !== "win32";
  return {
    stdout: direct ? writerToDescriptor(1) : writerTo(() => process.stdout),
    stderr: direct ? writerToDescriptor(2) : writerTo(() => process.stderr),
    stdinLines: () => readLines(process.stdin, "standard input"),
    fileLines: (path) => readLines(createReadStream(path), path),
    stdinBytes: () => process.stdin as AsyncIterable<Uint8Array>,
    fileBytes: (path) => createReadStream(path) as AsyncIterable<Uint8Array>,
    env: process.env,
    // Asked only when colour is not settled by NO_COLOR or a flag, and node:tty
    // (which loads Node's sockets) only for a character device: a pipe or a file is no terminal.
    get stdoutIsTTY() {
      return (!direct || isCharacterDevice(1)) && process.getBuiltinModule("node:tty").isatty(1);
    },
    // Asked only to wrap text for a terminal; process.stdout is made then, not before.
    get stdoutColumns() {
      return isCharacterDevice(1) ? process.stdout.columns : undefined;
    },
    // Asked for when a command needs it, not here: process.cwd() throws when the
    // folder pakaz was started in has since been deleted, and before main()'s
    // try that was Node's uv_cwd stack trace and exit 1 (`--help` needs no folder).
    get cwd() {
      try {
        return process.cwd();
      } catch {
        throw new PakazFailure({ code: "cwd-missing" });
      }
    },
  };
}
