// Proper names the corpus does not know ("Habib Bank", "Zulfikar Ali
// Bhutto"): a capitalised run of words with at least one word the corpus
// never uses; at the start of a sentence, one word only where a verb follows
// it ("Tashkent was where …"), since most capitals there are openers. A sentence that names one
// where a claim names someone else is about someone else.

import { claimTexts } from "../corpus/claim-texts.js";
import { normalizeText } from "../text/normalize.js";
import { isStopWord } from "../text/tokenize.js";
import { wordValue } from "../facts/number-words.js";
import type { SearchIndex } from "./build-index.js";

const NAME_RUN = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}'’-]*(?:\s+(?:of\s+|al-|bin\s+)?\p{Lu}[\p{L}\p{N}'’-]*)*/gu;
/** Capitalised words that are not names: titles, months, and words that start sentences. */
const NOT_NAMES = new Set([
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "the", "a", "an", "in", "on", "at", "during", "since", "after", "before", "by", "last", "this", "mr", "mrs", "ms", "dr", "h.e", "his", "her", "their", "its", "both", "two", "and"]);

/** Words that start sentences without naming anything. */
const OPENERS = new Set(["however", "meanwhile", "moreover", "furthermore", "despite", "although", "though", "while", "whereas", "yet", "still", "today", "now", "here", "there", "since", "when", "where", "as", "if", "once", "also", "indeed", "besides", "overall", "together", "thus", "hence", "then", "later", "earlier", "recently", "currently", "both", "each", "every", "many", "most", "some", "several", "few", "all", "none", "such", "this", "that", "these", "those", "it", "they", "he", "she", "we", "there", "what", "which", "who", "whose", "why", "how", "trade", "cooperation", "relations", "ties", "talks"]);

/** Whether the sentence's first word, in `fromStart`, reads as a name: a verb follows it, or another name beside it. */
function namedAtStart(fromStart: string): boolean {
  return /^\s*\S+\s+(?:is|was|has|had|have|were|are|will|would|also|became|remains|hosted|sells|sold|supplies|supplied|signed|backed|offered)\b/iu.test(fromStart) || /^\s*\S+\s*(?:,\s*(?:like|unlike|along with|together with|as well as)|\s+(?:and|or|as well as)\s+(?=\p{Lu}))/u.test(fromStart);
}

/** The longest run of words phraseIsKnown looks up. */
const LONGEST_PHRASE = 4;

/** An acronym: three to five capitals standing alone ("ADA", "NUST"). */
const ACRONYM = /(?<![\p{L}\p{N}])\p{Lu}{3,5}(?![\p{L}\p{N}])/gu;

/**
 * What the corpus writes as names, read in one pass over its texts, once per
 * index and only when a sentence first needs it: every run of two to four
 * words of a name it gives (a capitalised run in a claim or a quote, an
 * entity's name or alias, a source's id, title or publisher), and every
 * acronym its texts write.
 */
interface CorpusNames {
  phrases: Set<string>;
  acronyms: Set<string>;
}
const corpusNamesOf = new WeakMap<SearchIndex, CorpusNames>();
function corpusNames(index: SearchIndex): CorpusNames {
  let found = corpusNamesOf.get(index);
  if (found !== undefined) return found;
  const phrases = new Set<string>();
  const acronyms = new Set<string>();
  const add = (run: string): void => {
    const all = normalizeText(run).split(/[^\p{L}\p{N}]+/u).filter((w) => w !== "");
    for (let i = 0; i < all.length; i++) for (let n = 2; n <= LONGEST_PHRASE && i + n <= all.length; n++) phrases.add(all.slice(i, i + n).join(" "));
  };
  const acronymsIn = (text: string): void => {
    for (const m of text.matchAll(ACRONYM)) acronyms.add(m[0]);
  };
  // The names the claims write (their capitalised runs), and every name and alias of the entities.
  for (const entry of index.claims) {
    for (const text of claimTexts(entry.claim)) {
      acronymsIn(text);
      for (const m of text.matchAll(NAME_RUN)) if (m[0].includes(" ")) add(m[0]);
    }
  }
  for (const e of index.corpus.entities) {
    for (const name of [e.name, ...(e.aliases ?? [])]) {
      add(name);
      acronymsIn(name);
    }
  }
  // And the sources' own names: their ids ("liberal-perspective"), titles and publishers.
  for (const source of index.corpus.sources) {
    for (const name of [source.id, source.title, source.container, source.publisher]) {
      if (name === undefined) continue;
      add(name);
      acronymsIn(name);
    }
  }
  found = { phrases, acronyms };
  corpusNamesOf.set(index, found);
  return found;
}

