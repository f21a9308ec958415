// Is this an English word? Typo correction may rewrite only words that are
// not: Fuse finds a corpus word close to almost anything ("designed" →
// "sign", "France" → a stem of "assure"), so a real word is left as it is.
// The words are WordNet 3.1's lemmas as a Bloom filter (data/lexicon/
// english-words.json, see scripts/build-english-words.mjs); an inflected form
// is looked up by its lemma, the way WordNet's morphy does.

import filter from "../../../data/lexicon/english-words.json" with { type: "json" };

let bits: Uint8Array | undefined;

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
  bits ??= Uint8Array.from(atob(filter.bits), (c) => c.charCodeAt(0));
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
