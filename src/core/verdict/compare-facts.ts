// Compares what a sentence asserts with what one corpus claim states, fact by
// fact. Each comparison says whether the two agree, differ, or whether the
// claim does not speak to that fact at all ("uncovered"), so the verdict can
// tell "the sources say otherwise" from "the sources do not say".

import { claimTexts } from "../corpus/claim-texts.js";
import { formatFactDate, MONTH_NAMES, spanOfFactDate, spansAgree } from "../facts/date-value.js";
import { formatNumber, formatRank } from "../facts/describe-facts.js";
import { modalParts, readWords, termsOf, type ClauseReading, type TextAnalysis } from "../facts/analyze-text.js";
import { extractPolarity } from "../facts/extract-polarity.js";
import type { Posting } from "../facts/extract-roles.js";
import { extractNumbers, unitOf } from "../facts/extract-numbers.js";
import { isSeriesNoun, type RankMention } from "../facts/extract-ranks.js";
import type { IndexedClaim } from "../search/build-index.js";
import { afterPossessor } from "../search/find-unknown-names.js";
import { stateOfCapital, type EntityMatcher } from "../text/entity-matcher.js";
import { escapeRegExp } from "../text/escape-regexp.js";
import { normalizeText } from "../text/normalize.js";
import { canonicalWord, isStopWord } from "../text/tokenize.js";
import { splitClauses } from "./split-clauses.js";
import type { FactDate, FactNumber, FactRank } from "../types.js";

export type FactKind = "date" | "number" | "rank" | "polarity" | "actor" | "place" | "person" | "country" | "organisation" | "posting" | "event" | "roles" | "recipient" | "title" | "speaker" | "modality" | "detail" | "order";
export type Outcome = "agree" | "differ" | "uncovered";

export interface FactComparison {
  kind: FactKind;
  outcome: Outcome;
  /** What the sentence says, in words. */
  said: string;
  /** What the corpus claim says, in words (empty when uncovered). */
  corpus: string;
  /** Uncovered, yet the claim has a value of this kind that does not match (a state observed at another date). */
  mismatch?: boolean;
  /** For a date: the sentence says by when ("by late 2016"), not when the thing happened. */
  asOf?: true;
  /** For a differing person, place or other entity: the ones the sentence named in its stead. */
  entities?: string[];
  /** For a differing event: the sentence's terms for it ("~close"), spoken to by the claim, if differently. */
  terms?: string[];
}

/** The two countries every claim is about say nothing about which claim it is. */
export const HOME: ReadonlySet<string> = new Set(["pakistan", "azerbaijan"]);
const STATE_ROLES = /\b(in office|as of|stated|said|reported|data|measured|since)\b/;
const RANK_HEADS = new Set(["country", "countries", "state", "states", "nation", "nations", "one", "foreign", "muslim", "to"]);

/** Decades are counted in years, so "four decades" meets "40 years". */
function inYears(n: FactNumber): FactNumber {
  return unitOf(n.unit) === "decade" || n.unit === "decades"
    ? { ...n, unit: "years", value: n.value * 10, ...(n.to !== undefined ? { to: n.to * 10 } : {}) }
    : n;
}

/** Does a figure the sentence gives agree with one a claim states, hedges as said ("roughly", "over") taken into account? */
export function numbersAgree(saidNumber: FactNumber, statedNumber: FactNumber): boolean {
  const said = inYears(saidNumber);
  const stated = inYears(statedNumber);
  const low = stated.value;
  const high = stated.to ?? stated.value;
  // Ranges ("11 to 12" against "11-12") agree when they overlap.
  if ((said.to ?? said.value) >= low * 0.99 && said.value <= high * 1.01) return true;
  // "over eighty thousand", "more than 30": the true figure is somewhat above.
  if (stated.approx && said.value >= low * 0.9 && said.value <= high * 1.35) return true;
  if (said.approx && said.value <= high * 1.01 && said.value >= low * 0.75) return true;
  return false;
}

function unitsCompatible(said: FactNumber, stated: FactNumber): boolean {
  if (said.unit === "") return stated.unit !== "percent";
  const unit = unitOf(inYears(said).unit);
  if (unit === unitOf(inYears(stated).unit)) return true;
  // "19 large power plants" counts what the curator's "plants" (of "mega power plants") counts: the sentence's first noun is a word of the thing counted.
  // A span of time ("2 days" of a visit) counts days, whatever it is of: "five visits" is not a duration.
  if (/^(?:day|week|month|year|hour|decade)s?$/.test(unitOf(stated.unit))) return false;
  return stated.of !== undefined && stated.of.toLowerCase().split(/[^a-z]+/).some((w) => w !== "" && unitOf(w) === unit && !NOT_COUNTED.has(w));
}

/** Words of a curator's "of" that say where or whose a thing is ("mega power plants in Azerbaijan"), never what is counted. */
const NOT_COUNTED: ReadonlySet<string> = new Set(["pakistan", "azerbaijan", "in", "of"]);

