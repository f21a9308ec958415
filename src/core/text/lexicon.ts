// The domain lexicon (data/lexicon/events.json): the kinds of event the
// articles report and the words that name each, concepts written several
// ways ("embassy", "diplomatic mission"), light words, and office titles.
// Search reads a sentence's event and concept words as one term per kind, so
// that "began operating" and "opened" are the same term; the alignment reads
// which kinds exclude each other ("closed" against "opened").

import data from "../../../data/lexicon/events.json" with { type: "json" };

export interface EventType {
  id: string;
  label: string;
  words: string[];
  roles: string[];
  /** Who does it to whom matters: "Azerbaijan gave Pakistan" is not "Pakistan gave Azerbaijan". */
  directional: boolean;
  exclusive: string[];
  /** Kinds the articles use for the same thing ("opened" and "established" a mission). */
  compatible: string[];
  /** Frames another event ("agreed to supply", "hosts a centre"): not a part of its own beside a matched event. */
  secondary: boolean;
  /** The kinds that tell the same event from the other side, its two roles exchanged: "imports from" for "exports to". */
  converse?: string[];
  /** Its second role is named after "from" ("bought from Pakistan"), not after "to". */
  from?: boolean;
}

export interface Concept {
  id: string;
  words: string[];
}

export interface Lexicon {
  events: EventType[];
  concepts: Concept[];
  light: { words: string[] };
  offices: { titles: string[] };
}

export const LEXICON: Lexicon = data;

/** What a run of words names in the lexicon. */
export interface LexiconHit {
  /** The search term: "~" and the event or concept id. */
  term: string;
  kind: "event" | "concept";
  id: string;
  /** Number of words matched. */
  length: number;
}

/** "-ise" and "-ize" spellings are one word here, as in tokenize.ts. */
const fold = (word: string): string => word.replace(/is(e|ed|es|ing|ation|ations)$/, "iz$1");

/** The regular forms of a word: a lexicon lists "sign" and means signs, signed, signing too. */
function inflections(word: string): string[] {
  const forms = [word, `${word}s`, `${word}es`, `${word}ed`, `${word}d`, `${word}ing`];
  if (word.endsWith("e")) forms.push(`${word.slice(0, -1)}ing`);
  if (word.endsWith("y")) forms.push(`${word.slice(0, -1)}ies`, `${word.slice(0, -1)}ied`);
  return forms;
}

interface PhraseEntry {
  words: string[];
  hit: Omit<LexiconHit, "length">;
}

/** First word (folded) → the phrases it starts, longest first. */
const PHRASES = new Map<string, PhraseEntry[]>();

function addPhrase(phrase: string, hit: Omit<LexiconHit, "length">): void {
  const [first = "", ...rest] = phrase.toLowerCase().split(/\s+/);
  for (const form of inflections(first)) {
    const key = fold(form);
    const list = PHRASES.get(key) ?? [];
    // A word listed under two kinds keeps the first: the lexicon's order decides.
    if (!list.some((p) => p.words.join(" ") === rest.join(" "))) list.push({ words: rest.map(fold), hit });
    PHRASES.set(key, list);
  }
}

for (const event of LEXICON.events) for (const word of event.words) addPhrase(word, { term: `~${event.id}`, kind: "event", id: event.id });
for (const concept of LEXICON.concepts) for (const word of concept.words) addPhrase(word, { term: `~${concept.id}`, kind: "concept", id: concept.id });
for (const list of PHRASES.values()) list.sort((a, b) => b.words.length - a.words.length);

const EVENTS = new Map(LEXICON.events.map((e) => [e.id, e]));
const LIGHT = new Set(LEXICON.light.words);

/**
 * "Close ties", "close to Baku", "close and cordial relations": "close" before
 * these is the adjective, not the closing of a mission.
 */
const CLOSE_AS_ADJECTIVE = /^(?:ties|relations|relationship|relationships|cooperation|collaboration|coordination|friendship|friends?|partners?|partnership|allies|ally|contacts?|links|bonds|brotherly|brothers|neighbours?|neighbors?|cultural|economic|political|military|defence|defense|historical|strategic|attention|to|by|and|together|watch|look)$/;

/** The longest lexicon phrase starting at words[at], if any. */
export function matchLexicon(words: readonly string[], at: number): LexiconHit | undefined {
  const first = words[at];
  if (first === undefined) return undefined;
  if (fold(first) === "close" && CLOSE_AS_ADJECTIVE.test(words[at + 1] ?? "")) return undefined;
  const list = PHRASES.get(fold(first));
  if (list === undefined) return undefined;
  for (const phrase of list) {
    if (phrase.words.every((w, k) => fold(words[at + 1 + k] ?? "") === w)) return { ...phrase.hit, length: phrase.words.length + 1 };
  }
  return undefined;
}

export function eventType(id: string): EventType | undefined {
  return EVENTS.get(id);
}

/** Can one event be both? "Opened" and "closed" cannot; "visited" and "signed" can. */
export function eventsExclude(a: string, b: string): boolean {
  return (EVENTS.get(a)?.exclusive.includes(b) ?? false) || (EVENTS.get(b)?.exclusive.includes(a) ?? false);
}

/** Does a sentence's event tell a claim's from the other side ("Azerbaijan imports" against "Pakistan exports")? Its roles are then the claim's, exchanged. */
export function eventsConverse(said: string, stated: string): boolean {
  return EVENTS.get(said)?.converse?.includes(stated) ?? false;
}

/** Does a sentence's event speak of the same event as a claim's, from either side ("received from" for "gave")? */
export function eventsMeet(said: string, stated: string): boolean {
  return eventsMatch(said, stated) || eventsConverse(said, stated);
}

/** Does a sentence's event name what a claim's does? The same kind, or a compatible one. */
export function eventsMatch(said: string, stated: string): boolean {
  return said === stated || (EVENTS.get(said)?.compatible.includes(stated) ?? false);
}

/** A word that says nothing a source must speak to ("paid" in "paid a visit"). */
export function isLightWord(word: string): boolean {
  return LIGHT.has(word);
}

const TITLES = LEXICON.offices.titles.map((t) => t.split(" ")).sort((a, b) => b.length - a.length);

/** The office title starting at words[at] ("prime minister"), longest first. */
export function matchTitle(words: readonly string[], at: number): string[] | undefined {
  return TITLES.find((title) => title.every((w, k) => words[at + k] === w));
}
