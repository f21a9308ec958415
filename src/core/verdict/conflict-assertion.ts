// Does a sentence take a side in a recorded conflict? Only if it asserts the
// very thing the sides disagree about, as their own words (`says`) show it:
// "Azerbaijan's GDP was $72.36 billion" does not touch the misprinted
// Pakistani figure in the same sentence, and "the JF-17 was developed with
// China" does touch the JF-17's origin. A superseded fact (an office holder
// replaced) is in dispute only when stated as true now.

import { lookupCorpus } from "../corpus/corpus-lookup.js";
import { analyzeText, type TextAnalysis } from "../facts/analyze-text.js";
import { spanOfFactDate, spansAgree } from "../facts/date-value.js";
import type { SearchIndex } from "../search/build-index.js";
import { stateOfCapital } from "../text/entity-matcher.js";
import { eventsExclude, eventsMeet, eventType } from "../text/lexicon.js";
import type { Conflict, FactNumber } from "../types.js";
import { isSeriesNoun } from "../facts/extract-ranks.js";
import { HOME, numbersAgree, rankEntails } from "./compare-facts.js";

/** What reading a conflict's sides takes: the index knows how each side reads. */
export type SidesSource = Pick<SearchIndex, "matcher" | "sidesOf" | "idf">;

interface SidesReading {
  analyses: TextAnalysis[];
  /** Terms some side's words use and another's do not. */
  distinctive: Set<string>;
}

const readings = new WeakMap<Conflict, SidesReading>();

function readSides(conflict: Conflict, { matcher, sidesOf }: SidesSource): SidesReading {
  let reading = readings.get(conflict);
  if (!reading) {
    const analyses = sidesOf(conflict);
    const sets = analyses.map((a) => new Set(a.terms));
    const all = new Set(sets.flatMap((s) => [...s]));
    // A name only one side gives something of its kind for ("took place in
    // Islamabad", where no side says anywhere else) is a detail of that side,
    // not a point the sides disagree on.
    const group = (id: string): string => {
      const kind = matcher.entity(id)?.kind ?? "";
      return kind === "country" ? "place" : kind;
    };
    // The two countries are the parties to everything, not a place any side puts something in.
    const sidesNaming = (kind: string): number => analyses.filter((a) => a.entities.some((e) => !HOME.has(e) && group(e) === kind)).length;
    const disagreed = (t: string): boolean => !t.startsWith("@") || sidesNaming(group(t.slice(1))) >= 2;
    const distinctive = new Set([...all].filter((t) => !sets.every((s) => s.has(t)) && disagreed(t)));
    reading = { analyses, distinctive };
    readings.set(conflict, reading);
  }
  return reading;
}

/**
 * A value takes a side when it agrees with some side and not with every side:
 * "the 1990s" agrees with both 1991 and June 1992, so it takes no side. A
 * figure conflict has one side, the printed figure, and repeating it does.
 */
function takesSide<T>(sides: T[][], asserted: boolean, agrees: (side: T[]) => boolean, meaning: () => boolean, same: (a: T, b: T) => boolean): boolean {
  const valued = sides.filter((s) => s.length > 0);
  if (valued.length === 0) return asserted;
  const agreeing = valued.filter(agrees).length;
  if (agreeing === valued.length && valued.length > 1) {
    // Every side states this same value ("$2 billion"): they differ in what it
    // is, so a sentence takes a side by what it says the value is. Sides that
    // state different values a coarse one spans ("the 1990s" for 1991 and
    // June 1992) are not taken sides with by it.
    const first = valued[0] ?? [];
    const alike = valued.every((side) => side.some((v) => first.some((w) => same(v, w))));
    return alike && meaning();
  }
  return agreeing > 0;
}

/**
 * The numbered places a reading gives, as counts of what was held so far
 * ("the 8th meeting": eight): any ordinal as a side reads it ("the 8th Joint
 * Ministerial meeting"), or, for a sentence, one of a series ("its eighth session").
 */
function countedOrdinals(a: TextAnalysis, anyOrdinal: boolean): number[] {
  return a.ranks.flatMap((r) => (r.kind === "ordinal" && r.position !== undefined && (anyOrdinal || isSeriesNoun(r.head)) ? [r.position] : []));
}

function closeNumbers(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.abs(b) * 0.01;
}

/**
 * A body's first meeting, or its meeting ever since a date, is when it began
 * ("convened for the first time in September 2000", "has been meeting since
 * 2000", "held its first session"): the sentence speaks of its founding.
 */