/** Does the corpus's rank entail the sentence's? "the third" entails "among the first three"; "one of the first" does not entail "the first". */
export function rankEntails(stated: FactRank, said: FactRank): boolean {
  switch (said.kind) {
    case "ordinal":
      return stated.kind === "ordinal" && stated.position === said.position;
    case "among-first":
      return stated.kind === "among-first" || stated.kind === "among-n" || (stated.kind === "ordinal" && (stated.position ?? 99) <= 5);
    case "among-n":
      return (
        (stated.kind === "ordinal" && (stated.position ?? 99) <= (said.position ?? 0)) ||
        (stated.kind === "among-n" && (stated.position ?? 99) <= (said.position ?? 0))
      );
    case "only":
      return stated.kind === "only";
    case "one-of-few":
      return stated.kind === "one-of-few" || stated.kind === "only";
    case "one-of-many":
      // "One of several countries" fits any rank but "the only one".
      return stated.kind !== "only";
    case "among-last":
      // "Among the last to recognise": no rank the sources give is late, and an early one excludes it.
      return stated.kind === "among-last";
  }
}

/** Events a mission, an envoy or a government is the subject of: there a capital stands for its state. */
const CAPITAL_EVENTS = new Set(["open", "close", "hold-office", "leave-office"]);

/** Whether `place` is the capital of `country` and stands for it in this sentence (see CAPITAL_EVENTS). */
export function capitalFor(place: string, country: string, said: TextAnalysis, matcher: EntityMatcher): boolean {
  const entity = matcher.entity(place);
  const meant = (said.events ?? []).some((e) => CAPITAL_EVENTS.has(e.type)) || (said.postings?.length ?? 0) > 0;
  return entity?.capital === true && entity.within === country && meant;
}

export function related(a: string, b: string, matcher: EntityMatcher): boolean {
  return a === b || matcher.ancestors(a).includes(b) || matcher.ancestors(b).includes(a);
}

/** Organisations, events and things stand for one another: IDEAS in place of the JMC is a substitution. */
const KIND_GROUP: Record<string, string> = { organisation: "organisation", event: "organisation", thing: "organisation" };

function entitiesOfKind(ids: Iterable<string>, kind: string, matcher: EntityMatcher): string[] {
  return [...new Set(ids)].filter((id) => {
    const own = matcher.entity(id)?.kind ?? "";
    return (KIND_GROUP[own] ?? own) === kind && !HOME.has(id);
  });
}

export function entityName(id: string, matcher: EntityMatcher): string {
  return matcher.entity(id)?.name ?? id;
}

/**
 * The clause of a compound sentence a claim speaks to (the one sharing most
 * of its terms): "Pakistan supports A, and it opposes B" denies B only, and
 * "..., and they want trade to reach $2 billion" states a plan in that clause only.
 */
export function clauseFor(said: TextAnalysis, entry: IndexedClaim): Omit<ClauseReading, "terms"> {
  return bestClause(said, entry) ?? { polarity: said.polarity, modal: said.modal };
}

/**
 * Whether a claim says a plan or a hope in the clause of its statement the
 * sentence speaks to: "Aliyev said Azerbaijan was looking into diversifying
 * its economy and that cooperation would be further cemented" plans the
 * cementing, not the looking into.
 */
export function claimModalFor(said: TextAnalysis, entry: IndexedClaim, matcher: EntityMatcher): boolean {
  if (!entry.statement.modal) return false;
  const parts = modalPartsOf(entry, matcher);
  if (parts.length < 2) return true;
  // The part the sentence's terms (its clause's, in a compound sentence) fall in most.
  const words = new Set(bestClause(said, entry)?.terms ?? said.terms);
  let best: { modal: boolean } | undefined;
  let most = 0;
  // On a tie, the part that plans: a sentence the parts explain equally is not shown to be about the one done.
  for (const part of parts) {
    const shared = part.words.filter((w) => words.has(w)).length;
    if (shared > most || (shared === most && shared > 0 && part.modal)) [best, most] = [part, shared];
  }
  return best?.modal ?? true;
}

/** Each coordinate part of a claim's statement, its words and whether it is modal: read once per claim. */
const modalPartsMemo = new WeakMap<IndexedClaim, Array<{ words: string[]; modal: boolean }>>();
function modalPartsOf(entry: IndexedClaim, matcher: EntityMatcher): Array<{ words: string[]; modal: boolean }> {
  let parts = modalPartsMemo.get(entry);
  if (parts === undefined) {
    parts = modalParts(entry.claim.statement).map((p) => {
      const read = readWords(p.text, matcher);
      return { words: termsOf(read.words, read.mentions), modal: p.modal };
    });
    modalPartsMemo.set(entry, parts);
  }
  return parts;
}

/** The terms of the clause a claim speaks to, or undefined for a simple sentence. */
export function clauseTermsFor(said: TextAnalysis, entry: IndexedClaim): ReadonlySet<string> | undefined {
  const clause = bestClause(said, entry);
  return clause === undefined ? undefined : new Set(clause.terms);
}

function bestClause(said: TextAnalysis, entry: IndexedClaim): ClauseReading | undefined {
  return heaviestClause(said.clauses ?? [], entry, () => true);
}

