// "The man in Pakistan's presidential palace is Mamnoon Hussain", "Ali
// Alizada is Baku's man in Islamabad": who holds an office, said in the
// present with no date, in words of the writer's own. Each holder was right
// for the date of the source that names him, so such a sentence takes his
// side of the recorded succession (a superseded conflict on the office
// holder), whatever claim its other words lean on. The office is read by the
// words the conflict's curator lists for it (data/conflicts.yaml, `office`).

import { lookupCorpus } from "../corpus/corpus-lookup.js";
import { pinnedToNow, saysNowOrStill } from "./conflict-assertion.js";
import { analyzeText, readWords, type TextAnalysis } from "../facts/analyze-text.js";
import type { SearchIndex } from "../search/build-index.js";
import type { EntityMatcher } from "../text/entity-matcher.js";
import { escapeRegExp } from "../text/escape-regexp.js";
import { splitWords } from "../text/tokenize.js";
import { normalizeText } from "../text/normalize.js";
import type { Conflict } from "../types.js";

/** Words that place a title in the past ("the former president", "was then premier", "has served as"). */
const PAST = /\b(?:was|were|had|did|then|former|formerly|late|served|ex)\b/;

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

/** An office-holder conflict as a sentence is read against it: its holders, oldest first, and the words of its office. */
interface OfficeReading {
  conflict: Conflict;
  /** Each side's holder, where its value names one person. */
  holders: ReadonlyArray<string | undefined>;
  /** Each office word or phrase, as words. */
  phrases: ReadonlyArray<readonly string[]>;
  /** Any of them in a text, as a quick test before its words are read. */
  spoken: RegExp;
  of?: string;
}

/** The corpus's office-holder conflicts, read once per index rather than once per sentence. */
const officeReadings = new WeakMap<SearchIndex, OfficeReading[]>();
function officesOf(index: SearchIndex): OfficeReading[] {
  let found = officeReadings.get(index);
  if (found !== undefined) return found;
  const lookup = lookupCorpus(index.corpus);
  found = index.corpus.conflicts.flatMap((conflict): OfficeReading[] => {
    const office = conflict.contested?.office;
    if (conflict.kind !== "superseded" || conflict.contested?.attribute !== "office-holder" || office === undefined) return [];
    const holders = conflict.sides.map((side) => holderOf(side.value ?? lookup.claim(side.claim)?.statement, index.matcher));
    const phrases = office.words.map((w) => splitWords(normalizeText(w)).map((t) => t.word)).filter((p) => p.length > 0);
    const spoken = new RegExp(phrases.map((p) => `\\b${p.map(escapeRegExp).join("\\W+")}\\b`).join("|"));
    return [{ conflict, holders, phrases, spoken, ...(office.of !== undefined ? { of: office.of } : {}) }];
  });
  officeReadings.set(index, found);
  return found;
}

/**
 * The superseded office-holder conflicts whose office a sentence gives, in
 * the present and with no date, to one of the recorded holders: the sides
 * it takes. None for a sentence that is dated, said by someone, set in the
 * past, or pinned to the present in so many words (the latest source speaks
 * for "now"; an older holder "now" is what it contradicts).
 */
export function officesNamed(said: TextAnalysis, index: SearchIndex): Conflict[] {
  // Only an office whose holder and whose words the sentence both names can be given in it: most sentences name none.
  const offices = officesOf(index).filter((o) => o.holders.some((h) => h !== undefined && said.entities.includes(h)) && o.spoken.test(said.normalized));
  if (offices.length === 0) return [];
  const whole = officesNamedIn(said, offices, index.matcher);
  if (whole.length > 0 || said.speaker !== undefined || said.voice !== undefined || said.attribution !== undefined) return whole;
  // "Azerbaijan is represented in Pakistan by Ambassador Khazar Farhadov, and the two countries established
  // relations on 9 June 1992", "Pakistan, whose National Bank was the first …, is led by President Mamnoon
  // Hussain": a date or a past verb in another clause does not pin the one that gives the office.
  const main = said.normalized.replace(RELATIVE_CLAUSE, "");
  const parts = [...new Set([main, ...main.split(COORDINATED)])].filter((p) => p !== said.normalized && p.trim() !== "");
  const taken = parts.flatMap((part) => officesNamedIn(analyzeText(part, index.matcher), offices, index.matcher));
  return [...new Set(taken)];
}

/** A non-restrictive relative clause, between commas: ", whose National Bank was the first …,". */
const RELATIVE_CLAUSE = /,\s*(?:whose|which|who|where)\b[^,;]*,/g;
/**
 * Where one coordinated clause ends and the next begins. Not before a
 * preposition: "…, and by Vugar Mustafayev, …" goes on with the clause
 * before it ("was led by …"), and is no clause of its own.
 */
const COORDINATED = /,\s*(?:and|but|while|whereas)\s+(?!(?:by|with|to|for|of|in|at|from|on|as)\b)|;\s*/;

function officesNamedIn(said: TextAnalysis, offices: readonly OfficeReading[], matcher: EntityMatcher): Conflict[] {
  if (!said.present || said.dates.length > 0 || said.speaker !== undefined || said.voice !== undefined || said.attribution !== undefined) return [];
  if (pinnedToNow(said) || PAST.test(said.normalized)) return [];
  const people = said.entities.filter((e) => matcher.entity(e)?.kind === "person");
  if (people.length === 0) return [];
  const taken: Conflict[] = [];
  for (const office of offices) {
    const { holders, of: state } = office;
    const named = holders.filter((h): h is string => h !== undefined && people.includes(h));
    // Two holders of one office named together ("Zardari succeeded Mamnoon Hussain") take no side.
    if (named.length !== 1) continue;
    const holder = named[0] ?? "";
    // "Still" or "now" of the latest holder is what the latest source says.
    if (holder === holders[holders.length - 1] && saysNowOrStill(said)) continue;
    // The state whose office it is must be named by something other than the holder ("Pakistan's", "in Islamabad").
    if (state !== undefined && !said.entities.some((e) => e !== holder && within(e, state, matcher))) continue;
    if (officeSpokenOf(said.normalized, office, holder, matcher)) taken.push(office.conflict);
  }
  return taken;
}

/**
 * Whether the sentence names the office by one of its words, other than as
 * another person's title ("President Ilham Aliyev") or another state's
 * office ("Azerbaijan's president").
 */
function officeSpokenOf(normalized: string, office: OfficeReading, holder: string, matcher: EntityMatcher): boolean {
  const { phrases, of: state } = office;
  if (!office.spoken.test(normalized)) return false;
  const { words, mentions } = readWords(normalized, matcher);
  const otherPerson = (at: number): boolean => mentions.some((m) => m.from === at && m.entity !== holder && matcher.entity(m.entity)?.kind === "person");
  // "Azerbaijan's president", "the Azerbaijani president": owned by the word before it (and a possessive "s").
  const otherState = (at: number): boolean =>
    state !== undefined &&
    mentions.some((m) => (m.to === at || (m.to === at - 1 && words[at - 1]?.word === "s")) && ["country", "place"].includes(matcher.entity(m.entity)?.kind ?? "") && !within(m.entity, state, matcher));
  for (let i = 0; i < words.length; i++) {
    for (const phrase of phrases) {
      if (!phrase.every((w, k) => words[i + k]?.word === w)) continue;
      if (!otherPerson(i + phrase.length) && !otherState(i)) return true;
    }
  }
  return false;
}
