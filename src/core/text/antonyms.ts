// Opposite words, from WordNet's direct antonyms (data/lexicon/antonyms.json,
// written by scripts/build-antonyms.mjs): "weak" against "strong", "import"
// against "export". A sentence word the claim does not use, whose opposite
// the claim does use, says the opposite of what the claim says.

import data from "../../../data/lexicon/antonyms.json" with { type: "json" };
import { lemmasOf } from "./english-words.js";

/** Lemma → its opposites, each with the part of speech of the pair (a, r, n, v). */
let opposites: Map<string, Array<{ word: string; pos: string }>> | undefined;

function table(): Map<string, Array<{ word: string; pos: string }>> {
  if (opposites !== undefined) return opposites;
  const built = new Map<string, Array<{ word: string; pos: string }>>();
  for (const pair of data.pairs) {
    const [pos, a, b] = pair.split(" ");
    if (pos === undefined || a === undefined || b === undefined) continue;
    built.set(a, [...(built.get(a) ?? []), { word: b, pos }]);
    built.set(b, [...(built.get(b) ?? []), { word: a, pos }]);
  }
  return (opposites = built);
}

/** The parts of speech a form can be: "lasted" and "taking" are verbs, "stronger" an adjective, a bare word anything. */
function posOf(form: string, lemma: string): ReadonlySet<string> | undefined {
  if (form === lemma) return undefined;
  if (/(?:ed|ing)$/.test(form)) return new Set(["v", "a"]);
  if (/(?:er|est)$/.test(form)) return new Set(["a", "r", "n"]);
  if (/ly$/.test(form)) return new Set(["r"]);
  return new Set(["n", "v"]);
}

/** The opposites of a word as written ("strongest" → "weak"), through its possible lemmas. */
export function antonymsOf(word: string): string[] {
  const lower = word.toLowerCase();
  if (!/^[a-z]+$/.test(lower)) return [];
  const found = new Set<string>();
  for (const lemma of lemmasOf(lower)) {
    const allowed = posOf(lower, lemma);
    for (const o of table().get(lemma) ?? []) if (allowed === undefined || allowed.has(o.pos)) found.add(o.word);
  }
  return [...found];
}

/** The lemmas of every word of a text: what an antonym is looked for among. */
export function lemmasIn(text: string): Set<string> {
  const lemmas = new Set<string>();
  for (const word of text.toLowerCase().split(/[^a-z]+/)) if (word !== "") for (const lemma of lemmasOf(word)) lemmas.add(lemma);
  return lemmas;
}
