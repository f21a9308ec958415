// Which sentences of a draft are claims the sources could speak to. A
// sentence is checkable when it asserts something of the kinds the corpus
// records (a date, number, rank, office, agreement, visit or other event,
// position, or a denial) about an entity the corpus knows, named or referred
// back to; it is not when it is a question, an opinion, a hope or a
// recommendation, a heading without a verb, or about nothing the corpus
// knows. Only checkable sentences go to the check engine: the others would
// come back "unverified" and bury the findings that matter.

import type { Pointer } from "../facts/sentence-context.js";
import { SHIFT_PATTERN } from "../facts/time-shift.js";
import type { EntityMatcher } from "../text/entity-matcher.js";
import { eventType, matchLexicon } from "../text/lexicon.js";
import { normalizeKeepingCase, normalizeText } from "../text/normalize.js";
import { splitWords } from "../text/tokenize.js";
import { MAX_CLAIM_LENGTH } from "../verdict/check-claim.js";

export const SIGNALS = ["date", "number", "rank", "polarity", "office", "agreement", "event", "position"] as const;
export type Signal = (typeof SIGNALS)[number];

export const NOT_CHECKABLE = ["question", "opinion", "recommendation", "no-verb", "no-entity", "no-fact", "too-long"] as const;
export type NotCheckable = (typeof NOT_CHECKABLE)[number];

export interface Spotting {
  checkable: boolean;
  /** Why a sentence is not checkable. */
  reason?: NotCheckable;
  /** The kinds of fact the sentence asserts. */
  signals: Signal[];
  /** Corpus entities it names (the two countries when it says "the two sides"). */
  entities: string[];
  /**
   * What its subject points back at, if anything: a person ("he", "the
   * ambassador"), a thing ("it", "the commission"), or an event and its time
   * ("during that visit", "two months later").
   */
  pointsBack?: Pointer;
}

export type { Pointer } from "../facts/sentence-context.js";

export interface SpotContext {
  /** An earlier sentence of the same paragraph named an entity, so "it" or "the commission" can refer to one. */
  antecedent: boolean;
  /** A heading, a table cell or a line without final punctuation: it must have a verb to assert anything. */
  fragment: boolean;
}

// The lexicons below are matched against the sentence's normalised text with
// the entity names taken out, so "First Lady" in a name is not an office and
// "Heydar Aliyev Foundation" is not a founding.
const OFFICE =
  /\b(presidents?|presidency|prime ministers?|premier|ambassadors?|envoys?|ministers?|chairm[ae]n|chairwoman|chairperson|speaker|first lady|heads? of state|king|queen|governor|secretary(?: general)?|commander|chief|members? of|leaders? of|co[- ]?chairs?|mayor|senator|spokes(?:man|woman|person)|consul|delegations?|delegates?|research associate)\b/;
const AGREEMENT =
  /\b(agreements?|mous?|memorand\w*|treat(?:y|ies)|protocols?|accords?|declarations?|contracts?|deals?|resolutions?|pacts?|conventions?|charter|sign(?:ed|s|ing)?|inked|ratif\w*|co[- ]?sponsor\w*|finali[sz]ed|concluded|implemented)\b/;
const EVENT =
  /\b(visit\w*|tour(?:ed|s)?|travel\w*|trips?|met|meets|meetings?|host(?:ed|s|ing)?|summits?|talks|held|holds|attend\w*|participat\w*|took part|takes? part|took place|takes? place|opened|opens|establish\w*|found(?:ed|ing)|foundations?|set up|launch\w*|confer\w*|award\w*|donat\w*|gave|gives|given|provid\w*|sent|sends|built|join(?:ed|s)?|elect\w*|appoint\w*|exercises?|exhibitions?|expos?|sessions?|conferences?|forums?|trained|training|courses|studying|studied|export\w*|import\w*|invest\w*|offer\w*|sold|sells|bought|buys|suppl(?:y|ied|ies)|deliver\w*|display\w*|showed|shown|arrest\w*|reached|grew|grows|rose|rises|increas\w*|declin\w*|fell|passed|adopted|announced|declared|liberat\w*|occup\w*|won|defeated|fought|invaded|withdr[ae]w\w*|died|born|led|leads|laid|celebrated|inaugurat\w*|completed|produced|developed|manufactured|acquired|purchased|received|affected|destroyed|killed|tested|created|formed|ranked|lives?|lived|studies|branch(?:es)?|embass(?:y|ies)|consulates?|departments?)\b/;