/** The clause whose terms (those `counts` lets through) weigh most in the claim; none when none weighs anything. */
function heaviestClause(clauses: readonly ClauseReading[], entry: IndexedClaim, counts: (term: string) => boolean): ClauseReading | undefined {
  let best: ClauseReading | undefined;
  let bestWeight = 0;
  for (const clause of clauses) {
    let weight = 0;
    for (const term of new Set(clause.terms)) if (counts(term)) weight += entry.terms.get(term) ?? 0;
    if (weight > bestWeight) {
      best = clause;
      bestWeight = weight;
    }
  }
  return best;
}

/** Sums of money a claim's quotes print ("grew to $2.1 billion"), read once per claim. Not shares: one quote gives 13.2% of growth and 3.2% of GDP. */
const quotedAmountsOf = new WeakMap<IndexedClaim, FactNumber[]>();
/** A quote's amount the curator left out of the facts is spoken to by the claim all the same. */
function quotedAmounts(entry: IndexedClaim): FactNumber[] {
  let amounts = quotedAmountsOf.get(entry);
  if (amounts === undefined) {
    const quoted = entry.claim.citations.flatMap((c) => extractNumbers(normalizeText(c.quote)).map((m) => m.number));
    quotedAmountsOf.set(entry, (amounts = quoted.filter((n) => n.unit === "usd" && !(entry.facts.numbers ?? []).some((f) => f.value === n.value && f.unit === n.unit))));
  }
  return amounts;
}

/** A claim statement's clauses: coordinate ones, and those it asserts beside its main one ("…, arguing that …"). */
const statementClauses = new WeakMap<IndexedClaim, ClauseReading[]>();
function clausesOfClaim(entry: IndexedClaim, matcher: EntityMatcher): ClauseReading[] {
  let clauses = statementClauses.get(entry);
  if (clauses === undefined) {
    const { main, sides } = splitClauses(entry.claim.statement);
    const parts = sides.length === 0 ? [] : [main, ...sides.map((side) => side.text)].map((text) => {
      const read = readWords(text, matcher);
      return { terms: termsOf(read.words, read.mentions), polarity: extractPolarity(read.normalized), modal: false };
    });
    statementClauses.set(entry, (clauses = [...(entry.statement.clauses ?? []), ...parts]));
  }
  return clauses;
}

/** The clause of a compound claim statement that the sentence's words (or its clause's) fall in most. */
function claimClauseFor(said: TextAnalysis, entry: IndexedClaim, matcher: EntityMatcher): ClauseReading | undefined {
  const clauses = clausesOfClaim(entry, matcher);
  if (clauses.length === 0) return undefined;
  const terms = new Set(bestClause(said, entry)?.terms ?? said.terms);
  return heaviestClause(clauses, entry, (t) => terms.has(t));
}

