// One pass over a sentence that yields everything the checker compares: the
// facts it asserts (dates, numbers, ranks, polarity, who and where) and the
// content terms that say what it is about. Claims in the corpus and sentences
// from users go through the same analysis, so they are read the same way.

import type { SourceVoice } from "./source-voice.js";
import { stateOfCapital, type EntityMatcher, type EntityMention } from "../text/entity-matcher.js";
import { normalizeKeepingCase, normalizeText } from "../text/normalize.js";
import { matchLexicon } from "../text/lexicon.js";
import { canonicalWord, isNumberWord, isStopWord, splitWords, type Token } from "../text/tokenize.js";
import type { FactDate, FactNumber, Polarity } from "../types.js";
import { extractDates } from "./extract-dates.js";
import { extractNumbers } from "./extract-numbers.js";
import { extractPolarity } from "./extract-polarity.js";
import { extractRanks, type RankMention } from "./extract-ranks.js";
import { readShift } from "./time-shift.js";
import { anchoredGaps, mayHoldGap } from "./anchored-gap.js";
import { isOfficeNoun, readEvents, readPossessions, readTitles, type EventMention, type Possession, type TitleMention } from "./read-events.js";
import { escapeRegExp } from "../text/escape-regexp.js";
import { extractPostings, extractRoles, type Posting } from "./extract-roles.js";

export interface TextAnalysis {
  normalized: string;
  dates: FactDate[];
  numbers: FactNumber[];
  ranks: RankMention["rank"][];
  polarity: Polarity;
  entities: string[];
  /** For a clause checked apart from its sentence, the names the whole sentence gives ("…, and Pakistan condemned this" after "Armenia held 20%"). */
  sentenceEntities?: string[];
  actor?: string;
  places: string[];
  /** Content terms: stems of meaningful words, and "@entity-id" for each entity named. */
  terms: string[];
  /** The terms with the words they were read from, for a sentence being checked (the index leaves them out). */
  termWords?: TermWords[];
  /** Speaks of the present ("is", "remains", "still"), with no date: a superseded fact no longer holds for it. */
  present: boolean;
  /** Speaks of a plan, wish, interest or possibility rather than of something done. */
  modal: boolean;
  /** Dates introduced by "since": the start of something that goes on. */
  openDates: FactDate[];
  /** Dates introduced by "by", "as of", "until": when a state was observed, not when something happened. */
  asOfDates: FactDate[];
  /**
   * The coordinate clauses of a compound sentence ("X supports A, and it
   * opposes B"), each with its own terms, denial and modality; absent for a
   * simple sentence. A claim is compared with the clause it speaks to.
   */
  clauses?: ClauseReading[];
  /** "Two months later", "a year after": a time counted from an earlier sentence's date, in months. */
  shift?: number;
  /** Diplomatic postings it states: whose envoy, where (absent when none). */
  postings?: Posting[];
  /** The events it names, with who did them to whom (absent when none). */
  events?: EventMention[];
  /** Titles it gives people (absent when none). */
  titles?: TitleMention[];
  /** Who it says said it: "according to X", "X said" (an entity id). */
  speaker?: string;
  /** The words that say who said it ("according to imran khan"), left out of what it asserts. */
  attribution?: string;
  /** Whose things it names ("Pakistan's expertise"); absent when none. */
  possessions?: Possession[];
  /** The article, author or publication it says says it ("Saima Ali argues"), read apart (source-voice.ts). */
  voice?: SourceVoice;
}

export interface ClauseReading {
  terms: string[];
  polarity: Polarity;
  modal: boolean;
}

const MONTHS = new Set([
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
]);
const NUMBER_WORDS = new Set([
  "one", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty",
  "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "dozen", "dozens", "score", "half", "thousand", "million", "billion", "bn", "mn", "percent",
  "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "st", "nd", "rd", "th",
  "late", "early", "mid", "dollar", "dollars", "usd", "us", "ever", "only", "few", "among", "amongst",
  // Fractions and hedges belong to the figure they qualify ("roughly a quarter of"), read by extract-numbers.ts.
  "quarter", "quarters", "thirds", "fifths", "tenths", "roughly", "approximately", "around", "about", "couple", "cent",
]);

