// The parts of a sentence that compareFacts does not weigh: what happened (the
// event), who did it to whom (roles), the titles it gives people, who it says
// said it, and every other word it asserts. Each part is aligned with one
// corpus claim, in the spirit of natural logic (MacCartney and Manning): the
// same as or more general than what the claim states ("agree"), excluded by
// it ("differ": closed where it says opened, giver and receiver swapped), or
// not spoken to ("uncovered": a purpose, a title or a place no source gives).
// A sentence is supported only when no part is left uncovered: a name or a
// year that agrees is not support of everything else the sentence says.

import { claimTexts } from "../corpus/claim-texts.js";
import { lookupCorpus } from "../corpus/corpus-lookup.js";
import type { TextAnalysis } from "../facts/analyze-text.js";
import { readWords } from "../facts/analyze-text.js";
import type { EventMention } from "../facts/read-events.js";
import type { Posting } from "../facts/extract-roles.js";
import type { IndexedClaim, SearchIndex } from "../search/build-index.js";
import { stateOfCapital, type EntityMatcher } from "../text/entity-matcher.js";
import { escapeRegExp } from "../text/escape-regexp.js";
import { antonymsOf, lemmasIn } from "../text/antonyms.js";
import { sourcesNamed } from "../facts/source-voice.js";
import { normalizeText } from "../text/normalize.js";
import { canonicalWord, isStopWord, splitWords } from "../text/tokenize.js";
import { eventsConverse, eventsExclude, eventsMatch, eventType, isLightWord, LEXICON, matchLexicon } from "../text/lexicon.js";
import { capitalFor, clauseTermsFor, describePosting, entityName, HOME, related, type FactComparison } from "./compare-facts.js";

/** The least share of a sentence's weight in words no claim explains that makes them a detail of their own. */
const DETAIL_SHARE = 0.2;
/**
 * Words of scope and degree ("only", "fully", "most of", "in person"), and
 * of a time after the source ("already", "has since"): light words that
 * change what a sentence asserts ("Only a handful of brands", "has been
 * fully paid out", "has since collapsed"), so a claim that does not use them
 * does not state it. "A new agreement" with no date says it is recent, which
 * no article written before can state.
 */
const SCOPE_WORDS = /(?<![\w-])(?:only|new|solely|exclusively|merely|barely|fully|entirely|completely|wholly|totally|mostly|mainly|largely|chiefly|predominantly|(?<!the )most of|all of|(?<!above |at |after |of |are |is |was |were )all(?= (?:[a-z-]+ ){0,2}?(?!has\b|was\b|is\b|this\b|us\b)[a-z]+s\b)|every|always|marginal|private|routine|in person|already|(?:has|have|had) since)(?![\w-])/g;

/** Words of scope that say the same ("most of" and "the majority"): a claim that uses one states the others. */
const SCOPE_GROUPS: readonly (readonly string[])[] = [
  ["most of", "most", "majority", "mostly", "mainly", "largely", "chiefly", "predominantly"],
  ["only", "solely", "exclusively", "merely", "alone"],
  ["fully", "full", "entirely", "completely", "wholly", "totally"],
  ["all of", "all", "every", "each"],
];

/** Whether a claim's text uses a scope word or one that says the same. */
function scopeStated(word: string, claimText: string): boolean {
  const group = SCOPE_GROUPS.find((g) => g.includes(word)) ?? [word];
  return group.some((w) => new RegExp(`(?<![\\w-])${w.length > 6 ? w.replace(/ly$/, "") : w}`).test(claimText));
}

/** Nouns of prepositional idioms ("in turn", "on the table", "in general"): never what a sentence is about. */
const IDIOM_NOUNS = new Set(["turn", "time", "table", "view", "fact", "general", "particular", "addition", "order", "return", "earnest", "short", "sum", "total", "all", "practice", "person", "principle", "course", "sidelines", "hands", "line", "charge", "defiance", "aim", "favour", "favor", "spite", "terms", "respect", "case", "light", "wake", "run", "years", "future", "past", "end"]);

/** The lemmas of a claim's statement and quotes, read once per claim. */
const claimLemmaSets = new WeakMap<IndexedClaim, Set<string>>();
function claimLemmas(entry: IndexedClaim): Set<string> {
  let lemmas = claimLemmaSets.get(entry);
  if (lemmas === undefined) claimLemmaSets.set(entry, (lemmas = lemmasIn(normalizedClaim(entry))));
  return lemmas;
}

/** A claim's statement and quotes, normalised, read once per claim. */
const normalizedTexts = new WeakMap<IndexedClaim, string>();
function normalizedClaim(entry: IndexedClaim): string {
  let text = normalizedTexts.get(entry);
  if (text === undefined) normalizedTexts.set(entry, (text = normalizeText(claimTexts(entry.claim).join(" \n "))));
  return text;
}

/**
 * What the test for an added detail reads of the sentence alone: read once
 * per sentence rather than once for each of its candidate claims, where
 * building a pattern per word and claim was a fifth of alignClaim's time.
 */
interface SentenceReading {
  /** Words of scope or degree in the sentence ("only", "mostly"). */
  scopeWords: string[];
  /** Whether the sentence names what a thing is in or about with this word. */
  topical(word: string): boolean;
  /** The weight of all the sentence's terms. */
  weight(index: SearchIndex): number;
}
const sentenceReadings = new WeakMap<TextAnalysis, SentenceReading>();
const TOPIC_PREPOSITION = /\b(?:in|on|about|of|for)\s+/g;
function sentenceReading(said: TextAnalysis): SentenceReading {
  let reading = sentenceReadings.get(said);
  if (reading !== undefined) return reading;
  const topics = new Map<string, boolean>();
  // Where a word after "in", "on", "about", "of" or "for" (and "the") starts: a word that starts nowhere
  // there is no topic, and needs no pattern built for it.
  const starts: number[] = [];
  for (const m of said.normalized.matchAll(TOPIC_PREPOSITION)) {
    const at = (m.index ?? 0) + m[0].length;
    starts.push(at);
    const the = /the\s+/y;
    the.lastIndex = at;
    if (the.test(said.normalized)) starts.push(the.lastIndex);
  }
  // Weighed by one index's IDF: kept with the index it was weighed by.
  let weighed: { index: SearchIndex; weight: number } | undefined;
  reading = {
    scopeWords: [...said.normalized.matchAll(SCOPE_WORDS)].map((m) => m[0]),
    topical(w) {
      let found = topics.get(w);
      if (found === undefined) topics.set(w, (found = starts.some((at) => said.normalized.startsWith(w, at)) && new RegExp(`\\b(?:in|on|about|of|for)\\s+(?:the\\s+)?${escapeRegExp(w)}\\b(?!\\s+(?:of|with|to)\\b)${w.endsWith("ing") ? "(?=\\s*(?:[,.;:]|$|(?:and|or|every|each|at|in|on|from|is|are|was|were|has|have)\\b))" : ""}`).test(said.normalized)));
      return found;
    },
    weight(index) {
      if (weighed?.index !== index) weighed = { index, weight: [...new Set(said.terms)].reduce((sum, t) => sum + index.idf(t), 0) };
      return weighed.weight;
    },
  };
  sentenceReadings.set(said, reading);
  return reading;
}