export function compareFacts(said: TextAnalysis, entry: IndexedClaim, matcher: EntityMatcher, unknownNames: readonly string[] = []): FactComparison[] {
  const facts = entry.facts;
  const out: FactComparison[] = [];
  const statedDates = (facts.dates ?? relativeDatesOf(entry) ?? []).flatMap((d) => {
    const span = spanOfFactDate(d);
    return span ? [{ date: d, span }] : [];
  });
  // In a compound sentence ("opened in March 1993 ..., and in August 1997,
  // Azerbaijan opened ..."), a claim that matches one of its dates is about
  // that clause: the other dates are another claim's business, not a conflict.
  // "The 7th session was held in 2019": a numbered instance of something that
  // recurs; a claim about another (or an unnumbered) instance does not contradict it.
  const instance = said.ranks.find((r) => r.kind === "ordinal" && !RANK_HEADS.has(r.head ?? ""));
  const otherInstance = instance !== undefined && !entry.statement.ranks.some((r) => r.kind === "ordinal" && sameHead(r.head, instance.head) && r.position === instance.position);
  const dateResults = said.dates.flatMap((date): FactComparison[] => {
    const span = spanOfFactDate(date);
    if (!span) return [];
    const text = formatFactDate(date);
    if (statedDates.length === 0) {
      // A claim with no date of its own held as of its sources' dates.
      // Only a date at least as coarse as the source's: an article of 2015
      // confirms "in 2015", not "in March 2015".
      const asOf = entry.sourceDates.some((d) => {
        const source = spanOfFactDate(d);
        return source !== undefined && span.from <= source.from && source.to <= span.to;
      });
      return [asOf ? { kind: "date", outcome: "agree", said: text, corpus: `as of ${entry.sourceDates.map(formatFactDate).join(", ")}` } : { kind: "date", outcome: "uncovered", said: text, corpus: "" }];
    }
    // The same date or a coarser one ("in 1993" for "12 March 1993") agrees; a finer one ("in November 1991"
    // where the claim says only 1991) is more specific than the sources: not spoken to, and not excluded either.
    const agree = statedDates.some((s) => span.from <= s.span.from && s.span.to <= span.to);
    // "The two-day visit began on 12 July" where the claim says it concluded then: the same day at the other end.
    const ends = agree && oneDay(span) ? statedDates.map((s) => endsOtherwise(s.date.role, said.normalized, text)) : [];
    if (ends.length > 0 && ends.every((e) => e !== undefined)) return [{ kind: "date", outcome: "differ", said: `${text} as the ${ends[0]}`, corpus: statedDates.map((s) => `${s.date.role ?? ""} ${formatFactDate(s.date)}`.trim()).join(", ") }];
    const finer = !agree && statedDates.some((s) => spansAgree(s.span, span));
    // "Since 2000": a later dated event is part of what goes on since then.
    const since = said.openDates.includes(date) && statedDates.some((s) => s.span.from > span.to);
    // A date a state was observed at ("in office", "as of") does not rule out others.
    const onlyStates = statedDates.every((s) => STATE_ROLES.test(s.date.role ?? ""));
    // "By late 2016 ... completed 24 years": the date says when, not what began.
    const observed = said.asOfDates.includes(date);
    const outcome: Outcome = agree ? "agree" : finer || onlyStates || since || otherInstance || observed ? "uncovered" : "differ";
    return [{ kind: "date", outcome, said: text, corpus: statedDates.map((s) => formatFactDate(s.date)).join(", "), ...(outcome === "uncovered" ? { mismatch: true } : {}), ...(observed ? { asOf: true as const } : {}) }];
  });
  out.push(...relaxCompound(dateResults));
  // "In March", with no year: the month alone, against the claim's own month.
  if (said.dates.length === 0) {
    const monthly = statedDates.filter((s) => /^\d{4}-\d{2}/.test(s.date.value) && !STATE_ROLES.test(s.date.role ?? ""));
    // A claim may give the month only in its source's words ("when the Prime Minister visits in February").
    const named = monthly.length > 0 ? monthly.map((s) => Number(s.date.value.slice(5, 7))) : monthsNamedBy(entry);
    const corpus = monthly.length > 0 ? monthly.map((s) => formatFactDate(s.date)).join(", ") : named.map((n) => MONTH_NAMES[n - 1] ?? "").join(", ");
    for (const month of bareMonths(said.normalized)) {
      out.push(named.length === 0 ? { kind: "date", outcome: "uncovered", said: month.name, corpus: "" } : { kind: "date", outcome: named.includes(month.number) ? "agree" : "differ", said: month.name, corpus });
    }
    // "In September last year": another month than the claim's is another date whichever year is meant; the same month
    // agrees where the claim counts the year the same way ("December last year") or gives none, since whose "last
    // year" it is depends on when it was written.
    for (const month of relativeMonths(said.normalized)) {
      const same = named.includes(month.number);
      const counted = monthly.length === 0 || new RegExp(`\\b${month.name.toLowerCase()} ${month.year} year\\b`).test(claimTexts(entry.claim).join(" ").toLowerCase());
      const text = `${month.name} ${month.year} year`;
      out.push(named.length === 0 ? { kind: "date", outcome: "uncovered", said: text, corpus: "" } : { kind: "date", outcome: !same ? "differ" : counted ? "agree" : "uncovered", said: text, corpus });
    }
  }
  // "A two-day meeting" where the claim dates it "26 and 27 April 2016": the days a dated range spans are a figure it states.
  const spannedDays = statedDates.flatMap((s) => (s.date.to !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(s.date.value) ? [{ value: s.span.to - s.span.from + 1, unit: "day" }] : []));
  const numberResults = said.numbers.map((number): FactComparison => {
    // A figure the claim's statement gives ("a two-day visit") is spoken to, if not curated as a fact.
    const stated = [...(facts.numbers ?? []), ...entry.statement.numbers.filter((n) => n.unit !== "" && !(facts.numbers ?? []).some((f) => f.value === n.value)), ...quotedAmounts(entry), ...spannedDays];
    const comparable = stated.filter((n) => unitsCompatible(number, n));
    const text = formatNumber(number).trim();
    if (comparable.length === 0) return { kind: "number", outcome: "uncovered", said: text, corpus: "" };
    const agree = comparable.some((n) => numbersAgree(number, n));
    // A bare number ("822", "15") is too ambiguous to contradict anything.
    const outcome: Outcome = agree ? "agree" : number.unit === "" ? "uncovered" : "differ";
    return { kind: "number", outcome, said: text, corpus: comparable.map(formatNumber).join(", ") };
  });
  out.push(...relaxCompound(numberResults));
  for (const rank of said.ranks) out.push(...compareRank(rank, entry));
  const polarity = clauseFor(said, entry).polarity;
  // A compound claim states each clause's own polarity ("… are not
  // reciprocated, and the Armenian government ignores advice"): where the
  // sentence's differs from the claim's as curated, the clause the sentence's
  // words fall in decides, as read. (Read only then: the claim's clauses cost
  // a reading of their own, for each of some forty candidates.)
  const curated = facts.polarity ?? "positive";
  const statedPolarity = polarity === curated ? curated : (claimClauseFor(said, entry, matcher)?.polarity ?? curated);
  out.push({
    kind: "polarity",
    outcome: polarity === statedPolarity ? "agree" : "differ",
    said: polarity === "negative" ? "it did not happen / is not so" : "it happened / is so",
    corpus: statedPolarity === "negative" ? "it did not happen / is not so" : "it happened / is so",
  });
  out.push(...compareEntities(said, entry, matcher));
  out.push(...comparePostings(said, entry, matcher));
  // A name the corpus does not know where the claim names someone the sentence does not: a substitution.
  // Not the gathering something happened beside ("on the sidelines of an SCO summit"): that is where, not who.
  const substitutes = unknownNames.filter((n) => !new RegExp(`\\bsidelines of (?:an? |the )?${escapeRegExp(normalizeText(n))}\\b`).test(said.normalized));
  if (substitutes.length > 0 && !out.some((f) => (f.kind === "person" || f.kind === "organisation") && f.outcome !== "uncovered")) {
    const claimEntities = entitiesOfClaim(entry);
    for (const kind of ["person", "organisation"] as const) {
      const unnamed = entitiesOfKind(claimEntities, kind, matcher).filter((id) => !said.entities.some((e) => related(e, id, matcher)));
      if (unnamed.length > 0) {
        // "Pakistan's Foreign Ministry" for the Ministry of Foreign Affairs: a name in the words of the claim's own is that name written
        // another way, perhaps, and not spoken to; "Habib Bank" for the National Bank has a word of its own, and is someone else.
        const variant = substitutes.some((n) => unnamed.some((id) => writtenWithin(n, id, matcher)));
        out.push({ kind, outcome: variant ? "uncovered" : "differ", said: substitutes.join(", "), corpus: variant ? "" : unnamed.map((id) => entityName(id, matcher)).join(", "), ...(variant ? {} : { terms: substitutes.flatMap(nameTerms) }) });
        break;
      }
    }
  }
  // "Opened its embassy in Tashkent": a place the corpus does not know, where the claim records another.
  const place = placeOf(said, entry, matcher);
  // The thing that gives the claim its place (COP29, in Baku) does not also name the place.
  const locator = (id: string): boolean => place !== undefined && matcher.entity(id)?.within === place && id !== place;
  if (place !== undefined && !out.some((f) => f.kind === "place") && ![...said.places, ...said.entities.filter((e) => !locator(e))].some((e) => related(e, place, matcher))) {
    const located = unknownNames.filter((n) => isLocated(n, said.normalized));
    // The unknown name's words are what the claim's place replaces (Judged.substituted), as a known name's id is.
    if (located.length > 0) out.push({ kind: "place", outcome: "differ", said: located.join(", "), corpus: entityName(place, matcher), terms: located.flatMap(nameTerms) });
  }
  return out;
}

