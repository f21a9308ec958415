// Words → the tokens search compares: British and American spellings folded,
// stemmed (recognised / recognizes / recognition → one stem), stop words and
// bare numbers left out, because a shared "the" or "1992" is not evidence.

import { stemmer } from "stemmer";
import { isLemma } from "./english-words.js";
import paraphrases from "../../../data/lexicon/paraphrases.json" with { type: "json" };

export interface Token {
  /** The word as it appears in the normalised text. */
  word: string;
  /** Offset of the word in the normalised text. */
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:[.,]\d+)*/gu;

export function splitWords(normalized: string): Token[] {
  const tokens: Token[] = [];
  for (const match of normalized.matchAll(WORD)) {
    const start = match.index;
    tokens.push({ word: match[0], start, end: start + match[0].length });
  }
  return tokens;
}

// Function words and the words every claim in this corpus shares.
const STOP_WORDS = new Set(
  (
    "a an the and or but if of in on at to for from by with as into onto upon about over under between among amongst " +
    "through during before after since until till than then there here this that these those it its it's is are was were be been " +
    "being am has have had having do does did doing will would shall should can could may might must not no nor never " +
    "also only very more most much many such some any each every all both either neither other another same own so too " +
    "just even yet still ever which who whom whose what when where why how i we you he she they me us him her them my our " +
    "your his their mine ours yours theirs s t don n't said says say stated state mr ms mrs dr h e " +
    "up two country countries side sides nation nations bilateral relation relations relationship relationships " +
    // Conjunctions join clauses; they say nothing of what either is about.
    "while whereas although though however whilst"
  ).split(" "),
);

/** UK spellings the articles use, folded to one form before stemming. */
// Null prototype: a word typed by a user ("constructor", "__proto__", "toString")
// must not find Object.prototype's members in this table.
const SPELLINGS: Record<string, string> = Object.assign(Object.create(null), {
  defence: "defense",
  offence: "offense",
  licence: "license",
  centre: "center",
  centres: "centers",
  programme: "program",
  programmes: "programs",
  honour: "honor",
  honoured: "honored",
  honours: "honors",
  favour: "favor",
  neighbour: "neighbor",
  neighbours: "neighbors",
  neighbourly: "neighborly",
  labour: "labor",
  armour: "armor",
  armoured: "armored",
  unarmoured: "unarmored",
  endeavour: "endeavor",
  catalogue: "catalog",
  travelled: "traveled",
  equipments: "equipment",
  // Synonyms that carry the same claim in these texts.
  mous: "mou",
  memorandum: "mou",
  memorandums: "mou",
  memoranda: "mou",
  aided: "aid",
  assistance: "aid",
  acknowledged: "recognize",
  acknowledge: "recognize",
});

/**
 * The past forms of irregular verbs, read as the verb ("laid a wreath" and
 * "laying a wreath", "brought closer" and "bring closer"): the stemmer keeps
 * them apart. Only forms that are no other word in these texts: "found"
 * (also "to found"), "left", "lay", "bound", "ground" and "bore" keep their
 * own stems, and so do the light verbs ("made", "took", "came", "went",
 * "got", "saw", "became", "paid a call"), whose sense is their object's.
 */
const IRREGULAR: Record<string, string> = Object.assign(Object.create(null), {
  brought: "bring",
  built: "build",
  bought: "buy",
  caught: "catch",
  chose: "choose",
  chosen: "choose",
  dealt: "deal",
  drew: "draw",
  drawn: "draw",
  drove: "drive",
  driven: "drive",
  fought: "fight",
  fled: "flee",
  gave: "give",
  given: "give",
  grew: "grow",
  grown: "grow",
  held: "hold",
  kept: "keep",
  knew: "know",
  known: "know",
  laid: "lay",
  lent: "lend",
  lost: "lose",
  meant: "mean",
  met: "meet",
  sought: "seek",
  sold: "sell",
  sent: "send",
  spoke: "speak",
  spoken: "speak",
  spent: "spend",
  stood: "stand",
  struck: "strike",
  taught: "teach",
  told: "tell",
  thought: "think",
  threw: "throw",
  thrown: "throw",
  understood: "understand",
  undertook: "undertake",
  undertaken: "undertake",
  upheld: "uphold",
  won: "win",
  wrote: "write",
  written: "write",
  began: "begin",
  begun: "begin",
  broke: "break",
  broken: "break",
  forgot: "forget",
  forgotten: "forget",
  hid: "hide",
  hidden: "hide",
  ran: "run",
  sat: "sit",
  shook: "shake",
  shaken: "shake",
  shot: "shoot",
  stole: "steal",
  stolen: "steal",
  swore: "swear",
  sworn: "swear",
  swept: "sweep",
  tore: "tear",
  torn: "tear",
  withdrew: "withdraw",
  withdrawn: "withdraw",
  overcame: "overcome",
  overtook: "overtake",
  overtaken: "overtake",
  oversaw: "oversee",
  overseen: "oversee",
  foresaw: "foresee",
  foreseen: "foresee",
  rebuilt: "rebuild",
  withheld: "withhold",
  withstood: "withstand",
  ate: "eat",
  eaten: "eat",
  fell: "fall",
  fallen: "fall",
  felt: "feel",
  fed: "feed",
  flew: "fly",
  flown: "fly",
  froze: "freeze",
  frozen: "freeze",
  heard: "hear",
  arose: "arise",
  arisen: "arise",
  rose: "rise",
  risen: "rise",
  strove: "strive",
  striven: "strive",
  wove: "weave",
  woven: "weave",
  underwent: "undergo",
  undergone: "undergo",
  forgave: "forgive",
  forgiven: "forgive",
  drank: "drink",
  drunk: "drink",
  sang: "sing",
  sung: "sing",
  sank: "sink",
  sunk: "sink",
  slept: "sleep",
  stuck: "stick",
  swung: "swing",
  slid: "slide",
  shone: "shine",
  forbade: "forbid",
  forbidden: "forbid",
});