/** Words two parties share either way round ("relations between", "friendship of"): no order to swap. */
const SYMMETRIC = new Set(["relat", "tie", "friendship", "border", "~cooperate", "~meet", "~concur", "~diverge", "brotherli", "bilater", "mutual", "joint", "common", "close", "closer", "similar", "~trade", "~agreement", "~envoy", "~state"]);
/** How many words apart two parties may stand around the word between them. */
const SWAP_SPAN = 6;

/** Who did what to whom, read from word order: [doer, word, done-to], a passive ("B was w by A") turned round. */
type Triple = [doer: string, term: string, doneTo: string, written: string];

/** The ordered (party, word, party) triples of a text, within one clause. */
function triplesOf(text: string, index: SearchIndex): Triple[] {
  const { words, mentions, normalized } = readWords(text, index.matcher);
  const party = (id: string): boolean => ["person", "country", "organisation"].includes(index.matcher.entity(id)?.kind ?? "");
  // Each word or name once, in order: a name is one item.
  const items: Array<{ term: string; start: number; end: number; word: string }> = [];
  const plain = words.map((w) => w.word);
  let m = 0;
  for (let i = 0; i < words.length; i++) {
    const mention = mentions[m];
    const w = words[i];
    if (w === undefined) continue;
    if (mention !== undefined && i === mention.from) {
      items.push({ term: `@${mention.entity}`, start: w.start, end: words[mention.to - 1]?.end ?? w.end, word: "" });
      i = mention.to - 1;
      m++;
      continue;
    }
    const hit = matchLexicon(plain, i);
    if (hit !== undefined) {
      items.push({ term: hit.term, start: w.start, end: words[i + hit.length - 1]?.end ?? w.end, word: w.word });
      i += hit.length - 1;
      continue;
    }
    // "Mamnoon Hussain, who congratulated her on writing it": an object pronoun stands for the person named before the
    // doer; "her book" is whose, not whom.
    if ((w.word === "her" || w.word === "him") && /^\s*(?:[,.;:]|$|(?:on|for|that|to|with|about|at|in)\b)/.test(normalized.slice(w.end))) {
      const people = items.filter((x) => x.term.startsWith("@") && index.matcher.entity(x.term.slice(1))?.kind === "person");
      const doer = people[people.length - 1];
      const other = [...people].reverse().find((x) => x.term !== doer?.term);
      if (other !== undefined) {
        items.push({ term: other.term, start: w.start, end: w.end, word: "" });
        continue;
      }
    }
    items.push({ term: isStopWord(w.word) ? w.word : canonicalWord(w.word), start: w.start, end: w.end, word: w.word });
  }
  const triples: Triple[] = [];
  for (let i = 0; i < items.length; i++) {
    const a = items[i];
    if (a === undefined || !a.term.startsWith("@") || !party(a.term.slice(1))) continue;
    for (let k = i + 2; k < Math.min(items.length, i + 1 + SWAP_SPAN); k++) {
      const b = items[k];
      if (b === undefined || !b.term.startsWith("@") || b.term === a.term || !party(b.term.slice(1))) continue;
      // One clause: no comma or semicolon between the two parties.
      // "A, who congratulated B": the relative clause's doer is A.
      if (/[,;]/.test(normalized.slice(a.end, b.start).replace(/^\s*,\s*who\b/, ""))) break;
      // "founded by B", "received help from B": B did it.
      const passive = items[k - 1]?.term === "by" || items[k - 1]?.term === "from";
      for (let j = i + 1; j < k; j++) {
        const w = items[j];
        if (w === undefined || w.term.startsWith("@") || isStopWord(w.word) || SYMMETRIC.has(w.term) || OFFICE_TERMS.has(w.term) || isLightWord(w.word)) continue;
        triples.push(passive ? [b.term, w.term, a.term, w.word] : [a.term, w.term, b.term, w.word]);
      }
    }
  }
  return triples;
}

const claimTriples = new WeakMap<IndexedClaim, Set<string>>();
const sentenceTriples = new WeakMap<TextAnalysis, Triple[]>();

/**
 * Two parties the sentence names either side of a word ("A congratulated B",
 * "A is a supplier to B"), which the claim names only the other way round.
 */
function swappedAround(said: TextAnalysis, entry: IndexedClaim, index: SearchIndex, inClause: (term: string) => boolean): { said: string; corpus: string } | undefined {
  let mine = sentenceTriples.get(said);
  if (mine === undefined) sentenceTriples.set(said, (mine = triplesOf(said.normalized, index)));
  if (mine.length === 0) return undefined;
  let theirs = claimTriples.get(entry);
  if (theirs === undefined) {
    theirs = new Set(claimTexts(entry.claim).flatMap((t) => triplesOf(t, index)).map((t) => t.slice(0, 3).join(" ")));
    claimTriples.set(entry, theirs);
  }
  const own = new Set(mine.map((t) => t.slice(0, 3).join(" ")));
  for (const [a, w, b, written] of mine) {
    if (!inClause(a) || !inClause(b)) continue;
    const back = `${b} ${w} ${a}`;
    // The sentence says it both ways ("… opened in Baku, and Azerbaijan opened …"): nothing swapped.
    if (theirs.has(back) && !theirs.has(`${a} ${w} ${b}`) && !own.has(back)) {
      const name = (t: string): string => entityName(t.slice(1), index.matcher);
      return { said: `${name(a)} ${written} ${name(b)}`, corpus: `${name(b)} ${written} ${name(a)}` };
    }
  }
  return undefined;
}

/** Words that put a posting before the one the sources give: "previously served as", "a former envoy to". */
const PAST_POSTING = /\b(?:previously|formerly|once|earlier in (?:his|her) career|former|ex)\b/;

/** Titles written more than one way. */
const SAME_TITLE: Record<string, string> = Object.assign(Object.create(null), {
  premier: "prime minister",
  envoy: "ambassador",
  "defense minister": "defence minister",
  chairperson: "chairman",
});
const titleKey = (title: string): string => SAME_TITLE[title] ?? title;