/** The terms a name the corpus does not know was read as: its words, as the index stems them. */
function nameTerms(name: string): string[] {
  return normalizeText(name).split(/[^\p{L}\p{N}]+/u).filter((w) => w !== "" && !isStopWord(w)).map(canonicalWord);
}

/** Whether every word of a name (after any possessor: "Pakistan's") is a word of the entity's name or aliases. */
function writtenWithin(name: string, id: string, matcher: EntityMatcher): boolean {
  const entity = matcher.entity(id);
  if (entity === undefined) return false;
  const own = new Set([entity.name, ...(entity.aliases ?? [])].flatMap((n) => normalizeText(n).split(/[^\p{L}\p{N}]+/u)));
  const words = normalizeText(afterPossessor(name)).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3);
  return words.length > 0 && words.every((w) => own.has(w));
}

/** Whether a name follows "in" or "at" in the (normalised) sentence: where something happened. */
function isLocated(unknownName: string, normalized: string): boolean {
  const words = normalizeText(unknownName).split(/[^\p{L}\p{N}]+/u).filter((w) => w !== "");
  if (words.length === 0) return false;
  const escaped = words.map(escapeRegExp).join("[^\\p{L}\\p{N}]+");
  return new RegExp(`(?:^|[^\\p{L}])(?:in|at)\\s+${escaped}(?![\\p{L}\\p{N}])`, "u").test(normalized);
}

/** Months named with no year or day ("took part in March"): the date parser reads only dates with a year. */
function bareMonths(normalized: string): { name: string; number: number }[] {
  return [...normalized.matchAll(BARE_MONTH)].map((m) => namedMonth(m[1] ?? m[2] ?? m[3] ?? ""));
}

/** The months a claim's statement and quotes name, with or without a year. */
function monthsNamedBy(entry: IndexedClaim): number[] {
  const text = claimTexts(entry.claim).join(" ").toLowerCase();
  return [...new Set([...text.matchAll(ANY_MONTH)].map((m) => MONTHS.indexOf(m[1] ?? "") + 1))];
}

const MONTHS = MONTH_NAMES.map((m) => m.toLowerCase());
/** "last year", "in December last year", "seven years ago". */
const RELATIVE_YEAR = new RegExp(`\\b(?:(?:in )?(${MONTHS.join("|")}) )?(?:(last) year|(a|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2}) years? ago)\\b`);
// "may" is left out of months named without a year: the verb is far commoner than the month.
const NAMED_MONTHS = MONTHS.filter((m) => m !== "may").join("|");
const ANY_MONTH = new RegExp(`\\b(${NAMED_MONTHS})\\b`, "g");
// "Last May", "in May of": "may" is a month only where nothing but a month can follow "last" or "in" ("in May last year").
const BARE_MONTH = new RegExp(`\\b(?:(?:in|during|since|by|until|from|last|this|next|early|late|mid)[- ](${NAMED_MONTHS})|(?:last|this|next|early|late|mid)[- ](may)|in (may)(?= (?:of|last|this|next)\\b))\\b(?![ ,-]*(?:\\d|last|this|next))`, "g");
/** The words that date a start or an end: a sentence's verb before its date, or a claim's date role ("concluded"). */
const START_WORDS = /\b(?:began|begun|begins|begin|started|starts|start|commenced|opened|kicked off|arrived|got under way)\b/;
const END_WORDS = ["concluded", "ended", "closed", "wrapped up", "finished"];
const END_VERBS = new RegExp(`\\b(?:${END_WORDS.join("|")})\\b`);
/** A claim's date role that ends something; "completed" says so of a role, as a sentence's verb it is as likely a count ("completed 24 years"). */
const END_ROLES: ReadonlySet<string> = new Set([...END_WORDS, "completed"]);