const FIRST_MEETING = /\b(?:for the first time|(?:its|their|the) (?:first|inaugural|maiden) (?:session|meeting|sitting)|first (?:met|convened|sat|gathered)|(?:has|have|had) been (?:meeting|convening|sitting|working|functioning)|(?:met|meeting|convened|convening|sat|sitting|working|functioning) (?:regularly |periodically )?(?:ever )?since)\b/;

/**
 * Whether the sentence speaks of the contested event at all: "the protocol
 * was signed in 1995" speaks of a signing, not of when the commission began.
 * A sentence that names no event, or names the contested one (or one that
 * excludes it), does.
 */
function speaksOfEvent(conflict: Conflict, said: TextAnalysis, sides: readonly TextAnalysis[]): boolean {
  const event = conflict.contested?.event;
  const inception = event === "establish" && FIRST_MEETING.test(said.normalized);
  const named = (said.events ?? []).filter((e) => e.type !== "state").map((e) => (inception && e.type === "meet" ? { ...e, type: event } : e));
  if (event === undefined || named.length === 0) return true;
  const contested = named.some((e) => eventsMeet(e.type, event) || eventsExclude(e.type, event));
  // A sentence that also names another event a side reports ("the protocol
  // establishing it was signed in 1995") is about that event: the signing is
  // not in dispute, only when the commission began.
  const sideEvents = new Set(sides.flatMap((a) => (a.events ?? []).map((e) => e.type)));
  // A visit is the occasion of what happened on it ("given an honorary doctorate on his 2015 state visit"), not another event.
  const other = named.some((e) => !eventsMeet(e.type, event) && !eventsExclude(e.type, event) && sideEvents.has(e.type) && e.type !== "visit");
  if (contested) return !other;
  // "Made him an honorary doctor during his 2015 state visit": the contested
  // event in words the lexicon does not know, dated by its occasion. The
  // sentence names most of what every side is about, and only events a side
  // names as its occasion (a "visit" where a side says "during his visit").
  const subject = subjectTerms(sides).filter((t) => !t.startsWith("~"));
  const occasions = new Set(sides.flatMap((a) => (a.events ?? []).filter((e) => e.type !== event).map((e) => e.type)));
  return subject.filter((t) => said.terms.includes(t)).length >= Math.max(2, subject.length / 2) && named.every((e) => occasions.has(e.type) && e.type === "visit");
}

/**
 * A rank takes a side when some sides' ranks entail it and others' do not:
 * "the third" (one side) or "among the first three" does; "one of the
 * first", which every side entails, does not.
 */
function takesRankSide(said: TextAnalysis, analyses: readonly TextAnalysis[]): boolean {
  const sides = analyses.map((a) => a.ranks).filter((r) => r.length > 0);
  return said.ranks.some((rank) => {
    const entailing = sides.filter((side) => side.some((stated) => rankEntails(stated, rank))).length;
    return entailing > 0 && entailing < sides.length;
  });
}

/** Words that say "at the present time" in so many words. */
const PRESENT_TIME = "now|today|currently|presently|at present|these days|as of today";
/** Words that pin a sentence to the present, "still" among them. */
const NOW = new RegExp(`\\b(?:${PRESENT_TIME}|still)\\b`);
const NOW_ONLY = new RegExp(`\\b(?:${PRESENT_TIME})\\b`);

/**
 * Does the sentence pin what it says to the present, in so many words
 * ("currently", "now")? "Still" says a state went on, which an older source
 * may say too ("is still held by Armenian forces"), so it does not.
 */
export function pinnedToNow(said: TextAnalysis): boolean {
  return NOW_ONLY.test(said.normalized);
}

/** Does the sentence speak of the present, or say a state went on ("still"): what the latest source speaks for? */
export function saysNowOrStill(said: TextAnalysis): boolean {
  return NOW.test(said.normalized);
}