interface CorpusKnowledge {
  /** Claim id → its position in index.claims. */
  /** Source id → the people it is by or with (the interview's ambassador). */
  voices: Map<string, string[]>;
  /** What the corpus says of offices, read when a sentence first needs it. */
  offices(): Offices;
}

interface Offices {
  /** Person → the titles any claim gives them; title → the people given it. */
  titlesOf: Map<string, Set<string>>;
  holdersOf: Map<string, Set<string>>;
  /** Person → the diplomatic postings any claim gives them. */
  postingsOf: Map<string, Posting[]>;
}

const knowledge = new WeakMap<SearchIndex, CorpusKnowledge>();
/** The office words, as terms ("ambassador", "minist"). */
// Not "nation" (of "national leader"): "Pakistan's National Assembly" is a body, not an office. Nor the words that only
// say which minister or commissioner ("energy minister", "trade minister", "high commissioner"): "Azerbaijan's energy sector" is no office.
const NOT_OFFICE_WORDS = new Set(["national", "high", "commissioner", "finance", "interior", "commerce", "trade", "energy", "information", "crown"].map(canonicalWord));
const OFFICE_TERMS = new Set([...LEXICON.offices.titles.flatMap((t) => t.split(" ")).map(canonicalWord), "envoy"].filter((t) => !NOT_OFFICE_WORDS.has(t)));

/** What the whole corpus says of titles and voices, read once per index. */
function knowledgeOf(index: SearchIndex): CorpusKnowledge {
  let known = knowledge.get(index);
  if (known !== undefined) return known;
  const voices = new Map<string, string[]>();
  for (const source of index.corpus.sources) {
    const names = source.authors.map((a) => a.literal ?? `${a.given ?? ""} ${a.family ?? ""}`).join(" , ");
    voices.set(source.id, [...new Set(readWords(names, index.matcher).mentions.map((m) => m.entity))]);
  }
  let offices: Offices | undefined;
  known = { voices, offices: () => (offices ??= readOffices(index)) };
  knowledge.set(index, known);
  return known;
}

/** The titles the corpus gives a person ("ambassador", "prime minister"), one spelling each; undefined where it gives none. */
export function titlesGiven(index: SearchIndex, person: string): ReadonlySet<string> | undefined {
  return knowledgeOf(index).offices().titlesOf.get(person);
}

/**
 * Every title and posting the corpus gives anyone. Only the claims that hold
 * an office word are read (through the index's postings), so that an index
 * whose entries are read on demand reads a few claims, not all of them.
 */
function readOffices(index: SearchIndex): Offices {
  const titlesOf = new Map<string, Set<string>>();
  const holdersOf = new Map<string, Set<string>>();
  const postingsOf = new Map<string, Posting[]>();
  const add = (person: string, title: string): void => {
    const key = titleKey(title);
    titlesOf.set(person, (titlesOf.get(person) ?? new Set()).add(key));
    holdersOf.set(key, (holdersOf.get(key) ?? new Set()).add(person));
  };
  const officeTerms = new Set([...OFFICE_TERMS, "~envoy"]);
  const positions = new Set<number>();
  for (const term of officeTerms) for (const p of index.postings.get(term) ?? []) positions.add(p);
  for (const position of [...positions].sort((a, b) => a - b)) {
    const entry = index.claims[position];
    if (entry === undefined) continue;
    for (const t of entry.statement.titles ?? []) add(t.person, t.title);
    for (const p of entry.statement.postings ?? []) if (p.holder !== undefined) postingsOf.set(p.holder, [...(postingsOf.get(p.holder) ?? []), p]);
  }
  // A name written with its title ("President Aliyev") is a title the corpus gives.
  for (const entity of index.corpus.entities) {
    for (const alias of entity.aliases ?? []) {
      const lower = alias.toLowerCase();
      for (const title of ["president", "prime minister", "premier", "ambassador", "first lady"]) if (lower.startsWith(`${title} `) || lower.includes(`${title} of`)) add(entity.id, title);
    }
  }
  return { titlesOf, holdersOf, postingsOf };
}

/** The claim's own terms, and those of claims it records as the same event or a part of it. */
function explainingTerms(entry: IndexedClaim, index: SearchIndex, known: CorpusKnowledge): Set<string> {
  // A check aligns the same few dozen candidates with every sentence of a draft: read each claim's words once.
  let memo = explainingMemo.get(index);
  if (memo === undefined) explainingMemo.set(index, (memo = new Map()));
  const cached = memo.get(entry.claim.id);
  if (cached !== undefined) return cached;
  const terms = readExplainingTerms(entry, index, known);
  memo.set(entry.claim.id, terms);
  return terms;
}

const explainingMemo = new WeakMap<SearchIndex, Map<string, Set<string>>>();

function readExplainingTerms(entry: IndexedClaim, index: SearchIndex, known: CorpusKnowledge): Set<string> {
  const terms = new Set(entry.terms.keys());
  // Words inside a name the claim gives ("at the Ministerial Level" in the
  // commission's full name) are in its text, if not among its terms.
  for (const text of claimTexts(entry.claim)) {
    for (const word of splitWords(normalizeText(text))) terms.add(canonicalWord(word.word));
  }
  for (const ref of entry.claim.related ?? []) {
    if (ref.relation !== "same-event" && ref.relation !== "part-of") continue;
    const other = index.claims[lookupCorpus(index.corpus).position(ref.claim) ?? -1];
    if (other !== undefined) for (const term of other.terms.keys()) terms.add(term);
  }
  return terms;
}

/** The countries a claim's statement names, read once per claim. */
const claimParties = new WeakMap<IndexedClaim, string[]>();
function countryParties(entry: IndexedClaim, matcher: EntityMatcher): string[] {
  let parties = claimParties.get(entry);
  if (parties === undefined) claimParties.set(entry, (parties = entry.statement.entities.filter((e) => matcher.entity(e)?.kind === "country")));
  return parties;
}

/** Who a claim's own statement says spoke: "according to X", "X said", "X told Y". */
function ownSpeakers(entry: IndexedClaim): Set<string> {
  const speakers = new Set<string>();
  if (entry.statement.speaker !== undefined) speakers.add(entry.statement.speaker);
  for (const e of entry.statement.events ?? []) if (e.type === "state" && e.agent !== undefined && e.words !== "according to") speakers.add(e.agent);
  return speakers;
}