function oneDay(span: { from: number; to: number }): boolean {
  return span.to - span.from === 0;
}

/**
 * Whether a sentence dates the start of something on the day a claim gives
 * as its end, or the end on the day it gives as its start: the claim's date
 * role ("concluded") against the verb before the sentence's date. Returns
 * which end the sentence put there, or undefined.
 */
function endsOtherwise(role: string | undefined, normalized: string, dateText: string): "start" | "end" | undefined {
  const at = normalized.indexOf(dateText.toLowerCase());
  if (at < 0) return undefined;
  const verb = normalized.slice(Math.max(0, at - 40), at).split(/[,;]/).pop() ?? "";
  if (END_ROLES.has(role ?? "") && START_WORDS.test(verb)) return "start";
  if (START_WORDS.test(` ${role ?? ""} `) && END_VERBS.test(verb)) return "end";
  return undefined;
}

/** "In September last year", "by March next year": a month with a year counted from when it was written. */
const RELATIVE_MONTH = new RegExp(`\\b(?:in|during|since|by|until|from|early|late|mid)[- ](${NAMED_MONTHS})(?: of)? (last|this|next) year\\b`, "g");

function relativeMonths(normalized: string): { name: string; number: number; year: string }[] {
  return [...normalized.matchAll(RELATIVE_MONTH)].map((m) => ({ ...namedMonth(m[1] ?? ""), year: m[2] ?? "" }));
}

/** A month as the sentence names it ("september"): its name as printed and its number. */
function namedMonth(name: string): { name: string; number: number } {
  return { name: name.charAt(0).toUpperCase() + name.slice(1), number: MONTHS.indexOf(name) + 1 };
}

const YEARS_BACK: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

const relativeMemo = new WeakMap<IndexedClaim, FactDate[] | undefined>();

/** relativeDates, read once per claim: a check compares a sentence with forty candidates. */
function relativeDatesOf(entry: IndexedClaim): FactDate[] | undefined {
  if (!relativeMemo.has(entry)) relativeMemo.set(entry, relativeDates(entry));
  return relativeMemo.get(entry);
}

/**
 * A claim that dates itself from when it was said ("visited Azerbaijan last
 * year", "arrested seven years ago", "held in December last year") and
 * records no date: the year, and the month if it names one, counted back
 * from its sources' dates.
 */
function relativeDates(entry: IndexedClaim): FactDate[] | undefined {
  // The statement first; else the words the source itself used ("held in December last year").
  const texts = [entry.statement.normalized, ...entry.claim.citations.map((c) => c.quote.toLowerCase())];
  const match = texts.map((t) => RELATIVE_YEAR.exec(t)).find((m) => m !== null);
  if (match === undefined || match === null) return undefined;
  const back = match[2] !== undefined ? 1 : (YEARS_BACK[match[3] ?? ""] ?? Number(match[3]));
  const month = match[1] !== undefined ? MONTHS.indexOf(match[1]) + 1 : 0;
  const years = entry.sourceDates.flatMap((d) => {
    const year = Number(d.value.slice(0, 4));
    const value = month > 0 ? `${year - back}-${String(month).padStart(2, "0")}` : String(year - back);
    return Number.isInteger(year) && /^\d{4}/.test(d.value) ? [{ value, role: "counted back from the source's date" }] : [];
  });
  return years.length > 0 ? years : undefined;
}

/** With several values of one kind, those a claim does not match are left to other claims when it matches one. */
function relaxCompound(results: FactComparison[]): FactComparison[] {
  if (results.length < 2 || !results.some((r) => r.outcome === "agree")) return results;
  return results.map((r) => (r.outcome === "differ" ? { ...r, outcome: "uncovered" as Outcome } : r));
}

/** "first visited" and "first-ever visit" rank the same thing; so do "the sixth session" and "the 6th meeting". */
function sameHead(a: string | undefined, b: string | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && (canonicalWord(a) === canonicalWord(b) || (isSeriesNoun(a) && isSeriesNoun(b))));
}

/**
 * The claim's rank a sentence's ordinal ranks the same thing as: one of the
 * same noun ("the sixth session", "the 6th meeting"), or of its series; for
 * an ordinal with no noun ("was the commission's seventh") or of a sitting
 * ("their second round"), the claim's one ordinal; where the claim ranks
 * several things, a sitting is compared with the one in its place, else with
 * the claim's curated rank.
 */