// A party's stated aim is a position too: "Pakistan would like more
// non-permanent seats" is what the sources report Pakistan wants.
const POSITION =
  /\b(would like|wants?|wanted|plans? to|planned|planning to|intends?|intended|aims? to|seeks?|sought|interested in|keen to|looks? forward|looking forward|support\w*|backs?|backed|backing|endors\w*|recogni[sz]\w*|condemn\w*|oppos\w*|stance|positions?|stands? by|stood by|sided? with|sides with|favou?r(?:s|ed)?|reject\w*|denounc\w*|prais\w*|appreciat\w*|welcom\w*|critici[sz]\w*|accept\w*|refus\w*|calls? for|called for|urg(?:ed|es)|demand\w*|agreed|agrees|pledg\w*|committed|commitment|reaffirm\w*|acknowledg\w*|admits?|admitted|said|says|stated|told|tells|stressed|urged|proposed|declared|announced|noted|insisted)\b/;
const SUPERLATIVE =
  /\bthe (?:(?:very )?(?:largest|biggest|smallest|oldest|newest|youngest|highest|lowest|longest|shortest|strongest|weakest|richest|poorest|closest|nearest|earliest|latest|fastest|deepest|widest|heaviest|first|last|only)|most|least)\b/;

// The writer's own view, feeling or wish. A hedge ("probably", "arguably",
// "reportedly") is not among them: "Pakistan probably backs the UfC proposal"
// still asserts what the sources can confirm or contradict, and a writer who
// hedges a wrong fact is the one who most needs telling.
const OPINION =
  /\b(?:(?:i|we) (?:think|believe|feel|guess|suppose|hope|expect|doubt|reckon|wish|would (?:say|argue)|(?:am|are) (?:sure|confident|convinced|certain))|in (?:my|our) (?:view|opinion|judge?ment|eyes|experience)|to (?:my|our) mind|frankly|fortunately|unfortunately|sadly|hopefully|it (?:seems|appears)|it is (?:believed|hoped|likely|unlikely|clear|obvious|fair to say)|seems? (?:like|to be)|hopes?|hoping|wish(?:es)?|let(?:'s| us)|one hopes)\b/;
/** Evaluative words: a sentence that has them and no date or number is judging, not reporting. */
const EVALUATIVE =
  /\b(best|worst|greatest|finest|famous|beautiful|wonderful|impressive|amazing|delicious|lovely|excellent|magnificent|remarkable|fantastic|terrible|awful|shameful|admirable|inspiring|backbone|cornerstone|obvious|obviously|clearly)\b/;
const RECOMMENDATION =
  /\b(should|ought to|must|need to|needs to|have to|has to|had better|it is (?:necessary|essential|important|imperative|vital|crucial|time|high time))\b/;
/** Reported speech: "Aliyev said both countries should…" reports a fact about Aliyev. */
const REPORTED =
  /\b(said|says|stated|states|told|tells|added|adds|stressed|stresses|urged|urges|proposed|proposes|suggested|declared|announced|argued|noted|insisted|recommended|called for|calls for|according to)\b/;

/**
 * A statement put in the mouth of a source or an envoy the sentence does not
 * name ("according to the ambassador", "the analysis says", "in Khan's
 * words"): who said it is a part the sources speak to, as a name is.
 */
const VOICED =
  /\b(?:according to (?:the|an|one|a) (?:ambassador|envoy|analysis|article|essay|study|account|author|analyst|report)|(?:the|an|one|a|that|this) (?:ambassador|envoy|analysis|article|essay|study|account|author|analyst|report) (?:said|says|notes|noted|argues|argued|reports|reported|writes|wrote|adds|added|told|tells|records|recorded|recommends|recommended)|in [a-z]+'s (?:words|view|telling|account))\b/;

/** The two countries every draft is about, referred to without their names. */
const BOTH_COUNTRIES =
  /\b(?:(?:the|both) (?:two )?(?:countries|nations|states|sides|governments|capitals|leaders|presidents|peoples|parliaments|armies|republics|brotherly countries)|(?:the two|both) (?:countries|nations|sides))\b|\bbilateral\b|\bislamabad and baku\b|\bbaku and islamabad\b/;
/** A pronoun among the first words: the subject or its possessor ("In 2015 it signed", "Its protocol"). */
const LEADING_PRONOUN = /^(?:\S+ ){0,4}(?:he|she|it|its|they|their|his|her)\b/;
/** Counting words that are not figures: "this one", "one of", "the two sides". */
const NOT_A_FIGURE =
  /\b(?:(?:this|that|the|which|each|every|no|any|another|someone|anyone) one|one (?:another|of)|(?:the|both) two (?:countries|nations|states|sides|governments|capitals|leaders|presidents|peoples|parliaments|armies|republics))\b/g;
const FIGURE = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozens?|decades?|half|twice|double)\b/;
// Cheap detectors for the kinds of fact the engine extracts. Spotting only
// needs to know that a sentence states a year, a figure, a rank or a denial;
// the engine reads what it states (and runs the costly date parser) once,
// for the sentences that are checked.
const YEAR = /(?<![\d$.,])(?:1[89]\d\d|20\d\d)(?:s|-\d\d(?:\d\d)?)?(?![\d%])|\bthe (?:'|")?\d0s\b|\bthe (?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/;
const RANK =
  /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th)|(?:the|its) only|one of the (?:very )?(?:first|earliest|few)|among (?:the )?(?:very )?(?:first|earliest|few|two|three|four|five|\d{1,2}))\b/;
const NEGATION = /\b(?:not|never|no|none|neither|nor|cannot|without|refused|denied|declined)\b|n't\b/g;
const NOT_A_DENIAL = /\b(?:not only|no doubt|no less than|no fewer than|not just|if not|whether or not|nothing but)\b/g;

/** Entity kinds whose names are just names; events and things ("resolution 822", "Aman-2013 exercise") say what happened. */
const NAME_KINDS = new Set(["person", "country", "place", "organisation", "office"]);
const DEFINITE_REFERENCE =
  /\b(?:the|this|that|these|those) (?:commission|committee|foundation|university|embassy|government|ministry|council|company|jet|jets|aircraft|fighters?|exercise|visit|agreement|treaty|protocol|declaration|summit|session|meeting|president|minister|prime minister|premier|ambassador|envoy|first lady|country|state|republic|bank|forum|delegation|army|navy|air force|resolution|deal|project|school|pipeline|corridor|centre|center|department|parliament|assembly|senate|court|group|organi[sz]ation|leader|capital|city)\b/;

/** Pointers at an earlier sentence's event or time. */
const EVENT_POINTER = new RegExp(`\\b(?:(?:that|this|the same) (?:visit|trip|meeting|session|summit|event|occasion|year|month|tour|conference|ceremony)|at the time|${SHIFT_PATTERN})\\b`);
/** A subject that is a person named before: "He also gave", "The ambassador said". */
const PERSON_SUBJECT = /^(?:\S+ ){0,3}(?:he|she|his|her|(?:the|this|that) (?:president|minister|prime minister|premier|ambassador|envoy|first lady|leader|chairman|speaker))\b/;
/** A subject that is a thing named before: "It recognised", "Its protocol", "The commission has held". */
const THING_SUBJECT = new RegExp(`^(?:\\S+ ){0,3}(?:(?:it|its|they|their)\\b|${DEFINITE_REFERENCE.source})`);

const AUXILIARY = /\b(is|are|was|were|be|been|being|am|has|have|had|do|does|did|will|would|shall|can|could|may|might|must|'s)\b/;
const IRREGULAR_PAST =
  /\b(met|held|took|gave|made|won|led|paid|sent|built|became|began|came|went|saw|said|told|laid|set|put|spent|stood|brought|sold|bought|found|fought|left|lost|kept|got|grew|knew|rose|ran|wrote|drew|chose|broke|spoke|struck|taught|thought|meant|flew|fell|sought|understood|undertook|withdrew|overcame|upheld|hit|cut|shut|sat|lay|lit)\b/;
const PRESENT_VERB =
  /\b(supports?|recogni[sz]es?|backs|opposes?|condemns?|hosts?|visits?|signs?|holds?|plans?|wants?|represents?|attends?|includes?|remains?|stands?|shares?|enjoys?|offers?|seeks?|needs|says|calls?|leads?|plays?|provides?|gives?|takes?|makes?|helps?|receives?|exports?|imports?|invests?|produces?|continues?|considers?|aims?|lies|borders?|owns?|runs?|becomes?|meets?|joins?|sends?|sells?|buys?|opens?|grows?|rises?|falls?|reaches?|agrees?|cooperates?|trades?|lives?|works?|studies|study|denies|deny|refuses?)\b/;

/** Does the sentence name an event of the lexicon (not a saying or a framing verb)? */
function lexiconEvent(words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    const hit = matchLexicon(words, i);
    if (hit?.kind === "event" && hit.id !== "state" && eventType(hit.id)?.secondary !== true) return true;
  }
  return false;
}

/** PRESENT_VERB, for every match in a text. */
const PRESENT_VERBS = new RegExp(PRESENT_VERB.source, "g");

/**
 * @param strict for a heading or a fragment: a bare "trade" or "visit" there is a noun
 *   ("Pakistan's envoy on jets, trade and Karabakh"), so a present verb must be a third-person
 *   form that no article or possessive precedes ("Pakistan backs Baku").
 */
function hasVerb(residual: string, strict = false): boolean {
  if (AUXILIARY.test(residual) || IRREGULAR_PAST.test(residual)) return true;
  if (strict) {
    const verbs = [...residual.matchAll(PRESENT_VERBS)].filter((m) => /s$/.test(m[0]) && !/\b(?:a|an|the|its|his|her|their|our|of|and|,)\s*$/.test(residual.slice(0, m.index)));
    if (verbs.length > 0) return true;
  } else if (PRESENT_VERB.test(residual)) return true;
  return residual.split(" ").some((w) => w.length >= 4 && pastInEd(w) && !/(?:red|bed)$/.test(w));
}

/** A word in "-ed" that is a verb's past form, not a noun that ends so ("need", "hundred", "kindred"). */
function pastInEd(word: string): boolean {
  return /ed$/.test(word) && !/(?:need|seed|speed|breed|creed|feed|deed|bleed|steed|tweed|hundred|kindred)$/.test(word);
}

/** A verb of something done or happening: a past form or a present verb, not an auxiliary alone. */
function doneVerb(residual: string): boolean {
  return IRREGULAR_PAST.test(residual) || PRESENT_VERB.test(residual) || residual.split(" ").some((w) => w.length >= 5 && pastInEd(w));
}

export function spotClaim(sentence: string, matcher: EntityMatcher, context: SpotContext): Spotting {
  const normalized = normalizeText(sentence);
  const words = splitWords(normalized);
  const mentions = matcher.find(words, normalizeKeepingCase(sentence));
  // The sentence with entity names taken out, for the word lists above.
  const named = mentions.filter((m) => NAME_KINDS.has(matcher.entity(m.entity)?.kind ?? ""));
  const inMention = new Set(named.flatMap((m) => Array.from({ length: m.to - m.from }, (_, k) => m.from + k)));
  const residual = words
    .filter((_, i) => !inMention.has(i))
    .map((w) => w.word)
    .join(" ");
  const bothCountries = BOTH_COUNTRIES.test(normalized);
  const entities = [...new Set([...mentions.map((m) => m.entity), ...(bothCountries ? ["pakistan", "azerbaijan"] : [])])];

  const signals: Signal[] = [];
  if (YEAR.test(normalized)) signals.push("date");
  // A figure other than the year: "$1 million in 2013" has both.
  if (FIGURE.test(normalized.replace(NOT_A_FIGURE, " ").replace(new RegExp(YEAR.source, "g"), " "))) signals.push("number");
  if (RANK.test(residual) || SUPERLATIVE.test(residual)) signals.push("rank");
  if ((normalized.replace(NOT_A_DENIAL, " ").match(NEGATION)?.length ?? 0) % 2 === 1) signals.push("polarity");
  if (OFFICE.test(residual)) signals.push("office");
  if (AGREEMENT.test(residual)) signals.push("agreement");
  // The event words of the lexicon too ("taken into the arsenal", "inducted", "enrolling"): whatever check can align is a fact to check.
  if (EVENT.test(residual) || lexiconEvent(words.map((w) => w.word))) signals.push("event");
  if (POSITION.test(residual)) signals.push("position");

  const pointer: Pointer | undefined = EVENT_POINTER.test(normalized)
    ? "event"
    : PERSON_SUBJECT.test(normalized)
      ? "person"
      : THING_SUBJECT.test(normalized)
        ? "thing"
        : undefined;
  const result = (reason?: NotCheckable): Spotting => ({
    checkable: reason === undefined,
    ...(reason ? { reason } : {}),
    signals,
    entities,
    ...(pointer ? { pointsBack: pointer } : {}),
  });
  if (/\?["”’)\]]*$/.test(sentence.trim())) return result("question");
  if (sentence.length > MAX_CLAIM_LENGTH) return result("too-long");
  const voiced = VOICED.test(normalized);
  const reported = REPORTED.test(normalized) && (entities.length > 0 || voiced);
  if (OPINION.test(normalized) && !reported) return result("opinion");
  const hard = signals.includes("date") || signals.includes("number");
  if (EVALUATIVE.test(residual) && !hard && !reported) return result("opinion");
  if (RECOMMENDATION.test(normalized) && !reported) return result("recommendation");
  if (context.fragment && !hasVerb(residual, true)) return result("no-verb");
  const refersBack = context.antecedent && (LEADING_PRONOUN.test(normalized) || DEFINITE_REFERENCE.test(normalized));
  // "Diplomatic relations followed on 9 June 1992": no name, but a dated or counted event of the lexicon's is a fact the sources may state.
  // One that points back ("Its founding protocol …") with nothing to point at says nothing checkable.
  const eventWithFact = hard && (signals.includes("event") || signals.includes("agreement")) && !LEADING_PRONOUN.test(normalized) && !DEFINITE_REFERENCE.test(normalized);
  if (entities.length === 0 && !refersBack && !eventWithFact && !voiced) return result("no-entity");
  // "A festival in Baku screens Pakistani films", "Baku has since placed an order": an entity and a verb of something done
  // is a fact the sources may speak to, though no word of the lists above is in it. Not a bare "is": "It is hard to
  // think of a steadier ally".
  if (signals.length === 0 && !doneVerb(residual)) return result("no-fact");
  return result();
}