/** Verbs a quote's "President Mamnoon said that …" speaks with. */
const QUOTE_SAYS = "said|says|stated|states|told|added|noted|stressed|remarked|observed|hoped|emphasi[sz]ed|underlined|highlighted|asserted|declared|maintained|assured|pointed out|expressed";

/** The people a claim's quotes say spoke, by name ("President Mamnoon said that Pakistan supports …"), read once per claim. */
const quoteSpeakerSets = new WeakMap<IndexedClaim, Set<string>>();
function quoteSpeakers(entry: IndexedClaim, matcher: EntityMatcher): Set<string> {
  let speakers = quoteSpeakerSets.get(entry);
  if (speakers !== undefined) return speakers;
  speakers = new Set<string>();
  for (const id of entry.facts.entities ?? []) {
    const person = matcher.entity(id);
    if (person?.kind !== "person") continue;
    const names = [person.name, ...(person.aliases ?? [])].map(escapeRegExp).join("|");
    // The name as the subject: "the visit of President Hussain had added" is no saying.
    const speaks = new RegExp(`(?<!\\b(?:of|to|with|by|for|on|from)\\s+)\\b(?:${names})\\s+(?:also\\s+|further\\s+)?(?:${QUOTE_SAYS})\\b`, "u");
    if (entry.claim.citations.some((c) => speaks.test(c.quote))) speakers.add(id);
  }
  quoteSpeakerSets.set(entry, speakers);
  return speakers;
}

/** Who a claim says said it: its own speakers, those its quotes name, and the voices of its sources (the interview's ambassador). */
function speakersOf(entry: IndexedClaim, known: CorpusKnowledge, matcher: EntityMatcher): Set<string> {
  const speakers = ownSpeakers(entry);
  for (const s of quoteSpeakers(entry, matcher)) speakers.add(s);
  for (const c of entry.claim.citations) {
    for (const v of known.voices.get(c.source) ?? []) speakers.add(v);
    // "He said the bilateral relations … are rooted in shared history": the curator names who he is.
    if (c.speaker !== undefined) speakers.add(c.speaker);
  }
  return speakers;
}

/** Office words of a sentence that no name follows or precedes: a speaker named by office ("its ambassador said"). */
function officeWords(said: TextAnalysis): string[] {
  const named = new Set((said.titles ?? []).map((t) => t.title));
  const words: string[] = [];
  for (const { words: w } of said.termWords ?? []) {
    if (["ambassador", "envoy", "minister", "president", "spokesman", "spokesperson", "official", "officials"].includes(w) && !named.has(w)) words.push(w);
  }
  return words;
}

/** Whether a sentence names a place as where something is or happens: after "in", "at", "to", "from" … or a verb of going. */
function namedAsPlace(entity: { name: string; aliases?: readonly string[] }, normalized: string): boolean {
  return [entity.name, ...(entity.aliases ?? [])].some((name) => {
    const escaped = escapeRegExp(name.toLowerCase());
    return new RegExp(`\\b(?:in|at|to|from|into|near|outside|visited|visiting|visits|visit)\\s+${escaped}\\b`).test(normalized);
  });
}

/**
 * Whether some claim's statement says the owner's thing ("Azerbaijani
 * students"). Only the claims that carry the thing's term are read (through
 * the index's postings), so that an index read on demand stays so.
 */
function possessedInCorpus(index: SearchIndex, owner: string, thing: string): boolean {
  // The thing's stem, or the concept the lexicon reads it as ("students" as ~student).
  const positions = [...(index.postings.get(thing) ?? []), ...(index.postings.get(`~${thing}`) ?? [])];
  return positions.some((at) => index.claims[at]?.statement.possessions?.some((q) => q.owner === owner && q.thing === thing) === true);
}

/** Whether an entity is named right before the words of an event: as its subject ("Pakistan has proposed") or its owner ("Pakistan's proposed"). */
function writtenBefore(id: string, words: string, normalized: string, matcher: EntityMatcher): boolean {
  const entity = matcher.entity(id);
  if (entity === undefined) return false;
  const names = [entity.name, ...(entity.aliases ?? [])].map((n) => escapeRegExp(normalizeText(n))).join("|");
  return new RegExp(`\\b(?:${names})(?:'s)?\\s+(?:(?:has|had|have|is|was|also|then)\\s+)?${escapeRegExp(words)}\\b`).test(normalized);
}

/** The claims that report a visit, found once per index. */
const visitClaims = new WeakMap<SearchIndex, IndexedClaim[]>();

/**
 * "During his 2015 visit, Mamnoon Hussain pledged …": a visit named only as
 * the occasion of what the claim reports is spoken to where a claim of the
 * same source reports that visit, by someone the sentence names, in the year
 * it gives. The article that reports both is the article about the visit.
 */
function occasionVisit(e: EventMention, said: TextAnalysis, entry: IndexedClaim, index: SearchIndex): IndexedClaim | undefined {
  if (e.type !== "visit") return undefined;
  const occasion = new RegExp(`\\b(?:during|on|in the course of|following|after)\\s+(?:[\\p{L}\\d'’.-]+\\s+){0,4}?${escapeRegExp(e.words.toLowerCase())}\\b`, "u").exec(said.normalized);
  if (occasion === null) return undefined;
  const years = [...occasion[0].matchAll(/\b(?:1[89]|20)\d{2}\b/g)].map((m) => m[0]);
  // Only the claims that carry the visit's term are read (through the index's postings), so that an index read on demand stays so.
  let visits = visitClaims.get(index);
  if (visits === undefined) visitClaims.set(index, (visits = (index.postings.get("~visit") ?? []).flatMap((at) => index.claims[at] ?? []).filter((c) => c.statement.events?.some((v) => v.type === "visit" && v.agent !== undefined) === true)));
  const sources = new Set(entry.claim.citations.map((c) => c.source));
  return visits.find(
    (v) =>
      v.claim.citations.some((c) => sources.has(c.source)) &&
      v.statement.events?.some((m) => m.type === "visit" && m.agent !== undefined && (e.agent !== undefined ? related(m.agent, e.agent, index.matcher) : said.entities.some((id) => related(m.agent ?? "", id, index.matcher)))) === true &&
      // A visit the claim does not date was made when its source was written.
      years.every((y) => ((v.facts.dates ?? []).length > 0 ? (v.facts.dates ?? []) : v.sourceDates).some((d) => d.value.startsWith(y))),
  );
}

