// Titles in sentence case, for the reference lists that use it (APA,
// Harvard, Vancouver, IEEE). The corpus keeps each article's title as the
// article prints it, and the five print theirs differently, so APA gave two
// in sentence case and three in title case. CSL cannot lower a title's case
// itself without lowering names with it (its "sentence" text-case is
// deprecated for that reason), so pakaz gives the styles a sentence-case
// title, with the corpus's own names kept; title-case styles (MLA, Chicago)
// raise it again, as they do any title.

import { escapeRegExp } from "../text/escape-regexp.js";
import type { Corpus } from "../types.js";
import type { CslItem } from "./csl-item.js";

/** A word: letters, digits and apostrophes (Relation’s). */
const WORD = /[\p{L}\p{N}’']+/gu;

/** After these, a new sentence or a subtitle begins, whose first word keeps its capital. */
const OPENS = /[:;.?!—]\s*$|^[\s[(“"‘']*$/;

/**
 * `title` in sentence case: each word lowered, except the first of the title
 * or of a subtitle (after a colon or semicolon), a word inside one of
 * `names` (matched as written, whole words), and a word with a capital past
 * its first letter (an acronym, JF-17, COP29, McDonald).
 */
export function sentenceCase(title: string, names: readonly string[]): string {
  const kept = new Array<boolean>(title.length).fill(false);
  for (const name of names) {
    if (name.trim() === "" || !/\p{Lu}/u.test(name)) continue;
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, "gu");
    for (const match of title.matchAll(pattern)) kept.fill(true, match.index, match.index + match[0].length);
  }
  return title.replace(WORD, (word, offset: number) => {
    if (kept[offset] || /\p{Lu}/u.test(word.slice(1))) return word;
    if (OPENS.test(title.slice(0, offset))) return word;
    return word.toLowerCase();
  });
}

/** The names a title may hold that keep their capitals: the corpus's entities (and their other names), and its authors. */
export function properNames(corpus: Pick<Corpus, "entities" | "sources">): string[] {
  const names = corpus.entities.flatMap((entity) => [entity.name, ...(entity.aliases ?? [])]);
  for (const source of corpus.sources) {
    for (const person of source.authors) names.push(...[person.family, person.given, person.literal].filter((n): n is string => n !== undefined));
  }
  // Longest first does not matter for marking, but fewer, longer names read better in a debugger.
  return [...new Set(names)].sort((a, b) => b.length - a.length);
}

/** The items with their titles in sentence case, for a style to format. */
export function withSentenceCaseTitles(items: readonly CslItem[], names: readonly string[]): CslItem[] {
  return items.map((item) => ({ ...item, title: sentenceCase(item.title, names) }));
}