function phraseIsKnown(words: readonly string[], index: SearchIndex): boolean {
  return words.length > LONGEST_PHRASE || corpusNames(index).phrases.has(words.join(" "));
}

/** A capitalised run's words, without the capitals that are not names ("The", "During", months). */
function wordsOf(run: string): string[] {
  return normalizeText(run).split(/[^\p{L}\p{N}]+/u).filter((w) => w !== "" && !NOT_NAMES.has(w));
}

/** "Azerbaijan's Constitutional Court": the name is what follows a possessor. */
export function afterPossessor(name: string): string {
  return name.replace(/^.*['’]s\s+/u, "");
}

export function findUnknownNames(text: string, index: SearchIndex): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(NAME_RUN)) {
    const words = wordsOf(match[0]);
    // "Twenty-four years …": a number in words opening the sentence names nothing.
    if (words.length === 0 || words.every((w) => wordValue(w) !== undefined)) continue;
    const atStart = text.slice(0, match.index).trim() === "";
    // A capital that only starts the sentence ("Meanwhile", "Officially") is no name; one the corpus never uses and that does not read as an opener ("Tashkent was where …") is.
    // So is one set beside another name ("Greece, like India, …", "Greece and India supply …").
    if (atStart && words.length === 1 && (OPENERS.has(words[0] ?? "") || /ly$/.test(words[0] ?? "") || !namedAtStart(text.slice(match.index)))) continue;
    // A short word is too often an initial or an abbreviation to count, unless it is letters and then digits ("G20", "COP28"): "17s" of "JF-17s" is not.
    const known = (w: string): boolean => index.vocabulary.has(w) || isStopWord(w) || /^\d+$/.test(w) || (w.length < 4 && !/^\p{L}+\d+$/u.test(w)) || index.matcher.find([{ word: w, start: 0, end: w.length }]).length > 0;
    // "Azerbaijan's Constitutional Court": a name in known words that the corpus never gives, where it has "Supreme Court" (after a
    // possessive, what follows it). Not a name the matcher reads as an entity, however written, nor one with a short word ("JF-17s"),
    // nor the capitals that open a sentence.
    const name = afterPossessor(match[0]);
    const owned = name === match[0] ? words : wordsOf(name);
    // "The Middle Corridor is …": after an opening "The", the capitals are the name's own, not the sentence's.
    const opened = atStart && NOT_NAMES.has(normalizeText(match[0]).split(/\s+/)[0] ?? "");
    const named = owned.length >= 2 && owned.every((w) => /^\p{L}{3,}$/u.test(w)) && (name !== match[0] || !atStart || opened) && index.matcher.find(owned.map((w, k) => ({ word: w, start: k, end: k + 1 }))).length === 0 && !phraseIsKnown(owned, index);
    // "ADA University": an acronym in capitals that the corpus never writes and no entity is called names something else, however short.
    const acronym = [...match[0].matchAll(ACRONYM)].some((a) => !corpusNames(index).acronyms.has(a[0]) && index.matcher.find([{ word: a[0].toLowerCase(), start: 0, end: a[0].length }], a[0]).length === 0);
    if (words.some((w) => !known(w)) || named || acronym) names.push(match[0]);
  }
  return names;
}