/** "Pakistan gave Azerbaijan" against "Azerbaijan gave Pakistan": who did it and to whom, swapped. */
function reversed(said: EventMention, stated: EventMention, matcher: EntityMatcher, involved: readonly string[]): boolean {
  const same = (a: string | undefined, b: string | undefined): boolean => a !== undefined && b !== undefined && related(a, b, matcher);
  if (said.agent !== undefined && said.recipient !== undefined && stated.agent !== undefined && stated.recipient !== undefined) {
    return same(said.agent, stated.recipient) && same(said.recipient, stated.agent) && !same(said.agent, stated.agent);
  }
  // Both of the sentence's parties are the claim's, arranged otherwise: "Mehriban Aliyeva conferred it on Mamnoon Hussain".
  if (said.agent !== undefined && said.recipient !== undefined && stated.agent !== undefined && !same(said.agent, stated.agent) && involved.some((e) => same(e, said.agent)) && involved.some((e) => same(e, said.recipient))) return true;
  // One role each side: the sentence's doer is the claim's receiver, and not also its doer.
  if (said.agent !== undefined && stated.recipient !== undefined && stated.agent !== undefined) return same(said.agent, stated.recipient) && !same(said.agent, stated.agent);
  if (said.recipient !== undefined && stated.agent !== undefined && stated.recipient !== undefined) return same(said.recipient, stated.agent) && !same(said.recipient, stated.recipient);
  // "Azerbaijan was defeated" against "Azerbaijan's victory": the doer made the one it was done to.
  if (said.recipient !== undefined && said.agent === undefined && stated.agent !== undefined && stated.recipient === undefined) return same(said.recipient, stated.agent);
  return false;
}

function describeRoles(e: EventMention, matcher: EntityMatcher): string {
  const who = e.agent !== undefined ? entityName(e.agent, matcher) : "someone";
  const whom = e.recipient !== undefined ? ` ${eventType(e.type)?.from === true ? "from " : ""}${entityName(e.recipient, matcher)}` : "";
  return `${who} ${e.words}${whom}`;
}

/**
 * The event, roles, titles, speaker and remaining words of a sentence,
 * aligned with one claim. Dates, numbers, ranks, places and names are
 * compareFacts's; this adds what it does not weigh.
 * @param thorough also read word order for swapped parties: worth its cost
 *   (the claim's words read again) only for a claim that could decide the verdict.
 */
