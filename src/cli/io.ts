// Everything the CLI touches of the outside world, passed in, so that tests
// call run() in-process with strings and the bin wires it to the real process.

import { createInterface } from "node:readline";
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

async function* readLines(stream: NodeJS.ReadableStream): AsyncIterable<string> {
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) yield line;
}

export function processIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    stdinLines: () => readLines(process.stdin),
    fileLines: (path) => readLines(createReadStream(path, { encoding: "utf8" })),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    cwd: process.cwd(),
  };
}