export function touchesConflict(conflict: Conflict, said: TextAnalysis, supportingClaimId: string, index: SidesSource): boolean {
  const { analyses, distinctive } = readSides(conflict, index);
  if (!speaksOfEvent(conflict, said, analyses)) return false;
  if (conflict.kind === "superseded") {
    const last = conflict.sides[conflict.sides.length - 1]?.claim;
    // Each side was true as of its source's date. A sentence in the present
    // with no date takes the side of whichever holder it names against the
    // others ("Shehbaz Sharif is the Prime Minister of Pakistan": the 2025
    // interview says so, the 2015 article names Nawaz Sharif). It does not
    // when it is pinned: to a past date, to who said it (then it is that
    // source's), or, for the latest side, to the present in so many words
    // ("today", "now", "currently"), which the latest source speaks for.
    // A status reached by an event says what holds now in the perfect too ("Pakistan has offered the JF-17": offered, and not yet more); an office served does not ("has served as ambassador").
    const statusNow = conflict.contested?.attribute === "status" && said.dates.length === 0 && /\b(?:has|have)\b/.test(said.normalized);
    if (!(said.present || statusNow) || said.speaker !== undefined || said.voice !== undefined || said.attribution !== undefined) return false;
    if (supportingClaimId === last && NOW.test(said.normalized)) return false;
    // Who holds an office is in dispute only for a sentence that names a holder ("Azerbaijan has a defence industry minister" names none).
    if (conflict.contested?.attribute === "office-holder" && !said.entities.some((e) => index.matcher.entity(e)?.kind === "person")) return false;
  }
  const meaning = (): boolean => distinctive.size === 0 || said.terms.some((t) => distinctive.has(t));
  switch (conflict.dimension) {
    case "rank":
      return takesRankSide(said, analyses);
    case "date": {
      const sides = analyses.map((a) => a.dates.flatMap((d) => spanOfFactDate(d) ?? []));
      return takesSide(sides, said.dates.length > 0, (side) =>
        said.dates.some((d) => {
          const span = spanOfFactDate(d);
          return span !== undefined && side.some((s) => spansAgree(s, span));
        }),
        meaning,
        spansAgree,
      );
    }
    case "number": {
      // A count that grew is read with its numbered sessions as counts too.
      const counted = (a: TextAnalysis, anyOrdinal: boolean): FactNumber[] => (conflict.kind === "superseded" ? [...a.numbers, ...countedOrdinals(a, anyOrdinal).map((value) => ({ value, unit: "" }))] : a.numbers);
      const sides = analyses.map((a) => counted(a, true));
      const numbers = counted(said, false);
      // "Roughly a third of a billion dollars" repeats the printed $338.37 million as support would read it, hedge and all.
      return takesSide(sides, numbers.length > 0, (side) => numbers.some((n) => side.some((s) => closeNumbers(n.value, s.value) || (n.approx === true && numbersAgree(n, s)))), meaning, (a, b) => closeNumbers(a.value, b.value));
    }
    case "polarity":
    case "entity":
    case "status":
      // Found through a side's claim, a superseded value is that claim's; found directly, only by a side's value words.
      if (conflict.kind === "superseded" && (supportingClaimId !== "" || conflict.dimension !== "status")) return true;
      if (conflict.contested !== undefined) return assertsValue(conflict, said, analyses, index);
      return conflict.dimension === "polarity" || meaning();
  }
}

/** The terms every side uses, but the two countries: what the conflict is about ("scholarship", "@jf-17"). */
function subjectTerms(analyses: readonly TextAnalysis[]): string[] {
  return [...new Set(analyses[0]?.terms ?? [])].filter((t) => !HOME.has(t.slice(1)) && analyses.every((a) => a.terms.includes(t)));
}

/** Whether a sentence speaks of what a conflict is about, taking a side or not: shown as context then. */
export function speaksOfConflict(conflict: Conflict, said: TextAnalysis, index: SidesSource): boolean {
  const { analyses } = readSides(conflict, index);
  const subject = subjectTerms(analyses);
  const event = conflict.contested?.event;
  return subject.some((t) => said.terms.includes(t)) || (event !== undefined && (said.events ?? []).some((e) => eventsMeet(e.type, event)));
}

const valueReadings = new WeakMap<Conflict, Set<string>>();

/**
 * The words of some side's value that not every side's value has ("jointly",
 * "China"; "indigenous", "own design"). The two countries are parties to
 * every side, never a side's value ("Pakistan alone" is said by "alone"); nor
 * is an event ("regained", "liberated", "offered"): the sides differ on a
 * state, and the event is what they speak of.
 */
function valueTerms(conflict: Conflict, index: SidesSource): Set<string> {
  let distinctive = valueReadings.get(conflict);
  if (distinctive === undefined) {
    const all = conflict.sides.map((side) => new Set(analyzeText(side.value ?? "", index.matcher).terms));
    distinctive = new Set(all.flatMap((v) => [...v]).filter((t) => !all.every((v) => v.has(t)) && !HOME.has(t.slice(1)) && !(t.startsWith("~") && eventType(t.slice(1)) !== undefined)));
    valueReadings.set(conflict, distinctive);
  }
  return distinctive;
}

