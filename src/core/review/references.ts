// Which earlier fact a sentence of a draft explicitly refers to, if any. A
// reader fills in "he", "the commission", "that visit" or "a year later" from
// the sentence before; a checker that filled in whatever the sentence before
// named, whenever a sentence named nothing, reported "you said Baku" about a
// sentence that never mentions Baku. So a fact is carried only to resolve
// one of these references, and only when the sentence before offers exactly
// one thing it can mean; otherwise the sentence is checked as written, as
// `pakaz check` would check it.

import type { Pointer, SentenceContext } from "../facts/sentence-context.js";
import { SHIFT_PATTERN } from "../facts/time-shift.js";
import { stateOfCapital, type EntityMatcher, type EntityMention } from "../text/entity-matcher.js";
import { normalizeKeepingCase, normalizeText } from "../text/normalize.js";
import { splitWords, type Token } from "../text/tokenize.js";

/** What a sentence points back at, in its own words. */
export interface Reference {
  /** person: "he", "the ambassador"; thing: "it", "the commission"; event: "that visit"; time: "a year later". */
  kind: "person" | "thing" | "event" | "time";
  /** The words that refer, as written (normalised), for the explanation. */
  words: string;
  /** For a definite description, its head noun ("commission"). */
  noun?: string;
}

/** What an earlier sentence of the same block said, for the sentence after it. */
export interface Antecedent {
  /** 1-based line the sentence starts on. */
  line: number;
  /** Every entity it named or resolved, the two countries included ("it" may be Pakistan). */
  entities: string[];
  actor?: string;
  places: string[];
  dates: SentenceContext["dates"];
  /** It also speaks of someone it does not name ("the ambassador said", "he told"): then "he" after it is not clearly the one it names. */
  unnamedPerson?: true;
  /** The kind of occasion it tells of ("paid a state visit": a visit), which "during the visit" after it may mean. */
  occasion?: Occasion;
}

/** The kinds of occasion "that visit" or "the same meeting" can point back at. */
export type Occasion = "visit" | "meeting";

/** The words that name each kind of occasion, in a reference ("that trip") or anywhere. */
const OCCASION_WORDS: ReadonlyArray<[Occasion, RegExp]> = [
  ["visit", /\b(?:visit|visits|visited|visiting|trip|tour|travelled|traveled)\b/],
  ["meeting", /\b(?:meeting|meetings|session|sessions|summit|conference|consultations|met)\b/],
];
/**
 * The words that tell of an occasion as it happened ("paid a state visit",
 * "visited", "a two-day trip", "met"), not of one told of before ("the visit
 * had added a new chapter"), which is itself a reference.
 */