const PRESENT = /\b(is|are|am|(?:has|have)(?! (?:\w+ed|\w+en|been|made|paid|put|won|held|met|sent|spent|built|brought|taught|had|done|shown|grown|led|left|lost|kept|set|told|sought)\b)|remains?|holds?|occupies|occupy|serves?|leads?|heads?|represents?|runs|chairs|stands|belongs|rests|lies|numbers|totals|amounts to|still|currently|now|today|presently|at present|so far|to date)\b/;
// A plan, wish or possibility: such a claim cannot confirm that the thing happened.
const MODAL =
  /\b(plans? to|planned|planning|plans|wants?|wanted|hopes?|hoped|hoping|would|could|may|might|looks? forward|looking forward|intends?|intended|interested in|interest in|would like|honou?r to|is considering|are considering|considers|wishes|targets?|aims? to|aiming to|aims? for|aiming for|expects?|expected|expecting|(?:is|are|was|were) (?:due|scheduled|slated) (?:to|at|in|for)|(?:was|were) to (?!(?:the|a|an|its|their|his|her|this|that|be\s+\w+ed)\b)[a-z]+)\b/;

/**
 * The past forms of the irregular verbs a report uses ("gave", "took",
 * "met"): with "-ed" and "was", "had", "did", what says a sentence is told
 * in the past.
 */
export const IRREGULAR_PAST =
  "arose|awoke|became|began|begun|bent|bound|broke|broken|brought|built|bought|came|caught|chose|chosen|dealt|did|done|drew|drawn|drove|driven|ate|eaten|fell|fallen|fed|felt|fought|found|fled|flew|flown|forbade|forgot|forgave|froze|frozen|got|gotten|gave|given|went|gone|grew|grown|hung|had|heard|hid|hidden|held|kept|knew|known|laid|led|left|lent|lay|lain|lost|made|meant|met|paid|proved|proven|quit|ran|rang|rose|risen|said|saw|seen|sought|sold|sent|set|shook|shaken|shone|shot|showed|shown|shut|sang|sank|sat|slept|slid|spoke|spoken|spent|spun|split|spread|sprang|stood|stole|stolen|stuck|struck|stricken|strove|swore|sworn|swept|swam|swung|took|taken|taught|tore|torn|told|thought|threw|thrown|understood|underwent|undergone|undertook|undertaken|upheld|was|were|withdrew|withdrawn|won|wrote|written|wove|woven|overcame|overtook|oversaw|overseen|foresaw|forecast|rebuilt|reset|withheld|withstood|beat|beaten|bore|borne|bid|burst|cast|cost|cut|hit|hurt|let|put|read|shed|thrust|wound";
const PAST_WORDS = new Set(`${IRREGULAR_PAST}|will|would|shall|ago|last|previously|once|formerly|former|then|late`.split("|"));
/** Before a participle, words that make it an adjective or a passive in the present ("a closed chapter", "is headed by"). */
const NOT_PAST_BEFORE = new Set(["a", "an", "the", "its", "their", "his", "her", "our", "is", "are", "be", "been", "being", "has", "have", "remain", "remains", "stay", "stays"]);

/** A sentence in the present tense, read from what it lacks: no past form and no future ("Azerbaijan wants to obtain the JF-17"). */
function inPresentTense(normalized: string): boolean {
  const words = normalized.split(/[^\p{L}\p{N}]+/u);
  return !words.some((w, k) => PAST_WORDS.has(w) || (w.length >= 5 && w.endsWith("ed") && !NOT_PAST_BEFORE.has(words[k - 1] ?? "")));
}

/**
 * The sentence up to its first side clause: a plan in "students who hope to
 * study" or ", aiming to transform" is not the sentence's own modality.
 */
function mainClause(text: string): string {
  const end = text.search(/,|;|\b(?:which|who|whom|whose|where)\b/);
  return end < 0 ? text : text.slice(0, end);
}

/** The text with its mid-sentence attribution frames taken out (", the ambassador said,"). */
function withoutFrames(text: string, frames: readonly Frame[]): string {
  let out = text;
  for (const f of [...frames].filter((f) => f.start > 0 && f.end < text.length).sort((a, b) => b.start - a.start)) out = `${out.slice(0, f.start)} ${out.slice(f.end)}`;
  return out;
}

/** Where a compound sentence starts a new main clause: ", and", ", but", ", while", "; ". */
const CLAUSE_BREAK = /,\s*(?:and|but|while|whereas|yet)\s+|;\s+/g;
/** The clause breaks, and a second thing said ("said A and that B"): where a claim's statement changes what it plans. */
const COORDINATE_PART = new RegExp(`${CLAUSE_BREAK.source}|\\s+and that\\s+`);

