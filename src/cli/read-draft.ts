// A draft for `pakaz review`, read whole (sentences may cross lines) but
// within bounds: review holds the draft and a copy per pass in memory, so a
// draft is refused past a size, counted as its bytes arrive (standard input
// fed without end stops at the bound instead of filling the heap), and a file
// that is not text (a binary, an image, a UTF-16 file) is refused at once
// rather than read for minutes as sentences of replacement characters.

import { PakazFailure } from "../core/errors.js";

/** The largest draft review reads: a book of some 800,000 words, far beyond any article. */
export const MAX_DRAFT_BYTES = 5 * 1024 * 1024;
/** "5 MiB", for messages and help. */
export const MAX_DRAFT_SHOWN = `${MAX_DRAFT_BYTES / (1024 * 1024)} MiB`;
/**
 * The share of characters that may come from bytes that are not UTF-8: a
 * Latin-1 draft with a few accented names is still read (each such byte
 * becomes U+FFFD), a binary or another encoding is not.
 */
export const MAX_INVALID_SHARE = 0.01;

const REPLACEMENT = "\uFFFD";
/** U+FFFD as UTF-8 bytes: a draft may contain the character itself, which is not an error. */
const REPLACEMENT_BYTES = Buffer.from(REPLACEMENT, "utf8");

function refuse(path: string, reason: string): PakazFailure {
  return new PakazFailure({ code: "draft-refused", path, reason });
}

export async function readDraft(chunks: AsyncIterable<Uint8Array>, path: string): Promise<string> {
  const parts: Buffer[] = [];
  let size = 0;
  // Leaving the loop early (a throw) ends the stream: nothing more is read.
  for await (const chunk of chunks) {
    size += chunk.length;
    if (size > MAX_DRAFT_BYTES) throw refuse(path, `larger than ${MAX_DRAFT_SHOWN}, the most review reads; review it in parts`);
    const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
    if (bytes.includes(0)) throw refuse(path, "not a text file (it contains NUL bytes); review reads Markdown or plain text in UTF-8");
    parts.push(bytes);
  }
  const bytes = Buffer.concat(parts, size);
  const text = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true }).decode(bytes);
  let replaced = 0;
  for (let i = text.indexOf(REPLACEMENT); i !== -1; i = text.indexOf(REPLACEMENT, i + 1)) replaced++;
  if (replaced > 0) {
    let literal = 0;
    for (let i = bytes.indexOf(REPLACEMENT_BYTES); i !== -1; i = bytes.indexOf(REPLACEMENT_BYTES, i + REPLACEMENT_BYTES.length)) literal++;
    const invalid = replaced - literal;
    if (invalid > text.length * MAX_INVALID_SHARE) {
      throw refuse(path, `not UTF-8 text (${invalid} of its ${text.length} characters are bytes UTF-8 does not allow); save it as UTF-8 and try again`);
    }
  }
  return text;
}
