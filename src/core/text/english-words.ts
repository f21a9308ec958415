// Is this an English word? Typo correction may rewrite only words that are
// not: Fuse finds a corpus word close to almost anything ("designed" →
// "sign", "France" → a stem of "assure"), so a real word is left as it is.
// The words are WordNet 3.1's lemmas as a Bloom filter (data/lexicon/
// english-words.json, see scripts/build-english-words.mjs); an inflected form
// is looked up by its lemma, the way WordNet's morphy does.

import filter from "../../../data/lexicon/english-words.json" with { type: "json" };

let bits: Uint8Array | undefined;

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const SEXTET = new Uint8Array(128);
for (let i = 0; i < BASE64.length; i++) SEXTET[BASE64.charCodeAt(i)] = i;

/**
 * The filter's bytes. By hand, four characters at a time: atob and
 * Uint8Array.from with a callback took 10 ms for these 124 KB (Node 20),
 * every run that looked a word up; this loop takes well under one.
 */
function decodeBase64(text: string): Uint8Array {
  const end = text.replace(/=+$/, "").length;
  const out = new Uint8Array(Math.floor((end * 3) / 4));
  let at = 0;
  for (let i = 0; i < end; i += 4) {
    const n = ((SEXTET[text.charCodeAt(i)] ?? 0) << 18) | ((SEXTET[text.charCodeAt(i + 1)] ?? 0) << 12) | ((SEXTET[text.charCodeAt(i + 2)] ?? 0) << 6) | (SEXTET[text.charCodeAt(i + 3)] ?? 0);
    out[at++] = n >> 16;
    if (at < out.length) out[at++] = (n >> 8) & 255;
    if (at < out.length) out[at++] = n & 255;
  }
  return out;
}

/** FNV-1a with a seed, as the generator hashes. */
function fnv(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function inFilter(word: string): boolean {
  // Decoded when first asked: most checks correct no word at all.
  bits ??= decodeBase64(filter.bits);
  const a = fnv(word, 0x811c9dc5);
  const b = fnv(word, 0x9747b28c) | 1;
  for (let i = 0; i < filter.k; i++) {
    const at = ((a + Math.imul(i, b)) >>> 0) % filter.m;
    if (((bits[at >> 3] ?? 0) & (1 << (at & 7))) === 0) return false;
  }
  return true;
}

/** The lemmas an inflected form may come from: designed → design, studies → study, planned → plan. */
export function lemmasOf(word: string): string[] {
  const out = [word];
  const strip = (suffix: string, add = ""): void => {
    if (word.length > suffix.length + 2 && word.endsWith(suffix)) out.push(word.slice(0, -suffix.length) + add);
  };
  strip("s");
  strip("es");
  strip("ies", "y");
  strip("ied", "y");
  strip("ed");
  strip("ed", "e");
  strip("d");
  strip("ing");
  strip("ing", "e");
  strip("er");
  strip("er", "e");
  strip("est");
  strip("est", "e");
  strip("ly");
  // A doubled last consonant: planned, stopping.
  const doubled = /^(.*?([b-df-hj-np-tv-z]))\2(?:ed|ing|er)$/.exec(word);
  if (doubled?.[1] !== undefined) out.push(doubled[1]);
  return out;
}

/** Is this word, as written (not inflected), one of WordNet's lemmas? */
export function isLemma(word: string): boolean {
  return inFilter(word);
}

export function isEnglishWord(word: string): boolean {
  const lower = word.toLowerCase();
  return /^[a-z]+$/.test(lower) && lemmasOf(lower).some(inFilter);
}