function sameRanked(rank: RankMention["rank"], ordinals: readonly RankMention["rank"][], entry: IndexedClaim): FactRank | undefined {
  const byHead = ordinals.find((r) => sameHead(r.head, rank.head)) ?? ordinals.find((r) => rank.series !== undefined && sameHead(r.head, rank.series));
  if (byHead !== undefined) return byHead;
  const sitting = isSeriesNoun(rank.head);
  if ((rank.head === undefined || sitting) && ordinals.length === 1) return ordinals[0];
  if (!sitting) return undefined;
  return ordinals.find((r) => r.position === rank.position) ?? (entry.facts.rank?.kind === "ordinal" ? entry.facts.rank : undefined);
}

function compareRank(rank: RankMention["rank"], entry: IndexedClaim): FactComparison[] {
  const said = rank.text ?? formatRank(rank);
  const isCountryRank = rank.kind !== "ordinal" || RANK_HEADS.has(rank.head ?? "");
  const stated = entry.facts.rank;
  if (isCountryRank && stated) {
    return [{ kind: "rank", outcome: rankEntails(stated, rank) ? "agree" : "differ", said, corpus: stated.text ?? formatRank(stated) }];
  }
  // "One of several countries selling weapons to Armenia": stated where the claim speaks of several ("several countries, including India").
  if (rank.kind === "one-of-many") {
    const several = claimTexts(entry.claim).some((t) => /\b(?:several|many|a number of|numerous|various|including)\b/i.test(t));
    return [{ kind: "rank", outcome: several ? "agree" : "uncovered", said, corpus: several ? "several" : "" }];
  }
  if (rank.kind === "ordinal") {
    // "the 6th meeting": compare with the claim's own ordinal of the same thing.
    // "Was the commission's seventh" names no noun: it ranks what the claim ranks, when the claim ranks one thing.
    const ordinals = entry.statement.ranks.filter((r) => r.kind === "ordinal");
    // "The fifth round of Bilateral Political Consultations" ranks what the claim's "4th Bilateral Political Consultations" does.
    // "Their second round" against the claim's one ordinal, "the 4th Bilateral Political Consultations": a sitting of the same series.
    const same = sameRanked(rank, ordinals, entry);
    if (same) return [{ kind: "rank", outcome: same.position === rank.position ? "agree" : "differ", said, corpus: same.text ?? formatRank(same) }];
    // "Pakistan's first embassy": an ordinal of something no claim ranks is description, not an assertion to check.
    // Not of an office: "Azerbaijan's first president" says who came first, which a source must state. Nor of a visit or
    // an exercise, which the sources number ("his first-ever visit"): "his second visit" asserts what they do not say.
    if (!isCountryRank && !/^(?:president|prime|premier|minister|ambassador|envoy|chairman|chairperson|secretary|governor|head|leader|visit|visits|trip|tour|exercise|exercises|drill|drills)$/.test(rank.head ?? "")) return [];
  }
  return [{ kind: "rank", outcome: "uncovered", said, corpus: "" }];
}

export function describePosting(posting: Posting, matcher: EntityMatcher): string {
  const of = posting.of ? `${entityName(posting.of, matcher)}'s envoy` : "an envoy";
  return posting.to ? `${of} to ${entityName(posting.to, matcher)}` : of;
}

/**
 * "Farhadov is Pakistan's ambassador in Baku" against "Farhadov is
 * Azerbaijan's ambassador to Pakistan": the same person and office, posted
 * the other way round. Postings are paired by who holds them when both say.
 */
function comparePostings(said: TextAnalysis, entry: IndexedClaim, matcher: EntityMatcher): FactComparison[] {
  const stated = entry.statement.postings ?? [];
  const out: FactComparison[] = [];
  for (const claim of stated) {
    const mine = (said.postings ?? []).find((p) => p.holder !== undefined && p.holder === claim.holder) ?? (said.postings?.length === 1 && (said.postings[0]?.holder === undefined || claim.holder === undefined) ? said.postings[0] : undefined);
    if (mine === undefined) continue;
    const differs = (mine.of !== undefined && claim.of !== undefined && mine.of !== claim.of) || (mine.to !== undefined && claim.to !== undefined && mine.to !== claim.to);
    const agrees = (mine.of === undefined || mine.of === claim.of) && (mine.to === undefined || mine.to === claim.to);
    if (!differs && !agrees) continue;
    out.push({ kind: "posting", outcome: differs ? "differ" : "agree", said: describePosting(mine, matcher), corpus: describePosting(claim, matcher) });
  }
  return out;
}

/**
 * Where the claim puts what it is about: its curated place, else where an
 * event or a thing it and the sentence both name stands (COP29 is in Baku;
 * the Multani Caravanserai is in Baku), so "COP29 in Dubai" is placed elsewhere.
 */
function placeOf(said: TextAnalysis, entry: IndexedClaim, matcher: EntityMatcher): string | undefined {
  if (entry.facts.place !== undefined) return entry.facts.place;
  for (const id of entitiesOfClaim(entry)) {
    const entity = matcher.entity(id);
    if ((entity?.kind === "event" || entity?.kind === "thing") && entity.within !== undefined && said.entities.includes(id)) return entity.within;
  }
  return undefined;
}

/** Everyone and everything a claim names: its curated entities, actor and place, and the names in its statement. */
function entitiesOfClaim(entry: IndexedClaim): Set<string> {
  const { entities = [], actor, place } = entry.facts;
  return new Set([...entities, ...(actor ? [actor] : []), ...(place ? [place] : []), ...entry.statement.entities]);
}

