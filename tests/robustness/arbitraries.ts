// Generators of hostile input for the robustness suite: text a user might
// type or paste, and text a corpus file might hold. They lean on what has
// broken parsers before: control and escape sequences, lone surrogates,
// bidirectional overrides, huge numbers, long runs of one token, and words
// that are also names of Object.prototype's members.

import fc from "fast-check";
import { MAX_CLAIM_LENGTH } from "../../src/core/verdict/check-claim.js";

/** Escape sequences that would drive a terminal if printed raw. */
export const TERMINAL_ATTACKS = [
  "\u001b[2J\u001b[H", // clear screen, cursor home
  "\u001b]8;;https://evil.example/\u0007click\u001b]8;;\u0007", // OSC 8 link
  "\u001b]0;pwned\u0007", // window title
  "\u001b]52;c;ZXZpbA==\u0007", // write the clipboard
  "\u001b[31m", // colour
  "\u001b[1A\u001b[2K", // cursor up, erase line
  "\u009b2J", // C1 CSI
  "\r", // return to column 0 and overwrite
  "\b\b\b",
  "\u202e", // right-to-left override
  "\u2066\u2069",
  "\u0000",
  "\u0007",
  "\u007f",
];

/** Tokens that stress the fact extractors' patterns and lookups. */
export const HAZARD_TOKENS = [
  "1", "0", "12", "1991", "1990s", "the 90s", "the nineties", "2014-15", "12 March 1993", "March", "26 and 27 April 2016", "BC", "45 March 2016",
  "9".repeat(400), "1e308", "-1e308", "1,000,000", "1,2", "1.5", "0x1F", "NaN", "Infinity", "$", "$2", "%", "13.2 %", "percent",
  "billion", "bn", "million", "thousand", "hundred", "trillion", "a", "one", "twenty-one", "eighty thousand",
  "and", "to", "-", "–", "—", " ", "  ", "\t", ".", ",", "(", ")", "\"", "'", "’", "“", "”", "/", "\\",
  "the", "only", "the only", "one of the first", "among the first three", "among the three countries", "one of the few",
  "first", "third", "3rd", "21st", "101st", "-ever", "early", "mid", "late", "since", "in", "by",
  "not", "never", "n't", "no", "not only", "neither", "refused",
  "Pakistan", "Azerbaijan", "Baku", "Islamabad", "Heydar Aliyev", "embassy", "recognised", "recognized", "opened", "visit", "JF-17",
  "__proto__", "constructor", "prototype", "toString", "valueOf", "hasOwnProperty", "__defineGetter__", "isPrototypeOf",
  ...TERMINAL_ATTACKS,
];

/** A code unit anywhere in 0000–FFFF, so lone surrogates appear. */
const utf16Unit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
const controlUnit = fc.oneof(
  fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code)),
  fc.integer({ min: 0x7f, max: 0x9f }).map((code) => String.fromCharCode(code)),
  fc.constantFrom("\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u2028", "\u2029", "\ufeff", "\u200b"),
);

/** Short runs of one hazard token: "1 and 1 and …", "- - - …", "the only the only …". */
const repeatedToken = fc
  .tuple(fc.constantFrom(...HAZARD_TOKENS), fc.constantFrom(" ", "", " and ", "-"), fc.integer({ min: 1, max: 60 }))
  .map(([token, glue, times]) => Array.from({ length: times }, () => token).join(glue));

const sentenceOfTokens = fc.array(fc.oneof(fc.constantFrom(...HAZARD_TOKENS), fc.string({ maxLength: 8 })), { maxLength: 40 }).map((words) => words.join(" "));

/**
 * Text as `pakaz check` receives it: anything up to MAX_CLAIM_LENGTH (longer
 * is refused before the engine sees it, and limits.test.ts covers that).
 */
export const claimText: fc.Arbitrary<string> = fc
  .oneof(
    { weight: 3, arbitrary: sentenceOfTokens },
    { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 120 }) },
    { weight: 1, arbitrary: fc.string({ unit: utf16Unit, maxLength: 120 }) },
    { weight: 1, arbitrary: fc.string({ unit: fc.oneof(controlUnit, fc.constantFrom(...TERMINAL_ATTACKS), fc.string({ maxLength: 3 })), maxLength: 80 }) },
    { weight: 2, arbitrary: repeatedToken },
    { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 120 }) },
  )
  .map((text) => text.slice(0, MAX_CLAIM_LENGTH));

/** A short value for an option or an id: valid-looking, empty, numeric or hostile. */
export const optionValue: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("", " ", "0", "-1", "1", "3", "1000", "1001", "abc", "1e308", "9".repeat(400), "1992", "2025", "99999", "NaN", "--json", "-", "json", "text", "apa"),
  fc.constantFrom("__proto__", "constructor", "toString", "recognition", "rank", "date", "visits", "alpha-article", "recognition-rank", "embassy-opened-1993"),
  fc.constantFrom(...TERMINAL_ATTACKS).map((attack) => `x${attack}y`),
  fc.string({ unit: "binary", maxLength: 12 }),
  fc.string({ unit: controlUnit, maxLength: 6 }),
);

/** Bytes that are not valid UTF-8, mixed with text: what a batch file or a corpus file may hold. */
export const invalidUtf8: fc.Arbitrary<Uint8Array> = fc
  .array(
    fc.oneof(
      fc.constantFrom([0xc0, 0x80], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0x80], [0xbf], [0xe2, 0x82], [0xff, 0xfe], [0xf4, 0x90, 0x80, 0x80], [0xc3]),
      fc.string({ maxLength: 10 }).map((text) => [...Buffer.from(text, "utf8")]),
      fc.uint8Array({ maxLength: 8 }).map((bytes) => [...bytes]),
    ),
    { maxLength: 20 },
  )
  .map((parts) => Uint8Array.from(parts.flat()));

/** No C0 (but tab and newline), DEL, C1 or bidi control may reach a terminal. */
export const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
/** The colour codes chalk writes; anything else starting with ESC came from data. */
export const SGR = /\u001b\[\d+(?:;\d+)*m/g;

export function withoutColour(text: string): string {
  return text.replace(SGR, "");
}