const TELLING: ReadonlyArray<[Occasion, RegExp]> = [
  ["visit", /\b(?:visited|visiting|travelled|traveled|returned the (?:visit|courtesy)|(?:paid|made|began|ended|concluded) (?:a|an|his|her|their)\b[^.,;]{0,30}?\b(?:visit|trip|tour)|(?:a|an) (?:[\w-]+ ){0,3}?(?:visit|trip|tour|stay)|(?:his|her|their|[\w-]+'s) (?:[\w-]+ ){0,2}?(?:visit|trip|tour) to)\b/],
  ["meeting", /\b(?:met|(?:held|hosted|convened|attended) (?:a|an|the|its|their)\b[^.,;]{0,40}?\b(?:meeting|session|summit|conference|consultations|talks)|(?:a|an) (?:[\w-]+ ){0,3}?(?:meeting|session|summit|conference))\b/],
];

/** The occasion a sentence tells of, if it tells of one kind. */
export function occasionOf(sentence: string): Occasion | undefined {
  const normalized = normalizeText(sentence);
  const kinds = TELLING.filter(([, words]) => words.test(normalized)).map(([kind]) => kind);
  return kinds.length === 1 ? kinds[0] : undefined;
}

/** The occasion an event reference names ("the trip": a visit), or undefined for one that names none ("that occasion"). */
export function occasionReferred(reference: Reference): Occasion | undefined {
  if (reference.kind !== "event") return undefined;
  return OCCASION_WORDS.find(([, words]) => words.test(reference.words))?.[0];
}

/** What a reference resolves to: the context to check the sentence in, and a note for the explanation. */
export interface Resolution {
  pointer: Pointer;
  context: SentenceContext;
  /** "'he' read as Heydar Aliyev, from line 9"; the dates of a time reference are added once the check has read them. */
  words: string;
  line: number;
  names: string[];
}

/** How far into a sentence a subject may sit: "In 2013 it paid", "During that trip, he praised". */
const SUBJECT_WINDOW = 6;

const PERSON_PRONOUN = /^(?:he|she|his|her)$/;
const THING_PRONOUN = /^(?:it|its)$/;
/** A cleft or an extraposed subject, "that" or "who" then a verb: "it was X that signed …", "it is likely that … was". */
const EXPLETIVE_IT = /^it (?:is|was|seems|seemed|appears|appeared) [^.;]{1,80}? (?:that|who|whom|when|where) [^.;]*?\b(?:[a-z]{3,}ed|said|met|gave|made|was|were|is|are|has|have|had|led|won|took|held|sent|paid|came|went|became|began)\b/;
const PERSON_NOUNS = new Set(["ambassador", "envoy", "president", "premier", "minister", "chairman", "speaker", "leader", "diplomat"]);
/** Nouns that name a kind of thing without naming it: "the jet" is the JF-17 only if the sentence before named it. */
const THING_NOUNS: Record<string, RegExp> = {
  commission: /commission/,
  committee: /committee|commission/,
  foundation: /foundation/,
  university: /university/,
  bank: /bank/,
  group: /group/,
  forum: /forum/,
  council: /council/,
  assembly: /assembly|mejlis/,
  parliament: /mejlis|senate|parliament/,
  court: /court/,
  company: /socar|limited|company/,
  agreement: /agreement/,
  resolution: /resolution/,
  award: /hilal|award/,
  jet: /jf-17|trainer/,
  jets: /jf-17|trainer/,
  aircraft: /jf-17|trainer/,
  fighter: /jf-17/,
  fighters: /jf-17/,
  exercise: /exercise/,
  exhibition: /exhibition/,
  expo: /exhibition/,
  corridor: /corridor/,
  summit: /summit|cop/,
  conference: /cop|conference/,
};
const DETERMINERS = new Set(["the", "this", "that", "these", "those"]);
/** An earlier event named by its kind: "during that visit", "the same trip". */
const EVENT = /\b(?:(?:that|this|the same) (?:visit|trip|meeting|session|summit|tour|conference|ceremony|occasion|event)|(?:during|on|after|at the end of) the (?:visit|trip|meeting|session|summit|tour|conference|ceremony))\b/;
/** A time counted from an earlier sentence's date. */
const TIME =
  new RegExp(`\\b(?:${SHIFT_PATTERN}|the (?:following|next) (?:year|month)|the (?:year|month) after|(?:that|the same) (?:year|month)|at the time)\\b`);

function mentionAt(mentions: readonly EntityMention[], k: number): EntityMention | undefined {
  return mentions.find((m) => m.from <= k && k < m.to);
}

/**
 * The explicit reference a sentence makes to the one before it, if any: a
 * time or an event it counts from, else a person or thing as (or in) its
 * subject that nothing earlier in the sentence names.
 */
export function findReference(sentence: string, matcher: EntityMatcher): Reference | undefined {
  const normalized = normalizeText(sentence);
  const time = TIME.exec(normalized);
  if (time) return { kind: "time", words: time[0] };
  const event = EVENT.exec(normalized);
  if (event) return { kind: "event", words: event[0] };
  const words = splitWords(normalized);
  const mentions = matcher.find(words, normalizeKeepingCase(sentence));
  const kindOf = (m: EntityMention | undefined): string | undefined => (m === undefined ? undefined : matcher.entity(m.entity)?.kind);
  /** Has the sentence named something of this sort before word k? Then "he" or "its" refers inside it. */
  const namedBefore = (k: number, person: boolean): boolean =>
    mentions.some((m) => m.to <= k && (kindOf(m) === "person") === person && kindOf(m) !== "place");
  const limit = Math.min(words.length, SUBJECT_WINDOW);
  for (let k = 0; k < limit; k++) {
    const word = words[k]?.word ?? "";
    if (mentionAt(mentions, k)) continue;
    if (PERSON_PRONOUN.test(word) && !namedBefore(k, true)) return { kind: "person", words: word };
    // "It was with Rasizade that …", "It is clear that …": an empty "it", which points at nothing.
    if (word === "it" && EXPLETIVE_IT.test(normalized.slice(words[k]?.start ?? 0))) continue;
    if (THING_PRONOUN.test(word) && !namedBefore(k, false)) return { kind: "thing", words: word };
    if (!DETERMINERS.has(word)) continue;
    const noun = definiteNoun(words, k + 1);
    if (noun === undefined || mentionAt(mentions, k + 1)) continue;
    if (PERSON_NOUNS.has(noun.head) && !namedBefore(k, true) && !mentions.some((m) => m.from === noun.end && kindOf(m) === "person")) {
      return { kind: "person", words: `${word} ${noun.text}`, noun: noun.head };
    }
    if (Object.hasOwn(THING_NOUNS, noun.head)) return { kind: "thing", words: `${word} ${noun.text}`, noun: noun.head };
  }
  return undefined;
}

/**
 * Whether a sentence speaks of a person it does not name: a pronoun ("he
 * told") or an office with no name beside it ("the ambassador said", "its
 * president"). "Qasim Mohiuddin, the ambassador, said" and "Ambassador Qasim
 * Mohiuddin" name him.
 */
export function mentionsUnnamedPerson(sentence: string, matcher: EntityMatcher): boolean {
  const words = splitWords(normalizeText(sentence));
  const mentions = matcher.find(words, normalizeKeepingCase(sentence));
  const person = (k: number): boolean => mentions.some((m) => m.from <= k && k < m.to && matcher.entity(m.entity)?.kind === "person");
  const people = mentions.filter((m) => matcher.entity(m.entity)?.kind === "person");
  // Between an office and its holder's name only "to", "in", "of" and a place ("Pakistan's envoy to Azerbaijan, Qasim Mohiuddin").
  const linking = (from: number, to: number): boolean => {
    for (let j = from; j < to; j++) if (!/^(?:to|in|of|at|the|its|s)$/.test(words[j]?.word ?? "") && !mentions.some((m) => m.from <= j && j < m.to && matcher.entity(m.entity)?.kind !== "person")) return false;
    return true;
  };
  for (let k = 0; k < words.length; k++) {
    const word = words[k]?.word ?? "";
    if (person(k)) continue;
    if (/^(?:he|she|him)$/.test(word) && people.length === 0) return true;
    // "Both accords, he added, had been sealed during Ilham Aliyev's visit": the one named is named as whose visit; "he" is someone else.
    if (/^(?:he|she)$/.test(word) && people.every((m) => words[m.to]?.word === "s")) return true;
    if (!PERSON_NOUNS.has(word)) continue;
    // A name beside the office ("Ambassador Qasim Mohiuddin", "Mohiuddin, the ambassador", "the ambassador, Qasim Mohiuddin") is who holds it.
    const beside = people.some((m) => (m.from > k && m.from - k <= 5 && linking(k + 1, m.from)) || (m.to <= k && k - m.to <= 2));
    if (!beside) return true;
  }
  return false;
}

/** The noun after a determiner, with "prime minister", "first lady" read as one. */
function definiteNoun(words: readonly Token[], at: number): { head: string; text: string; end: number } | undefined {
  const first = words[at]?.word;
  const second = words[at + 1]?.word;
  if (first === undefined) return undefined;
  if ((first === "prime" || first === "foreign" || first === "defence" || first === "defense") && second === "minister") return { head: "minister", text: `${first} minister`, end: at + 2 };
  if (first === "first" && second === "lady") return { head: "president", text: "first lady", end: at + 2 };
  return { head: first, text: first, end: at + 1 };
}

/**
 * What the reference means in the sentence before, when that is one thing:
 * the one person for "he" or "the ambassador", the one organisation or thing
 * whose name fits "it" or "the commission", the event and date for "that
 * visit", the date for "a year later". Undefined when the sentence before
 * offers none, or more than one.
 */
/** "The ambassador" may be someone given that title, "the minister" someone given any minister's title. */
function holdsTitle(noun: string, titles: ReadonlySet<string>): boolean {
  const wanted = noun === "envoy" ? "ambassador" : noun === "premier" ? "prime minister" : noun;
  return [...titles].some((t) => t === wanted || t.endsWith(` ${wanted}`) || (wanted === "ambassador" && t === "envoy"));
}

/** Office nouns a person must be known to hold to be what "the ambassador" means. */
const TITLED_NOUNS = new Set(["ambassador", "envoy", "president", "premier", "minister", "chairman"]);

/**
 * @param titlesOf the titles the corpus gives a person: "the ambassador" is never someone only ever given
 *   another office ("the ambassador" after a sentence on Nawaz Sharif points at no one there)
 */
export function resolveReference(reference: Reference, before: Antecedent, matcher: EntityMatcher, titlesOf: (person: string) => ReadonlySet<string> | undefined = () => undefined): Resolution | undefined {
  const kindOf = (id: string): string | undefined => matcher.entity(id)?.kind;
  const nameOf = (id: string): string => matcher.entity(id)?.name ?? id;
  const base = { words: reference.words, line: before.line };
  if (reference.kind === "time") {
    // Only one date to count from: "a year later" after "in 1995 and 1996" is not clear.
    const values = new Set(before.dates.map((d) => d.value));
    if (values.size !== 1) return undefined;
    return { ...base, pointer: "event", context: { entities: [], places: [], dates: before.dates }, names: [] };
  }
  if (reference.kind === "event") {
    if (before.dates.length === 0 && before.entities.length === 0) return undefined;
    const values = new Set(before.dates.map((d) => d.value));
    if (values.size > 1) return undefined;
    // "During the visit": when and where it was, and who made it; not everyone the sentence before named ("met Artur
    // Rasizade"), whom the sentence after does not mention.
    const people = before.entities.filter((e) => kindOf(e) === "person");
    const visitor = before.actor !== undefined && kindOf(before.actor) === "person" ? before.actor : people.length === 1 ? people[0] : undefined;
    const entities = [...(visitor !== undefined ? [visitor] : []), ...before.entities.filter((e) => kindOf(e) === "event")];
    return { ...base, pointer: "event", context: { entities, places: before.places, dates: before.dates }, names: entities.map(nameOf) };
  }
  if (reference.kind === "person") {
    const people = before.entities.filter((e) => kindOf(e) === "person");
    const one = people.length === 1 && before.unnamedPerson !== true ? people[0] : undefined;
    if (one === undefined) return undefined;
    const noun = reference.noun;
    if (noun !== undefined && TITLED_NOUNS.has(noun) && !holdsTitle(noun, titlesOf(one) ?? new Set())) return undefined;
    return { ...base, pointer: "person", context: { entities: [one], actor: one, places: [], dates: [] }, names: [nameOf(one)] };
  }
  // A thing: "the commission" is the one entity whose name says commission;
  // "it" is the subject of the sentence before, or its one organisation, country or thing.
  let candidates: string[];
  if (reference.noun !== undefined) {
    const fits = THING_NOUNS[reference.noun];
    candidates = before.entities.filter((e) => kindOf(e) !== "person" && kindOf(e) !== "place" && fits !== undefined && fits.test(nameOf(e).toLowerCase()));
  } else {
    // A capital that did something ("Islamabad backs the proposal") is its government: "it" is the country.
    const actor = before.actor !== undefined ? (stateOfCapital(before.actor, matcher) ?? before.actor) : undefined;
    candidates =
      actor !== undefined && kindOf(actor) !== "person" && kindOf(actor) !== "place"
        ? [actor]
        : before.entities.filter((e) => kindOf(e) !== "person" && kindOf(e) !== "place");
  }
  const one = candidates.length === 1 ? candidates[0] : undefined;
  if (one === undefined) return undefined;
  return { ...base, pointer: "thing", context: { entities: [one], actor: one, places: [], dates: [] }, names: [nameOf(one)] };
}

/** The line the explanation gives: "'a year later' read as 1996, from line 9". */
export function describeResolution(resolution: Resolution, dates: readonly string[]): string {
  const meaning = resolution.pointer === "event" && resolution.names.length === 0 ? dates.join(", ") : [...resolution.names, ...(resolution.pointer === "event" ? dates : [])].join(", ");
  return `'${resolution.words}' read as ${meaning || "the sentence before"}, from line ${resolution.line}`;
}