/**
 * Whether a sentence asserts a value of a status, origin or availability the
 * sides disagree on: it names what the conflict is about (a term every side
 * uses: "scholarship", the JF-17) and words of some side's value
 * that not every side's value has ("jointly with China", "indigenous").
 */
function assertsValue(conflict: Conflict, said: TextAnalysis, analyses: readonly TextAnalysis[], index: SidesSource): boolean {
  const common = subjectTerms(analyses);
  if (common.length > 0 && !common.some((t) => said.terms.includes(t))) return false;
  const values = valueTerms(conflict, index);
  // A third country no side names ("a Russian-designed fighter") gives a value no side holds.
  const named = new Set([...analyses.flatMap((a) => a.entities), ...[...values].filter((t) => t.startsWith("@")).map((t) => t.slice(1))]);
  if (said.entities.some((e) => index.matcher.entity(e)?.kind === "country" && !HOME.has(e) && !named.has(e))) return false;
  // "Beijing partnered with Islamabad": a capital named as a party stands for its state.
  const stateOf = (t: string): string | undefined => {
    const state = t.startsWith("@") ? stateOfCapital(t.slice(1), index.matcher) : undefined;
    return state !== undefined ? `@${state}` : undefined;
  };
  if (said.terms.some((t) => values.has(t) || values.has(stateOf(t) ?? ""))) return true;
  // "There are no scholarships": a denial takes the side whose value is one.
  return conflict.contested?.attribute === "polarity" && said.polarity === "negative";
}

/**
 * Does the sentence state a value (date, number, rank) in the very words of
 * one side of a date, number or rank conflict? Then a source contradicting it
 * is the other side of a recorded disagreement, not the last word.
 */
export function sidesWithConflict(conflict: Conflict, said: TextAnalysis, index: SidesSource): boolean {
  const { analyses } = readSides(conflict, index);
  switch (conflict.dimension) {
    case "date":
      return said.dates.some((d) => {
        const span = spanOfFactDate(d);
        return span !== undefined && analyses.some((a) => a.dates.some((s) => {
          const side = spanOfFactDate(s);
          return side !== undefined && spansAgree(side, span);
        }));
      });
    case "number":
      // A side's "8th meeting" counts eight held, as "has held five sessions" counts five.
      return said.numbers.some((n) => analyses.some((a) => a.numbers.some((s) => closeNumbers(n.value, s.value)) || countedOrdinals(a, true).includes(n.value)));
    case "rank":
      // "One of the first", which every side entails, sides with none of them.
      return takesRankSide(said, analyses);
    default: {
      // A figure no side gives ("an occupation that had lasted 20 years" where a side says 30) is contradicted, not a side taken.
      const figures = analyses.flatMap((a) => a.numbers);
      if (figures.length > 0 && said.numbers.some((n) => !figures.some((f) => closeNumbers(n.value, f.value) && (n.unit === f.unit || n.unit === "" || f.unit === "")))) return false;
      // A status or origin stated in the words of one side's value ("many scholarships").
      return conflict.kind !== "superseded" && conflict.contested !== undefined && assertsValue(conflict, said, analyses, index);
    }
  }
}

/** What a claim may say otherwise and still be evidence of the side a sentence takes: the contested value itself. */
const CONTESTED_KINDS: Readonly<Record<string, ReadonlySet<string>>> = {
  date: new Set(["date"]),
  number: new Set(["number", "rank"]),
  rank: new Set(["rank"]),
};
/** A status, origin or office holder: a claim that says it otherwise denies it. */
const CONTESTED_OTHERWISE: ReadonlySet<string> = new Set(["polarity"]);

/**
 * Whether a sentence takes a side in words no side uses: it speaks of what
 * the conflict is about (a term every side uses, or the contested event) and
 * asserts a value some side holds and another excludes ("the commission has
 * existed since 1995", "Pakistan sits in the top three"). A claim near the
 * conflict is still the evidence; this only finds the conflict without one
 * side's claim standing for the whole sentence. A superseded fact is left to
 * the supporting claim, which says which time the sentence speaks of.
 */