/** A proposal or an offer reported ("suggested that Azerbaijan consider importing"): what it names is not done. */
const PROPOSED = /\b(?:suggest(?:s|ed|ing)?|propos(?:e|es|ed|ing|al)|consider|urg(?:e|es|ed)|call(?:s|ed)? for|invit(?:e|es|ed)|offer(?:s|ed)? to)\b/;

/**
 * Whether a text says a plan, a wish or an interest in its main clause (not in
 * a side clause: "students who hope to study" plans nothing), each of its
 * coordinate parts read apart: "said A and that B would be cemented" plans B only.
 * @returns for each part, its text (normalised) and whether it is modal
 */
export function modalParts(text: string): Array<{ text: string; modal: boolean }> {
  return normalizeText(text)
    .split(COORDINATE_PART)
    .map((part) => ({ text: part, modal: MODAL.test(mainClause(part)) || PROPOSED.test(part) }));
}
/**
 * "According to one account", "one article says": who says it, not an amount.
 * Each alternative ends in a letter, so (?!\w) is \b there; V8 (Node 20) took
 * 2.7 ms to compile this pattern with \b and 1 ms with (?!\w), on every check.
 */
const ATTRIBUTION = /\b(?:according to|in|by) (?:one|another|a|an|some) (?:account|article|report|source|version|estimate|writer|author|observer|analyst|study|paper)s?(?!\w)|\b(?:one|another) (?:account|article|report|source|version) (?:says|said|claims|claimed|states|stated|puts it)(?!\w)|\b(?:one|an|the|this) (?:article|analysis|study|paper|report|assessment|author|writer)(?: (?:on|of|about) (?:[a-z'-]+ ){0,4}?[a-z'-]+)? (?:says|said|observes|argues|concludes|recommends|notes|writes|finds|suggests|adds)(?!\w)/g;

/** Where a speaker serves, never who speaks ("X, then ambassador in Islamabad, said"). */
const PLACE_KINDS: ReadonlySet<string> = new Set(["place", "city", "country"]);

/** The verbs that say who said something: "…, Saima Ali argues", "X wrote that …". */
const SAYING = "said|says|told|stated|added|noted|stressed|insisted|explained|recalled|recalls|argued|argues|wrote|writes|observed|observes|concludes|concluded|recommends|recommended|remarked|believes|maintained|maintains|claimed|asserted|contended|acknowledged|acknowledges|admitted|admits|conceded|concedes|emphasised|emphasized|underlined|underscored|cautioned|pointed out|suggested";

interface Frame {
  start: number;
  end: number;
  /**
   * The names in it stay terms of the sentence: a frame that opens it ("Artur
   * Rasizade told Mamnoon that …") names who the statement is about as well
   * as who made it, and search needs them.
   */
  keepNames?: true;
}

/**
 * Where a sentence says who said it: "according to X," at its start or ",
 * according to X" at its end, and a closing ", X said" / ", X told Y" of at
 * most eight words. The speaker is read from the events (read-events.ts);
 * these words are left out of what the sentence asserts.
 */
function attributionFrames(normalized: string): Frame[] {
  const frames: Frame[] = [];
  const opening = /^(?:according to|in the (?:view|words|opinion|estimation) of) [^,]{1,80},/.exec(normalized);
  if (opening) frames.push({ start: 0, end: opening[0].length });
  const closing = new RegExp(`,\\s*(?:(?:according to|in the (?:view|words|opinion|estimation) of) [^,]{1,80}|(?:[^\\s,]+\\s+){0,6}(?:${SAYING})(?:\\s+[^\\s,]+){0,5})\\s*[.!]?\\s*$`, "u").exec(normalized);
  if (closing) frames.push({ start: closing.index, end: normalized.length });
  // "X, Pakistan's ambassador, told Report News that …", "X said that …": the frame ends at "that".
  // "It was Nawaz Sharif who said, during his visit, that …": an aside may stand between the verb and "that".
  const leading = opening ? null : new RegExp(`^[^;]{1,120}?\\b(?:${SAYING}|told(?: [^,;]{1,40}?)?)(?:, [^,;]{1,60},)? that\\b`, "u").exec(normalized);
  if (leading) frames.push({ start: 0, end: leading[0].length, keepNames: true });
  // "In Saima Ali's view, …", "…, in the ambassador's view": whose view it is.
  for (const m of normalized.matchAll(/(?:^|,\s*)in (?:the )?[\p{L}' -]{1,40}?'s (?:view|words|opinion|analysis)\s*(?:,|(?=[.!?]?$))/gu)) frames.push({ start: m.index, end: m.index + m[0].length });
  // "The 2022 floods, the ambassador recalled, affected …": a frame between two commas.
  for (const m of normalized.matchAll(new RegExp(`,\\s*((?:the |its |his |her |their |[\\p{L}']+'s )?(?:[^\\s,]+\\s+){0,4}(?:${SAYING}|told [^,]{1,40}))\\s*,(?=\\s*\\S)`, "gu"))) {
    if (!frames.some((f) => f.start <= m.index && m.index < f.end)) frames.push({ start: m.index, end: m.index + m[0].length });
  }
  return frames;
}

function withoutRelativeClauses(text: string): string {
  return text.replace(/,\s*(?:[a-z]+\s+of\s+)?(?:which|who|whom|whose|where)\b[^,;]*/g, " ");
}

export function termsOf(words: readonly Token[], mentions: readonly EntityMention[]): string[] {
  return termWordsOf(words, mentions).map((t) => t.term);
}

/** A term of a text and the words it was read from ("~open" from "began operating"). */
export interface TermWords {
  term: string;
  words: string;
}

/**
 * Each content term of a text with the words it came from: entities as
 * "@id", the lexicon's events and concepts as "~id" (so that "began
 * operating" and "opened" are one term), other words stemmed.
 */
export function termWordsOf(words: readonly Token[], mentions: readonly EntityMention[]): TermWords[] {
  const terms: TermWords[] = [];
  const plain = words.map((w) => w.word);
  const span = (from: number, to: number): string => plain.slice(from, to).join(" ");
  let m = 0;
  for (let i = 0; i < words.length; i++) {
    const mention = mentions[m];
    if (mention !== undefined && i === mention.from) {
      terms.push({ term: `@${mention.entity}`, words: span(mention.from, mention.to) });
      i = mention.to - 1;
      m++;
      continue;
    }
    const hit = matchLexicon(plain, i);
    // A phrase never runs into a name: "met Ilham Aliyev" is "met" and the name.
    if (hit !== undefined && (mention === undefined || i + hit.length <= mention.from)) {
      terms.push({ term: hit.term, words: span(i, i + hit.length) });
      i += hit.length - 1;
      continue;
    }
    const word = plain[i] ?? "";
    if (word.length < 2 || isStopWord(word) || isNumberWord(word) || MONTHS.has(word) || NUMBER_WORDS.has(word)) continue;
    terms.push({ term: canonicalWord(word), words: word });
  }
  return terms;
}

/** A text's normalised form, its words and the entities they name: where every reading of it starts. */
export interface TextWords {
  normalized: string;
  words: Token[];
  mentions: EntityMention[];
}

export function readWords(text: string, matcher: EntityMatcher): TextWords {
  const normalized = normalizeText(text);
  const words = splitWords(normalized);
  // "338 million US dollars": "US" says which dollars, not that the United States is involved.
  const mentions = matcher.find(words, normalizeKeepingCase(text)).filter((m) => !(m.to - m.from === 1 && words[m.from]?.word === "us" && /^dollars?$/.test(words[m.to]?.word ?? "")));
  return { normalized, words, mentions };
}

/** Where the names are: digits inside one ("COVID-19", "Aman-2013", "JF-17", "COP29") are not amounts or dates. */
function nameSpans({ words, mentions }: TextWords): Array<{ start: number; end: number }> {
  return mentions.map((m) => ({ start: words[m.from]?.start ?? 0, end: words[m.to - 1]?.end ?? 0 }));
}

function datesOutside(normalized: string, named: ReadonlyArray<{ start: number; end: number }>): ReturnType<typeof extractDates> {
  return extractDates(normalized).filter((d) => !named.some((n) => d.start < n.end && n.start < d.end));
}

/** The dates a text states, as analyzeText reads them, without the rest of its reading (the index needs only these of a quote). */
export function datesOf(read: TextWords): FactDate[] {
  return datesOutside(read.normalized, nameSpans(read)).map((d) => d.date);
}

export function analyzeText(text: string, matcher: EntityMatcher): TextAnalysis {
  return analyzeWords(readWords(text, matcher), matcher);
}

/** analyzeText, for a caller that has read the text's words already. */
export function analyzeWords(read: TextWords, matcher: EntityMatcher): TextAnalysis {
  const { normalized, words, mentions } = read;
  const named = nameSpans(read);
  const written = datesOutside(normalized, named);
  // "Eight years after the 2005 earthquake": the date a gap from a written date comes to.
  // The anchor may be a name's own year ("the 2005 earthquake").
  // chrono is the costly step of reading a sentence: the dates are read again, names included, only where a gap is written.
  const anchored = mayHoldGap(normalized) ? anchoredGaps(normalized, named.length > 0 ? extractDates(normalized) : written) : [];
  const dateMentions = anchored.length > 0 ? [...written, ...anchored].sort((a, b) => a.start - b.start) : written;
  const rankMentions = extractRanks(normalized);
  const attributions = [...normalized.matchAll(ATTRIBUTION)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
  // "…, its ambassador to Azerbaijan said", "according to the ambassador, …":
  // who said it, read as the speaker, not as a place or a detail of what was said.
  const frames = attributionFrames(normalized);
  const shift = readShift(normalized);
  // "Two months later" says when, counted from before: not an amount.
  const shiftSpan = [...(shift ? [{ start: shift.start, end: shift.end }] : []), ...anchored.map((a) => ({ start: a.start, end: a.end }))];
  const numbers = extractNumbers(normalized, [...named, ...dateMentions, ...attributions, ...shiftSpan, ...rankMentions.filter((r) => r.rank.kind !== "ordinal" || r.counted === true)]).map((n) => n.number);
  const roles = extractRoles(words, mentions, matcher);
  const openDates = dateMentions.filter((d) => /\bsince\s+(?:the\s+)?$/.test(normalized.slice(Math.max(0, d.start - 12), d.start))).map((d) => d.date);
  // "Has held five sessions since 2000": a count up to now, as a present-tense state is.
  // So is "has met five times" with no date at all: a tally of sittings so far.
  // And "has posted X as its ambassador": an appointment that still stands.
  const perfect = /\b(?:has|have)\b/.test(normalized) && ((dateMentions.length > 0 && openDates.length === dateMentions.length) || (dateMentions.length === 0 && (numbers.some((n) => n.unit === "sessions") || /\b(?:has|have) (?:posted|appointed|accredited|named|installed)\b/.test(normalized))));
  const clauses = readClauses(normalized, words, mentions);
  const postings = extractPostings(words, mentions, matcher);
  // A verb inside an attribution frame says who said it ("the ambassador recalled" is no envoy recalled).
  const inFrame = (e: { words: string }): boolean => frames.some((f) => normalized.slice(f.start, f.end).includes(e.words));
  // "Suggested that Azerbaijan could import …", "proposed that the two set up …": an offer word before a clause reports what was said.
  const reports = (e: { type: string; words: string }): boolean =>
    e.type === "offer" && new RegExp(`\\b${e.words} (?:that\\b|(?:[^\\s,.;]+ ){1,4}(?:could|should|would|might|can|consider)\\b)`).test(normalized);
  // "…, Rasizade told the visiting Pakistani president": an event in a closing frame describes the hearer, and is not what is asserted.
  const inClosingFrame = (e: { words: string }): boolean => frames.some((f) => f.keepNames !== true && f.start > 0 && normalized.slice(f.start, f.end).includes(e.words));
  const events = readEvents(words, mentions, matcher)
    .map((e) => ((e.type !== "state" && inFrame(e) && /^(?:recall|add|observ|remark|argu|insist|explain)/.test(e.words)) || reports(e) ? { ...e, type: "state" } : e))
    .filter((e) => e.type === "state" || !inClosingFrame(e));
  const inName = (w: Token): boolean => mentions.some((m) => (words[m.from]?.start ?? 0) <= w.start && w.end <= (words[m.to - 1]?.end ?? 0));
  const frameWords = frames.flatMap((f): { start: number; end: number }[] => (f.keepNames ? words.filter((w) => w.start >= f.start && w.end <= f.end && !inName(w)) : [f]));
  // "A trio of states", "three countries, Pakistan being one of them": the words of a counted rank are the rank, compared as one.
  const countedRanks = rankMentions.filter((r) => r.counted === true);
  const titles = readTitles(words, mentions, matcher);
  // "Is headed by", "the portfolio belongs to": the words that put a person in an office say no more than the title,
  // and the office named as a thing ("the ministry", "the presidency") is the title's own word.
  const office = new Map(titles.flatMap((t) => (t.holding ?? []).map((w): [string, string] => [w, t.title.split(" ").pop() ?? t.title])));
  const holdingWords = words.filter((w) => office.has(w.word) && !isOfficeNoun(w.word) && !inName(w));
  // "Islamabad and Baku aim to raise trade": a capital that acts is its government, and is searched for as its state too.
  // Not one that hosts ("Baku hosted the meeting"), which is where.
  const acting = new Set([...(events.some((e) => e.type === "host" && (e.agent === undefined || e.agent === roles.actor)) ? [] : [roles.actor]), ...events.filter((e) => e.type !== "host").flatMap((e) => [e.agent, e.recipient])].filter((id): id is string => id !== undefined && stateOfCapital(id, matcher) !== undefined));
  const termWords = termWordsOf(...withoutSpans(words, mentions, [...attributions, ...shiftSpan, ...frameWords, ...countedRanks, ...holdingWords]))
    .map((t) => (isOfficeNoun(t.words) && office.has(t.words) ? { ...t, term: canonicalWord(office.get(t.words) ?? t.words) } : t))
    .flatMap((t) => {
      const state = t.term.startsWith("@") && acting.has(t.term.slice(1)) ? stateOfCapital(t.term.slice(1), matcher) : undefined;
      return state !== undefined && !mentions.some((m) => m.entity === state) ? [t, { term: `@${state}`, words: t.words }] : [t];
    });
  const possessions = readPossessions(words, mentions, matcher, canonicalWord);
  // "According to X" names X after the phrase; "X said" before the verb.
  // "Ganira Pashayeva wrote her book on Pakistan": writing something is not saying it.
  const composing = (e: EventMention): boolean => /^writ|^wrote$/.test(e.words) && new RegExp(`\\b${escapeRegExp(e.words)}\\s+(?:a|an|the|her|his|their|its|this|books?|articles?|letters?|essays?|poems?)\\b`).test(normalized);
  const saying = events.find((e) => e.type === "state" && (e.words === "according to" ? e.recipient : e.agent) !== undefined && !composing(e));
  // A frame the lexicon has no saying verb for ("…, Saima Ali argues") still names who said it: the person in it.
  const framed = frames.flatMap((f) => mentions.filter((m) => (words[m.from]?.start ?? -1) >= f.start && (words[m.from]?.start ?? -1) < f.end && matcher.entity(m.entity)?.kind === "person"));
  const sayer = saying !== undefined ? (saying.words === "according to" ? saying.recipient : saying.agent) : undefined;
  // "Pakistan has close ties with Afghanistan, its ambassador said": a closing frame that says who spoke names them in it;
  // a name before the frame is part of what was said, and "its ambassador" is the speaker.
  const closingFrame = frames.find((f) => f.keepNames !== true && f.start > 0 && f.end === normalized.length);
  const outsideFrame =
    sayer !== undefined && saying !== undefined && saying.words !== "according to" && closingFrame !== undefined && normalized.slice(closingFrame.start, closingFrame.end).includes(saying.words) &&
    !mentions.some((m) => m.entity === sayer && (words[m.from]?.start ?? -1) >= closingFrame.start);
  const heard = sayer !== undefined && !outsideFrame ? sayer : saying === undefined && framed.length === 1 ? framed[0]?.entity : undefined;
  // "Ali Alizada, then ambassador in Islamabad, said": a place is where the speaker served, and the person named first is who spoke.
  const firstPerson = mentions.find((m) => matcher.entity(m.entity)?.kind === "person");
  // "Pakistan's ambassador in Baku said": a place after "in" or "to" is where the speaker serves, never the speaker.
  const servedAt = heard !== undefined && PLACE_KINDS.has(matcher.entity(heard)?.kind ?? "") && mentions.some((m) => m.entity === heard && /^(?:in|to|at)$/.test(words[m.from - 1]?.word ?? "") && /^(?:ambassador|envoy|minister|consul|representative|diplomat|embassy)$/.test(words[m.from - 2]?.word ?? ""));
  // Who serves there is the person named before the place ("Khazar Farhadov, Pakistan's ambassador in Baku, told"), if any.
  const servingPerson = servedAt ? mentions.find((m) => matcher.entity(m.entity)?.kind === "person" && mentions.some((p) => p.entity === heard && m.to <= p.from)) : undefined;
  const speaker = servedAt ? servingPerson?.entity : heard !== undefined && PLACE_KINDS.has(matcher.entity(heard)?.kind ?? "") && firstPerson !== undefined && /^[^,]+,[^,]+,\s*(?:[a-z]+\s+)?(?:said|says|told|added|noted|stressed)\b/.test(normalized) ? firstPerson.entity : heard;
  return {
    normalized,
    dates: dateMentions.map((d) => d.date),
    numbers,
    ranks: rankMentions.map((r) => r.rank),
    // "... members, many of which have never served": a denial in a relative clause is not the sentence's.
    polarity: extractPolarity(withoutRelativeClauses(normalized)),
    entities: [...new Set(mentions.map((m) => m.entity))],
    ...(roles.actor ? { actor: roles.actor } : {}),
    places: roles.places.filter((id) => !mentions.some((m) => m.entity === id && frames.some((f) => (words[m.from]?.start ?? -1) >= f.start && (words[m.from]?.start ?? -1) < f.end))),
    terms: termWords.map((t) => t.term),
    termWords,
    present: (dateMentions.length === 0 && (PRESENT.test(normalized) || inPresentTense(normalized))) || perfect,
    // "Azerbaijan, the ambassador said, wants to …": the frame between commas is not where the main clause ends.
    modal: MODAL.test(mainClause(withoutFrames(normalized, frames))),
    asOfDates: dateMentions.filter((d) => /\b(?:by|as of|as at|until|till)\s+(?:the\s+)?(?:early |mid |late |end of )?$/.test(normalized.slice(Math.max(0, d.start - 20), d.start))).map((d) => d.date),
    openDates,
    ...(clauses.length > 1 ? { clauses } : {}),
    ...(postings.length > 0 ? { postings } : {}),
    ...(events.length > 0 ? { events } : {}),
    ...(titles.length > 0 ? { titles } : {}),
    ...(possessions.length > 0 ? { possessions } : {}),
    ...(speaker !== undefined ? { speaker } : {}),
    ...(frames.length > 0 ? { attribution: frames.map((f) => normalized.slice(f.start, f.end)).join(" ") } : {}),
    ...(shift ? { shift: shift.months } : {}),
  };
}

/** The words outside the given spans ("according to one account", "two months later" say who and when, not what). */
function withoutSpans(words: readonly Token[], mentions: readonly EntityMention[], spans: readonly { start: number; end: number }[]): [Token[], EntityMention[]] {
  if (spans.length === 0) return [[...words], [...mentions]];
  const outside = (w: Token): boolean => !spans.some((s) => w.start < s.end && s.start < w.end);
  const kept: Token[] = [];
  const position = new Map<number, number>();
  words.forEach((w, i) => {
    if (!outside(w)) return;
    position.set(i, kept.length);
    kept.push(w);
  });
  const moved = mentions.flatMap((m) => {
    const from = position.get(m.from);
    const last = position.get(m.to - 1);
    return from !== undefined && last !== undefined ? [{ ...m, from, to: last + 1 }] : [];
  });
  return [kept, moved];
}

/** Each coordinate clause's terms, denial and modality (see TextAnalysis.clauses). */
function readClauses(normalized: string, words: readonly Token[], mentions: readonly EntityMention[]): ClauseReading[] {
  const clauses: ClauseReading[] = [];
  let start = 0;
  const add = (end: number): void => {
    const text = normalized.slice(start, end);
    const inside = words.filter((w) => w.start >= start && w.end <= end);
    const own = mentions.filter((m) => (words[m.from]?.start ?? -1) >= start && (words[m.to - 1]?.end ?? Infinity) <= end);
    const first = words.indexOf(inside[0] as Token);
    const shifted = own.map((m) => ({ ...m, from: m.from - first, to: m.to - first }));
    const terms = termsOf(inside, shifted);
    // A clause of fewer than two terms ("and large coal deposits") belongs to the one before.
    const last = clauses[clauses.length - 1];
    if (last !== undefined && terms.length < 2) last.terms.push(...terms);
    else clauses.push({ terms, polarity: extractPolarity(withoutRelativeClauses(text)), modal: MODAL.test(mainClause(text)) });
  };
  for (const m of normalized.matchAll(CLAUSE_BREAK)) {
    add(m.index ?? 0);
    start = (m.index ?? 0) + m[0].length;
  }
  if (start > 0) add(normalized.length);
  return clauses;
}