function compareEntities(said: TextAnalysis, entry: IndexedClaim, matcher: EntityMatcher): FactComparison[] {
  const out: FactComparison[] = [];
  const facts = entry.facts;
  const claimEntities = entitiesOfClaim(entry);
  const mentionedBySentence = (id: string): boolean => [...said.entities, ...(said.sentenceEntities ?? [])].some((e) => related(e, id, matcher));

  // Who: only when the sentence does not name the claim's actor anywhere, so
  // that a reordered sentence ("Pakistan hosted Aliyev") is not misread.
  // Only like for like: a country for a country, a person for a person.
  const sameKind = (a: string, b: string): boolean => matcher.entity(a)?.kind === matcher.entity(b)?.kind;
  if (said.actor && facts.actor && sameKind(said.actor, facts.actor) && !mentionedBySentence(facts.actor) && !related(said.actor, facts.actor, matcher)) {
    out.push({ kind: "actor", outcome: "differ", said: entityName(said.actor, matcher), corpus: entityName(facts.actor, matcher), entities: [said.actor] });
  } else if (said.actor && facts.actor && related(said.actor, facts.actor, matcher)) {
    out.push({ kind: "actor", outcome: "agree", said: entityName(said.actor, matcher), corpus: entityName(facts.actor, matcher) });
  }
  // Where: "opened its embassy in Baku" against a claim about Islamabad; "visited Azerbaijan" against a visit to Pakistan.
  const where = placeOf(said, entry, matcher);
  if (where !== undefined && said.places.length > 0) {
    const place = where;
    // Every place the sentence names must fit ("at Lok Virsa in Lahore" does
    // not fit Islamabad), except in a compound sentence, where each clause has its own.
    const compound = said.dates.length + said.numbers.length > 1;
    // A place the claim names besides its main one ("in Pakistan, including Azad Kashmir") is one it states.
    const otherPlaces = [...claimEntities].filter((id) => id !== place && matcher.entity(id)?.kind === "place");
    const fits = (p: string): boolean => related(p, place, matcher) || otherPlaces.some((q) => related(p, q, matcher));
    const agree = compound ? said.places.some(fits) : said.places.every(fits);
    // "Opened its embassy in Karachi" where the sources say only "in Pakistan": it fits, but they do not state it.
    // A capital stands for its country where a mission, an envoy or a government is meant ("the embassy in Islamabad").
    const standsFor = (p: string): boolean => capitalFor(p, place, said, matcher);
    const narrower = agree && !said.places.some((p) => p === place || matcher.ancestors(place).includes(p) || standsFor(p) || otherPlaces.includes(p));
    out.push({
      kind: "place",
      outcome: narrower ? "uncovered" : agree ? "agree" : "differ",
      said: said.places.map((p) => entityName(p, matcher)).join(", "),
      corpus: entityName(place, matcher),
      ...(agree ? {} : { entities: said.places.filter((p) => !fits(p)) }),
    });
  }
  // Substitutions: the sentence names a person (or a third country, or a
  // place) where the claim names a different one, and neither names the other's.
  // A capital named as a party, not as where ("ready to negotiate with New Delhi"), is its state's government.
  // A capital that hosts is where ("Baku hosted the 6th meeting").
  const parties = said.entities.map((id) => {
    const state = stateOfCapital(id, matcher);
    const hosts = state !== undefined && (said.events ?? []).some((e) => e.type === "host" && e.agent === id);
    return state !== undefined && !said.places.includes(id) && !hosts ? state : id;
  });
  for (const kind of ["person", "country", "place", "organisation"] as const) {
    // Who is said to have said it ("according to Ambassador Qasim Mohiuddin") is compared as the speaker, not as a party to the event.
    const mine = entitiesOfKind(parties, kind, matcher).filter((id) => id !== said.speaker || said.attribution === undefined || claimEntities.has(id));
    const theirs = entitiesOfKind(claimEntities, kind, matcher);
    if (mine.length === 0 || theirs.length === 0) continue;
    // A substitution: each side names one the other does not (by any level:
    // Baku and Azerbaijan are the same place for this purpose).
    const extraMine = mine.filter((m) => !theirs.some((t) => related(m, t, matcher)));
    const extraTheirs = theirs.filter((t) => !mine.some((m) => related(m, t, matcher)));
    // Like for like: an event (COP29) does not stand in for a thing (LNG) the claim names.
    const likeForLike = extraMine.some((m) => extraTheirs.some((t) => matcher.entity(m)?.kind === matcher.entity(t)?.kind));
    const outcome: Outcome = likeForLike ? "differ" : extraMine.length < mine.length ? "agree" : "uncovered";
    if (outcome === "uncovered") continue;
    out.push({
      kind,
      outcome,
      said: (outcome === "differ" ? extraMine : mine).map((id) => entityName(id, matcher)).join(", "),
      ...(outcome === "differ" ? { entities: extraMine } : {}),
      corpus: (outcome === "differ" ? extraTheirs : theirs).map((id) => entityName(id, matcher)).join(", "),
    });
  }
  return out;
}