export function takesSideDirectly(conflict: Conflict, said: TextAnalysis, index: SearchIndex): boolean {
  // A count that grew ("has sat eight times", "has reached its sixth session") says which time it speaks of by
  // its value: the count of one side's date, in the present, with nothing to pin it and no "now" the latest source speaks for.
  const count = conflict.kind === "superseded" && conflict.dimension === "number" && !NOW.test(said.normalized);
  // So does a status that moved on ("Azerbaijan is eyeing the JF-17", "the JF-17 is on offer to Baku"), in a side's own value words.
  const status = conflict.kind === "superseded" && conflict.dimension === "status" && !NOW.test(said.normalized);
  if (conflict.kind === "superseded" && !count && !status) return false;
  return namesSubject(conflict, said, index) && touchesConflict(conflict, said, "", index);
}

const subjects = new WeakMap<Conflict, { names: string[]; rarest?: string }>();

/**
 * Whether a sentence names what a conflict is about, as the sides' claims
 * name it: every name other than the two countries that all of them give (the
 * Joint Ministerial Commission, the JF-17), and their rarest common word or
 * the contested event ("strategic", a recognition). A founding year of
 * another body, or cooperation in general, is not the commission's start or
 * the partnership's status. A conflict whose sides share nothing but the two
 * countries has no subject to find this way.
 */
function namesSubject(conflict: Conflict, said: TextAnalysis, index: SearchIndex): boolean {
  let subject = subjects.get(conflict);
  if (subject === undefined) {
    const lookup = lookupCorpus(index.corpus);
    const terms = conflict.sides.map((side) => new Set(index.claims[lookup.position(side.claim) ?? -1]?.statement.terms ?? []));
    const common = [...(terms[0] ?? [])].filter((t) => terms.every((set) => set.has(t)) && !HOME.has(t.slice(1)));
    const names = common.filter((t) => t.startsWith("@"));
    const plain = common.filter((t) => !t.startsWith("@")).sort((a, b) => index.idf(b) - index.idf(a));
    subject = { names, ...(plain[0] !== undefined ? { rarest: plain[0] } : {}) };
    subjects.set(conflict, subject);
  }
  const { names, rarest } = subject;
  if (names.length === 0 && rarest === undefined) return false;
  const event = conflict.contested?.event;
  // Where the sides share a name (the JF-17), words of a side's value ("a purely Pakistani design") say what is meant as well as their common word.
  const valued = names.length > 0 && said.terms.some((t) => valueTerms(conflict, index).has(t));
  const spoken = rarest === undefined || valued || said.terms.includes(rarest) || (event !== undefined && (said.events ?? []).some((e) => eventsMeet(e.type, event)));
  return spoken && names.every((t) => said.terms.includes(t));
}

/** The comparison kinds a claim may differ on and still be evidence for a side taken on this conflict. */
export function contestedKinds(conflict: Conflict): ReadonlySet<string> {
  return CONTESTED_KINDS[conflict.dimension] ?? CONTESTED_OTHERWISE;
}

/**
 * Whether a sentence on a conflict's contested fact gives it a value no side
 * holds ("the second country to recognise", "created in 1992"): that is
 * contradicted, with the conflict shown. Only dates and ranks: a value there
 * excludes another by itself.
 */
export function holdsNoSide(conflict: Conflict, said: TextAnalysis, index: SearchIndex): boolean {
  if (conflict.kind === "superseded" || !namesSubject(conflict, said, index)) return false;
  const { analyses } = readSides(conflict, index);
  // Another value excludes the sides only for the very event they date or rank: "the December 2011 session" is not the commission's start.
  const event = conflict.contested?.event;
  if (!speaksOfEvent(conflict, said, analyses) || (event !== undefined && !(said.events ?? []).some((e) => eventsMeet(e.type, event)))) return false;
  switch (conflict.dimension) {
    case "rank": {
      const sides = analyses.flatMap((a) => a.ranks);
      const asserted = said.ranks.filter((r) => r.kind === "ordinal" || r.kind === "among-n");
      return asserted.length > 0 && asserted.every((rank) => !sides.some((stated) => rankEntails(stated, rank)) && sides.some((stated) => stated.kind === "ordinal" && rank.kind === "ordinal"));
    }
    case "date": {
      const sides = analyses.flatMap((a) => a.dates.flatMap((d) => spanOfFactDate(d) ?? []));
      const spans = said.dates.flatMap((d) => spanOfFactDate(d) ?? []);
      return sides.length > 0 && spans.length > 0 && spans.every((span) => !sides.some((s) => spansAgree(s, span)));
    }
    default:
      return false;
  }
}