// "-ise" verbs and "-isation" nouns: recognise → recognize, organisation → organization.
const BRITISH_ISE = /^(\p{L}{3,})is(e|ed|es|ing|ation|ations)$/u;
const NOT_ISE = new Set(["rise", "wise", "raise", "promise", "premise", "exercise", "enterprise", "otherwise", "expertise", "compromise", "surprise", "advise", "devise", "revise", "supervise", "franchise", "merchandise", "precise", "concise", "demise", "despise", "chastise"]);

/**
 * Adjectives in -ly and other words that end like an adverb without being
 * one: they keep their own stem.
 */
const NOT_ADVERB = new Set(["likely", "unlikely", "costly", "deadly", "timely", "lonely", "lovely", "elderly", "orderly", "family", "assembly", "supply", "apply", "reply", "rally", "italy", "july", "early", "daily", "only", "holy", "ugly", "jolly", "bully", "belly", "jelly", "folly", "hilly", "silly", "woolly", "homely", "comely", "beastly", "ghastly", "manly", "kindly", "sickly", "leisurely"]);

/**
 * Stems that name the same thing in these texts, folded to one: the groups of
 * data/lexicon/paraphrases.json ("ties" read as "relations"). Events and the
 * concepts written several ways are the event lexicon's (data/lexicon/
 * events.json, read before these in analyze-text.ts).
 */
// Null prototype, as SPELLINGS: stems of user words are looked up here too.
const SAME_THING: Record<string, string> = Object.create(null);
// A group lists every form it means, so its words are stemmed as written (no adverb reading, which needs the word list).
for (const [head = "", ...others] of paraphrases.groups) {
  const target = stemOf(head, false);
  for (const word of others) {
    const stem = stemOf(word, false);
    // A stem folded to another is never a group's head too: one pass decides.
    if (stem !== target && SAME_THING[stem] === undefined) SAME_THING[stem] = target;
  }
}

/**
 * Words already made canonical. Building the index of a large corpus asks for
 * the same few tens of thousands of words millions of times, and stemming is
 * the slow part; bounded, so that no run can grow it without end.
 */
const CANONICAL = new Map<string, string>();
const CANONICAL_LIMIT = 200_000;

export function canonicalWord(word: string): string {
  let canonical = CANONICAL.get(word);
  if (canonical === undefined) {
    canonical = canonicalFormOf(word);
    if (CANONICAL.size >= CANONICAL_LIMIT) CANONICAL.clear();
    CANONICAL.set(word, canonical);
  }
  return canonical;
}

function canonicalFormOf(word: string): string {
  const stem = stemOf(word);
  return SAME_THING[stem] ?? stem;
}

/**
 * An adverb read as the adjective it is made from ("regularly" as "regular",
 * "considerably" as "considerable", "happily" as "happy"): a paraphrase moves
 * between the two ("regular checks", "checks regularly"), and the stemmer
 * keeps them apart. Only where the adjective is a WordNet lemma.
 */
function adjectiveOf(word: string): string {
  if (word.length < 6 || !word.endsWith("ly") || NOT_ADVERB.has(word)) return word;
  const base = word.slice(0, -2);
  const candidates = word.endsWith("ably") || word.endsWith("ibly") ? [`${word.slice(0, -1)}e`] : word.endsWith("ily") ? [`${word.slice(0, -3)}y`, base] : [base];
  return candidates.find(isLemma) ?? word;
}

/** A word's stem, with one spelling of British and American words, before any folding. */
function stemOf(written: string, adverbs = true): string {
  const word = adverbs ? adjectiveOf(written) : written;
  const spelled = SPELLINGS[word] ?? IRREGULAR[word] ?? word;
  const ise = BRITISH_ISE.exec(spelled);
  return stemmer(ise && !NOT_ISE.has(`${ise[1]}ise`) && !NOT_ISE.has(spelled) ? `${ise[1]}iz${ise[2]}` : spelled);
}

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/** Pure numbers and years are compared as facts, never as words. */
export function isNumberWord(word: string): boolean {
  return /^\d/.test(word);
}
