// The claims a batch check reads: one per line from a file or stdin, streamed
// (a file of any size never sits in memory whole), blank lines and # comments
// skipped, each with its line number for messages.

import type { CliIo } from "./io.js";

export interface ClaimLine {
  line: number;
  text: string;
}

export async function* readClaimLines(source: string, io: CliIo): AsyncIterable<ClaimLine> {
  const lines = source === "-" ? io.stdinLines() : io.fileLines(source);
  let line = 0;
  for await (const raw of lines) {
    line++;
    const text = raw.trim();
    if (text === "" || text.startsWith("#")) continue;
    yield { line, text };
  }
}
