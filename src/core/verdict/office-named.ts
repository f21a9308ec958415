// "The man in Pakistan's presidential palace is Mamnoon Hussain", "Ali
// Alizada is Baku's man in Islamabad": who holds an office, said in the
// present with no date, in words of the writer's own. Each holder was right
// for the date of the source that names him, so such a sentence takes his
// side of the recorded succession (a superseded conflict on the office
// holder), whatever claim its other words lean on. The office is read by the
// words the conflict's curator lists for it (data/conflicts.yaml, `office`).

import { lookupCorpus } from "../corpus/corpus-lookup.js";
import { pinnedToNow } from "./conflict-assertion.js";
import { analyzeText, readWords, type TextAnalysis } from "../facts/analyze-text.js";
import type { SearchIndex } from "../search/build-index.js";
import type { EntityMatcher } from "../text/entity-matcher.js";
import { escapeRegExp } from "../text/escape-regexp.js";
import { splitWords } from "../text/tokenize.js";
import { normalizeText } from "../text/normalize.js";
import type { Conflict } from "../types.js";

/** Words that place a title in the past ("the former president", "was then premier", "has served as"). */
const PAST = /\b(?:was|were|had|did|then|former|formerly|late|served|ex)\b/;
/** Words that pin a sentence to the present, which the latest source speaks for ("still", "now"). */
const NOW = /\b(?:now|today|currently|presently|at present|these days|still)\b/;

/** The one person a side names as the holder, read from its value ("Mamnoon Hussain (2015)"). */
function holderOf(value: string | undefined, matcher: EntityMatcher): string | undefined {
  if (value === undefined) return undefined;
  const people = matcher.find(splitWords(normalizeText(value))).filter((m) => matcher.entity(m.entity)?.kind === "person");
  return people.length === 1 ? people[0]?.entity : undefined;
}

/** Whether an entity is, or lies within, the state whose office it is. */
function within(id: string, state: string, matcher: EntityMatcher): boolean {
  return id === state || matcher.ancestors(id).includes(state);
}

/**
 * The superseded office-holder conflicts whose office a sentence gives, in
 * the present and with no date, to one of the recorded holders: the sides
 * it takes. None for a sentence that is dated, said by someone, set in the
 * past, or pinned to the present in so many words (the latest source speaks
 * for "now"; an older holder "now" is what it contradicts).
 */
export function officesNamed(said: TextAnalysis, index: SearchIndex): Conflict[] {
  const whole = officesNamedIn(said, index);
  if (whole.length > 0 || said.speaker !== undefined || said.voice !== undefined || said.attribution !== undefined) return whole;
  if (!said.entities.some((e) => index.matcher.entity(e)?.kind === "person")) return [];
  // "Azerbaijan is represented in Pakistan by Ambassador Khazar Farhadov, and the two countries established
  // relations on 9 June 1992", "Pakistan, whose National Bank was the first …, is led by President Mamnoon
  // Hussain": a date or a past verb in another clause does not pin the one that gives the office.
  const main = said.normalized.replace(RELATIVE_CLAUSE, "");
  const parts = [...new Set([main, ...main.split(COORDINATED)])].filter((p) => p !== said.normalized && p.trim() !== "");
  const taken = parts.flatMap((part) => officesNamedIn(analyzeText(part, index.matcher), index));
  return [...new Set(taken)];
}

/** A non-restrictive relative clause, between commas: ", whose National Bank was the first …,". */
const RELATIVE_CLAUSE = /,\s*(?:whose|which|who|where)\b[^,;]*,/g;
/** Where one coordinated clause ends and the next begins. */
const COORDINATED = /,\s*(?:and|but|while|whereas)\s+|;\s*/;

function officesNamedIn(said: TextAnalysis, index: SearchIndex): Conflict[] {
  if (!said.present || said.dates.length > 0 || said.speaker !== undefined || said.voice !== undefined || said.attribution !== undefined) return [];
  if (pinnedToNow(said) || PAST.test(said.normalized)) return [];
  const { matcher } = index;
  const people = said.entities.filter((e) => matcher.entity(e)?.kind === "person");
  if (people.length === 0) return [];
  const lookup = lookupCorpus(index.corpus);
  const taken: Conflict[] = [];
  for (const conflict of index.corpus.conflicts) {
    const office = conflict.contested?.office;
    if (conflict.kind !== "superseded" || conflict.contested?.attribute !== "office-holder" || office === undefined) continue;
    const holders = conflict.sides.map((side) => holderOf(side.value ?? lookup.claim(side.claim)?.statement, matcher));
    const named = holders.filter((h): h is string => h !== undefined && people.includes(h));
    // Two holders of one office named together ("Zardari succeeded Mamnoon Hussain") take no side.
    if (named.length !== 1) continue;
    const holder = named[0] ?? "";
    // "Still" or "now" of the latest holder is what the latest source says.
    if (holder === holders[holders.length - 1] && NOW.test(said.normalized)) continue;
    const state = office.of;
    // The state whose office it is must be named by something other than the holder ("Pakistan's", "in Islamabad").
    if (state !== undefined && !said.entities.some((e) => e !== holder && within(e, state, matcher))) continue;
    if (officeSpokenOf(said.normalized, office.words, holder, state, matcher)) taken.push(conflict);
  }
  return taken;
}

/**
 * Whether the sentence names the office by one of its words, other than as
 * another person's title ("President Ilham Aliyev") or another state's
 * office ("Azerbaijan's president").
 */
function officeSpokenOf(normalized: string, officeWords: readonly string[], holder: string, state: string | undefined, matcher: EntityMatcher): boolean {
  const phrases = officeWords.map((w) => splitWords(normalizeText(w)).map((t) => t.word));
  if (!phrases.some((p) => p.length > 0 && new RegExp(`\\b${p.map(escapeRegExp).join("\\W+")}\\b`).test(normalized))) return false;
  const { words, mentions } = readWords(normalized, matcher);
  const otherPerson = (at: number): boolean => mentions.some((m) => m.from === at && m.entity !== holder && matcher.entity(m.entity)?.kind === "person");
  // "Azerbaijan's president", "the Azerbaijani president": owned by the word before it (and a possessive "s").
  const otherState = (at: number): boolean =>
    state !== undefined &&
    mentions.some((m) => (m.to === at || (m.to === at - 1 && words[at - 1]?.word === "s")) && ["country", "place"].includes(matcher.entity(m.entity)?.kind ?? "") && !within(m.entity, state, matcher));
  for (let i = 0; i < words.length; i++) {
    for (const phrase of phrases) {
      if (phrase.length === 0 || !phrase.every((w, k) => words[i + k]?.word === w)) continue;
      if (!otherPerson(i + phrase.length) && !otherState(i)) return true;
    }
  }
  return false;
}