export function alignClaim(said: TextAnalysis, entry: IndexedClaim, index: SearchIndex, unknownNames: readonly string[] = [], thorough = true): FactComparison[] {
  const { matcher } = index;
  const known = knowledgeOf(index);
  const explained = explainingTerms(entry, index, known);
  const out: FactComparison[] = [];
  const statedEvents = entry.statement.events ?? [];

  // In a compound sentence, the clause this claim speaks to: the other clauses are other claims' business.
  const clause = clauseTermsFor(said, entry);
  const inClause = (term: string): boolean => clause === undefined || clause.has(term);

  // What happened.
  const sentenceEvents = (said.events ?? []).filter((e) => e.type !== "state" && inClause(`~${e.type}`));
  // "Serves as", "was posted as" ambassador: holding the office a claim gives someone by title ("X is Azerbaijan's ambassador").
  const holdsTitle = (e: EventMention): boolean => e.type === "hold-office" && [...explained].some((t) => OFFICE_TERMS.has(t));
  // "Azerbaijan imports from Pakistan" where the claim says Pakistan exports to Azerbaijan: the same event told from the other side, its roles exchanged.
  const told = new Map<EventMention, EventMention[]>();
  /** Each claim event told from the other side → the claim's event as the claim tells it. */
  const flippedEvents = new Map<EventMention, EventMention>();
  const conversely = (e: EventMention): EventMention[] => {
    let found = told.get(e);
    if (found !== undefined) return found;
    // Only where the claim says who: "was to buy weapons" with no buyer named could be either side's sale.
    found = statedEvents
      .filter((s) => eventsConverse(e.type, s.type) && (s.agent !== undefined || s.recipient !== undefined))
      .map((s) => {
        const flipped: EventMention = { type: e.type, words: s.words, ...(s.recipient !== undefined ? { agent: s.recipient } : {}), ...(s.agent !== undefined ? { recipient: s.agent } : {}) };
        flippedEvents.set(flipped, s);
        return flipped;
      });
    told.set(e, found);
    return found;
  };
  // Told from the other side, one role each is enough to show a swap: the claim's buyer selling, or the other country buying.
  const doerSwapped = (e: EventMention, s: EventMention): boolean =>
    flippedEvents.has(s) &&
    ((e.agent !== undefined && s.recipient !== undefined && related(e.agent, s.recipient, matcher)) ||
      (e.recipient !== undefined && s.agent !== undefined && related(e.recipient, s.agent, matcher)) ||
      (e.recipient !== undefined && s.recipient !== undefined && HOME.has(e.recipient) && HOME.has(s.recipient) && e.recipient !== s.recipient));
  const matches = (e: EventMention): boolean => statedEvents.some((s) => eventsMatch(e.type, s.type)) || conversely(e).length > 0 || explained.has(`~${e.type}`) || (eventType(e.type)?.compatible ?? []).some((c) => explained.has(`~${c}`)) || holdsTitle(e);
  const anyMatched = sentenceEvents.some(matches);
  for (const e of sentenceEvents) {
    // "Agreed to supply", "hosts a centre": the framing verb beside an event the claim states.
    if (anyMatched && !matches(e) && eventType(e.type)?.secondary === true) continue;
    // "Gave open backing", "extended its support": giving an event's noun is that event, which is aligned on its own.
    if (e.type === "give" && !matches(e) && sentenceEvents.some((o) => o !== e && o.type !== "give" && matches(o) && new RegExp(`\\b${escapeRegExp(e.words)} (?:[\\p{L}-]+ ){0,2}${escapeRegExp(o.words)}\\b`, "u").test(said.normalized))) continue;
    if (matches(e)) {
      const same = [...statedEvents.filter((s) => eventsMatch(e.type, s.type)), ...conversely(e)];
      // Only mentions with a doer or a receiver can be reversed: "supply contracts" beside "exports … with Pakistan LNG" says nothing of who.
      const framed = same.filter((s) => s.agent !== undefined || s.recipient !== undefined);
      // "In return for Pakistan's backing …, Azerbaijan has supported Islamabad": the sentence also tells it the claim's way round.
      const toldBothWays = sentenceEvents.some((o) => o !== e && eventsMatch(o.type, e.type) && framed.some((s) => s.agent !== undefined && o.agent !== undefined && related(s.agent, o.agent, matcher)));
      // "Pakistan's proposed investment in Azerbaijan" against "Azerbaijan has proposed an investment in Pakistan": the doer is
      // the other of the two countries, which the sentence names elsewhere and the claim names too.
      // A capital that acts is its state ("Islamabad's proposed investment"). Only a doer written right before the event
      // ("Pakistan has proposed", "Islamabad's proposed"): one read from further off may be a place in an aside.
      const doer = e.agent !== undefined ? (stateOfCapital(e.agent, matcher) ?? e.agent) : undefined;
      // The pattern last: it is built for the rare event that passes the other tests.
      const otherHome = (s: EventMention): boolean =>
        doer !== undefined && s.agent !== undefined && HOME.has(doer) && HOME.has(s.agent) && doer !== s.agent && said.entities.includes(s.agent) && entry.statement.entities.includes(doer) && writtenBefore(e.agent ?? "", e.words, said.normalized, matcher);
      const swapped = eventType(e.type)?.directional === true && framed.length > 0 && !toldBothWays && framed.every((s) => reversed(e, s, matcher, entry.statement.entities) || doerSwapped(e, s) || otherHome(s));
      const first = same[0];
      // Done to someone else ("recognised Armenia" where the claim says Azerbaijan): another event, or a third party.
      // Only whole frames with a doer named, done to a country or a person: a name after a noun ("his 2024 visit Ilham Aliyev met") is no object.
      const whom = (id: string | undefined): boolean => id !== undefined && ["country", "person"].includes(matcher.entity(id)?.kind ?? "");
      const otherRecipient =
        eventType(e.type)?.directional === true &&
        e.agent !== undefined &&
        whom(e.recipient) &&
        same.length > 0 &&
        // The same doer (or one not named) to someone else; another doer and another receiver is simply another event.
        same.every((s) => (s.agent === undefined || related(s.agent, e.agent ?? "", matcher)) && whom(s.recipient) && !related(s.recipient ?? "", e.recipient ?? "", matcher)) &&
        // "recognised Azerbaijan … and does not recognise Armenia": the sentence also speaks of the claim's own receiver.
        !sentenceEvents.some((o) => o !== e && o.type === e.type && same.some((s) => s.recipient !== undefined && o.recipient !== undefined && related(s.recipient, o.recipient, matcher)));
      // Shown as the claim tells it: "Azerbaijan gave Pakistan", not its other side.
      const told = first !== undefined ? (flippedEvents.get(first) ?? first) : undefined;
      if (swapped && told !== undefined) out.push({ kind: "roles", outcome: "differ", said: describeRoles(e, matcher), corpus: describeRoles(told, matcher) });
      else if (otherRecipient && told !== undefined) out.push({ kind: "recipient", outcome: "differ", said: describeRoles(e, matcher), corpus: describeRoles(told, matcher), entities: e.recipient !== undefined ? [e.recipient] : [] });
      else out.push({ kind: "event", outcome: "agree", said: e.words, corpus: told?.words ?? e.words });
      continue;
    }
    const opposite = statedEvents.find((s) => eventsExclude(s.type, e.type));
    if (opposite !== undefined) out.push({ kind: "event", outcome: "differ", said: e.words, corpus: opposite.words, terms: [`~${e.type}`] });
    else {
      const visit = occasionVisit(e, said, entry, index);
      out.push(visit !== undefined ? { kind: "event", outcome: "agree", said: e.words, corpus: `${visit.claim.id}: ${visit.statement.events?.find((v) => v.type === "visit")?.words ?? "visit"}` } : { kind: "event", outcome: "uncovered", said: e.words, corpus: "" });
    }
  }

  // "Ganira Pashayeva congratulated Mamnoon Hussain" where the claim says Mamnoon Hussain congratulated her:
  // the same word between the same two parties, in the other order, for a word the lexicon has no event for.
  if (thorough && !out.some((f) => f.kind === "roles")) {
    const swap = swappedAround(said, entry, index, inClause);
    if (swap !== undefined) out.push({ kind: "roles", outcome: "differ", said: swap.said, corpus: swap.corpus });
  }

  // Whose things: "Pakistan's expertise" where the claim says Azerbaijan's is a swap of the parties.
  for (const p of said.possessions ?? []) {
    // Whose ambassador or minister is a posting or a title, compared above and below.
    if (!inClause(p.thing) || OFFICE_TERMS.has(p.thing)) continue;
    // "The National Assembly (Milli Mejlis) of Azerbaijan" says whose as "Azerbaijan's National Assembly" does.
    const ofOwner = [...HOME].find((h) => h !== p.owner && HOME.has(p.owner) && !p.thing.startsWith("@") && new RegExp(`\\b${p.thing}[a-z]*(?: [a-z]+){0,2}(?: \\([^)]*\\))? of ${h}\\b`).test(normalizedClaim(entry)));
    const theirs = [...(entry.statement.possessions ?? []).filter((q) => q.thing === p.thing), ...(ofOwner !== undefined ? [{ owner: ofOwner, thing: p.thing }] : [])];
    // Between the two countries, or between parties the claim names both of ("Azerbaijan's footsteps" where it says Russia's, and names Azerbaijan too).
    const parties = entry.statement.entities;
    // "Azerbaijani students in Pakistan" against a claim on Pakistani students in Baku: where the corpus speaks of the
    // sentence's own group elsewhere, it is that other group, not these two swapped.
    const swapped =
      theirs.length > 0 &&
      theirs.every((q) => q.owner !== p.owner && !related(q.owner, p.owner, matcher) && (HOME.has(q.owner) === HOME.has(p.owner) || (parties.includes(q.owner) && parties.includes(p.owner)))) &&
      !(p.adjective === true && possessedInCorpus(index, p.owner, p.thing)) &&
      // "Azerbaijani support … in return for Pakistan's support": the sentence names the claim's owner's too.
      !(said.possessions ?? []).some((o) => o !== p && o.thing === p.thing && theirs.some((q) => related(q.owner, o.owner, matcher))) &&
      // "Pakistan's support" where the claim says Pakistan supports Azerbaijan (and names Azerbaijan's support too): that is the claim's event, by its doer.
      !sentenceEvents.some((e) => canonicalWord(e.words) === p.thing && e.agent !== undefined && related(e.agent, p.owner, matcher) && statedEvents.some((s) => eventsMatch(e.type, s.type) && s.agent !== undefined && related(s.agent, p.owner, matcher)));
    const first = theirs[0];
    // A named body ("@ministry-…") is shown by its name.
    // Shown as written ("national assembly"), not as its stem.
    const thing = p.thing.startsWith("@") ? entityName(p.thing.slice(1), matcher) : (new RegExp(`'s (${p.thing}[a-z]*(?: (?!(?:in|of|on|for|to|and|the|with|is|was|are|has)\\b)[a-z]+)?)`).exec(said.normalized)?.[1] ?? p.thing);
    if (swapped && first !== undefined) out.push({ kind: "roles", outcome: "differ", said: `${entityName(p.owner, matcher)}'s ${thing}`, corpus: `${entityName(first.owner, matcher)}'s ${thing}` });
  }

  // Titles: compared with every title the corpus gives the person.
  for (const t of said.titles ?? []) {
    const key = titleKey(t.title);
    const given = known.offices().titlesOf.get(t.person);
    if (given?.has(key)) {
      out.push({ kind: "title", outcome: "agree", said: `${entityName(t.person, matcher)}, ${t.title}`, corpus: `${entityName(t.person, matcher)}, ${t.title}` });
      continue;
    }
    // Another person's title, where the corpus gives this person a different one.
    const holders = [...(known.offices().holdersOf.get(key) ?? [])].filter((p) => p !== t.person && matcher.ancestors(p).some((a) => matcher.ancestors(t.person).includes(a)));
    if (given !== undefined && given.size > 0 && holders.length > 0) {
      out.push({ kind: "title", outcome: "differ", said: `${entityName(t.person, matcher)}, ${t.title}`, corpus: `${entityName(t.person, matcher)}, ${[...given].join(", ")}; ${t.title}: ${holders.map((p) => entityName(p, matcher)).join(", ")}` });
    } else {
      out.push({ kind: "title", outcome: "uncovered", said: `${entityName(t.person, matcher)}, ${t.title}`, corpus: "" });
    }
  }

  // Whose envoy, where: compared with every posting the corpus gives the person.
  for (const p of said.postings ?? []) {
    if (p.holder === undefined) continue;
    const all = known.offices().postingsOf.get(p.holder) ?? [];
    // "Pakistan's ambassador Qasim Mohiuddin said …" gives no destination: where the corpus gives one elsewhere, that one decides.
    const placed = all.filter((k) => k.to !== undefined);
    const postings = p.to !== undefined && placed.length > 0 ? placed : all;
    if (postings.length === 0) continue;
    const fits = postings.some((k) => (p.of === undefined || k.of === undefined || k.of === p.of) && (p.to === undefined || k.to === undefined || k.to === p.to));
    if (fits) continue;
    // Another posting excludes the corpus's; one said to be before it ("previously served in Ankara") the sources do not speak to.
    const before = PAST_POSTING.test(said.normalized);
    out.push({ kind: "posting", outcome: before ? "uncovered" : "differ", said: describePosting(p, matcher), corpus: before ? "" : postings.map((k) => describePosting(k, matcher)).join("; ") });
  }

  // "Saima Ali argues", "one article says": which source says it.
  if (said.voice !== undefined) {
    const cited = [...new Set(entry.claim.citations.map((c) => c.source))];
    const agrees = said.voice.sources.length === 0 || said.voice.sources.some((s) => cited.includes(s));
    out.push({ kind: "speaker", outcome: agrees ? "agree" : "uncovered", said: said.voice.words, corpus: agrees ? cited.join(", ") : "" });
  }

  // Who said it.
  // "…, Saima Ali wrote in 2016; twenty years earlier …": a frame speaks for its own clause, not for another claim's.
  if (said.speaker !== undefined && !HOME.has(said.speaker) && inClause(`@${said.speaker}`)) {
    const speakers = speakersOf(entry, known, matcher);
    // A claim that names the person says what was said in their presence or by them ("Meeting Rasizade, Mamnoon Hussain hoped …").
    // Unless the claim itself says who spoke ("Mamnoon Hussain told Rasizade …"), or its quotes do, by name or by the
    // curator's `speaker:` ("The president congratulated her … and said …"): then that is who.
    const own = new Set([...ownSpeakers(entry), ...quoteSpeakers(entry, matcher), ...entry.claim.citations.flatMap((c) => (c.speaker !== undefined ? [c.speaker] : []))]);
    const named = own.size === 0 && (entry.statement.entities.includes(said.speaker) || entry.facts.actor === said.speaker);
    const agrees = named || [...speakers].some((s) => related(s, said.speaker ?? "", matcher));
    const others = [...speakers].filter((s) => matcher.entity(s)?.kind === "person");
    out.push(
      agrees
        ? { kind: "speaker", outcome: "agree", said: entityName(said.speaker, matcher), corpus: entityName(said.speaker, matcher) }
        : // A fact several articles report is said by many; only one article's report of who spoke it is excluded by another speaker.
          others.length > 0 && own.size > 0 && new Set(entry.claim.citations.map((c) => c.source)).size === 1
          ? { kind: "speaker", outcome: "differ", said: entityName(said.speaker, matcher), corpus: others.map((s) => entityName(s, matcher)).join(", ") }
          : { kind: "speaker", outcome: "uncovered", said: entityName(said.speaker, matcher), corpus: "" },
    );
  }

  // "Its ambassador said", "according to Pakistan's envoy": a speaker named by office.
  // "Pakistan's ambassador says": the country is whose ambassador, not the speaker.
  const roleSpeaker = said.events?.some((e) => e.type === "state") === true && (said.speaker === undefined || HOME.has(said.speaker)) ? officeWords(said) : [];
  if (roleSpeaker.length > 0) {
    const speakers = speakersOf(entry, known, matcher);
    const holds = [...speakers].some((s) => roleSpeaker.some((w) => known.offices().titlesOf.get(s)?.has(titleKey(w)) === true)) || roleSpeaker.some((w) => explained.has(canonicalWord(w)));
    out.push(holds ? { kind: "speaker", outcome: "agree", said: `the ${roleSpeaker.join(" ")}`, corpus: [...speakers].map((s) => entityName(s, matcher)).join(", ") || `the ${roleSpeaker.join(" ")}` } : { kind: "speaker", outcome: "uncovered", said: `the ${roleSpeaker.join(" ")}`, corpus: "" });
  }

  // "According to Imran Khan": a speaker the corpus does not know is a speaker no source names.
  if (said.speaker === undefined && roleSpeaker.length === 0 && said.attribution !== undefined) {
    // "…, its ambassador told Report News": whom it was told is no speaker.
    const named = unknownNames.filter((n) => said.attribution?.includes(n.toLowerCase()) === true && !new RegExp(`\\b(?:told|(?<!according )to) ${escapeRegExp(n.toLowerCase())}\\b`).test(said.normalized));
    // "…, Report News noted": a source's own name is the source speaking, which the claim cites or does not.
    const cited = new Set(entry.claim.citations.map((c) => c.source));
    const speaks = named.length > 0 && named.every((n) => sourcesNamed(n, index.corpus.sources).some((s) => cited.has(s)));
    if (named.length > 0) out.push(speaks ? { kind: "speaker", outcome: "agree", said: named.join(", "), corpus: [...cited].join(", ") } : { kind: "speaker", outcome: "uncovered", said: named.join(", "), corpus: "" });
  }

  // Every other word: a purpose, a participant, a place or a detail the claim does not state.
  const titled = new Set([...(said.titles ?? []).flatMap((t) => [...t.title.split(" "), ...(t.holding ?? [])]), ...roleSpeaker]);
  const claimEntities = [...explained].filter((t) => t.startsWith("@")).map((t) => t.slice(1));
  const unexplained: string[] = [];
  for (const { term, words } of said.termWords ?? []) {
    if (explained.has(term) || isLightWord(words) || titled.has(words) || !inClause(term)) continue;
    if (term.startsWith("~")) continue; // events are aligned above; a concept the claim lacks is a detail
    if (term.startsWith("@")) {
      const id = term.slice(1);
      // "Pakistan's first joint exercise with Azerbaijan" against a claim on its first with Russia: one of the two
      // countries where the claim has a third country the sentence does not name is another party, not a party left implicit.
      // Only a partner ("with Azerbaijan", "and Azerbaijan") against a claim whose own parties are one of the two and the third country.
      const parties = HOME.has(id) ? countryParties(entry, matcher) : [];
      const partner = parties.length === 2 && parties.filter((e) => HOME.has(e)).length === 1 && new RegExp(`\\b(?:with|and) ${escapeRegExp(words)}\\b|\\b${escapeRegExp(words)} and\\b`).test(said.normalized);
      if (partner) {
        const third = parties.filter((c) => !HOME.has(c) && !said.entities.includes(c));
        if (third.length > 0) {
          out.push({ kind: "country", outcome: "differ", said: entityName(id, matcher), corpus: third.map((c) => entityName(c, matcher)).join(", "), entities: [id] });
          continue;
        }
      }
      // A person given a title is compared by the title, with the corpus's offices, where holding it is asserted on its own
      // ("Zardari, Pakistan's president, leads …", "Farhadov is the ambassador"); where the sentence says the person did or
      // underwent something else ("Pakistan welcomes Khazar Farhadov as envoy", "signed by President Heydar Aliyev"), the claim must name them.
      const titledOnly = (said.titles ?? []).some((t) => t.person === id && (t.appositive === true || sentenceEvents.every((e) => e.type === "hold-office" || e.type === "state")));
      if (HOME.has(id) || id === said.speaker || titledOnly) continue;
      // The same, or more general than a name the claim gives, is spoken to.
      if (claimEntities.some((c) => c === id || matcher.ancestors(c).includes(id))) continue;
      // A capital for its state, where a mission or an envoy is meant.
      if (claimEntities.some((c) => capitalFor(id, c, said, matcher))) continue;
      // "Islamabad and Baku concluded a pact": a capital that does or receives something is its government.
      const state = stateOfCapital(id, matcher);
      const acts = sentenceEvents.some((e) => e.agent === id || e.recipient === id) || said.actor === id;
      // So is one named as a party rather than as where ("ties between Islamabad and Baku", "Islamabad and Baku have set a goal").
      if (state !== undefined && claimEntities.includes(state) && (acts || !namedAsPlace(matcher.entity(id) ?? { name: id }, said.normalized))) continue;
    }
    // "Militarily weak" where the claim says "one of the strongest": a word whose opposite the claim uses.
    // "Fewer than twenty" is a bound on a figure, compared as a number.
    const bound = said.normalized.includes(`${words} than `);
    const opposite = term.startsWith("@") || bound ? undefined : antonymsOf(words).find((a) => claimLemmas(entry).has(a));
    if (opposite !== undefined) {
      out.push({ kind: "event", outcome: "differ", said: words, corpus: opposite, terms: [term] });
      continue;
    }
    unexplained.push(words);
  }
  const concepts = (said.termWords ?? []).filter((t) => t.term.startsWith("~") && !explained.has(t.term) && eventType(t.term.slice(1)) === undefined && !titled.has(t.words) && inClause(t.term));
  const termOf = (w: string): string => (said.termWords ?? []).find((t) => t.words === w)?.term ?? w;
  // A name the corpus does not know ("held in Tashkent") is a name all the same.
  const unknown = new Set(unknownNames.flatMap((n) => normalizeText(n).split(/[^\p{L}\p{N}]+/u)));
  const names = unexplained.filter((w) => termOf(w).startsWith("@") || unknown.has(w));
  // A paraphrase leaves a word or two of its own unexplained ("joint efforts
  // ... in line with international law"); an added purpose, reason or detail
  // is a phrase that weighs ("to coordinate the fight against terrorism"). A
  // detail is a name, a concept, or words that carry a fifth or more of the
  // sentence's weight (IDF-weighted, so a rare word weighs most).
  const weightOf = (terms: readonly string[]): number => terms.reduce((sum, t) => sum + index.idf(t), 0);
  const share = weightOf(unexplained.map(termOf)) / Math.max(1e-9, sentenceReading(said).weight(index));
  // "Only", "fully", "most of": a word of scope or degree the claim does not use changes what is asserted, however light it weighs.
  // "New Delhi", "New York": the word of a name.
  const newInName = (said.termWords ?? []).some((t) => t.term.startsWith("@") && /\bnew\b/.test(t.words)) || unknownNames.some((n) => /\bNew\b/.test(n));
  const scoped = sentenceReading(said).scopeWords.filter((w) => w !== "new" || (said.dates.length === 0 && !newInName)).filter((w) => !scopeStated(w, normalizedClaim(entry)));

  // "Cooperation in infrastructure", "scholarships in medicine": a word that names what a thing is in or about is its topic, never a paraphrase's leftover.
  // Not a word of an idiom: "in line with", "in the hands of", "in charge of", "in turn", "for the first time", "on the table".
  // A word in -ing is a topic ("scholarships in engineering every year") where nothing it could govern follows it ("in building ties").
  const topical = unexplained.some((w) => !IDIOM_NOUNS.has(w) && sentenceReading(said).topical(w));
  const detail = names.length > 0 || concepts.length > 0 || scoped.length > 0 || topical || (unexplained.length >= 2 && share >= DETAIL_SHARE) ? [...new Set([...unexplained, ...concepts.map((c) => c.words), ...scoped])] : [];
  if (detail.length > 0) out.push({ kind: "detail", outcome: "uncovered", said: detail.join(", "), corpus: "", ...(names.length > 0 ? { entities: names } : {}) });
  return out;
}


