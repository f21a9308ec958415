// What a sentence says happened, and to whom: each event word the lexicon
// knows (data/lexicon/events.json) with the roles read from the words around
// it. Who did it is the name before the verb, or after "by" in a passive;
// whom it was done to is the name after the verb ("gave Pakistan"), after
// "to" or "with", or the subject of a passive. Rough, as a reading of word
// order is, but corpus claims are read the same way, so a swap of giver and
// receiver shows as a swap.

import type { EntityMatcher, EntityMention } from "../text/entity-matcher.js";
import { eventType, matchLexicon, matchTitle } from "../text/lexicon.js";
import { AGENT_KINDS } from "./extract-roles.js";
import type { Token } from "../text/tokenize.js";

export interface EventMention {
  /** The lexicon's event id ("give", "open"). */
  type: string;
  /** The words that name it, as written. */
  words: string;
  /** Who did it (an entity id). */
  agent?: string;
  /** To, for or with whom (an entity id). */
  recipient?: string;
}

/** A title a sentence gives a person: "Prime Minister Nawaz Sharif", "Heydar Aliyev, as prime minister". */
export interface TitleMention {
  person: string;
  title: string;
  /** Whether the title follows its holder as an apposition or after "is"/"was" ("Zardari, Pakistan's president"): asserted of them on its own. */
  appositive?: true;
  /** The words that say the person holds it, when the sentence says so in other words than the title ("heads the ministry"). */
  holding?: string[];
}

/** An office named by what it is rather than by its holder's title: "the ministry", "the portfolio", "the presidency". */
const OFFICE_NOUNS: Readonly<Record<string, string>> = { ministry: "minister", portfolio: "minister", brief: "minister", presidency: "president", premiership: "prime minister", ambassadorship: "ambassador", ambassadorial: "ambassador" };
/**
 * Words that put a person in an office: "in charge of", "responsibility ...
 * rests with", "belongs to", "in the hands of", "entrusts ... to", "filled by".
 */
const HOLDING = new Set(["charge", "responsible", "responsibility", "rests", "rested", "rest", "belongs", "belonged", "hands", "entrusts", "entrusted", "filled", "occupied", "occupies"]);
/**
 * Words that put a person in an office only where the office is named as a
 * thing ("heads the ministry", "holds the portfolio", "the ministry answers
 * to"): beside a title alone they tell something else ("Prime Minister Nawaz
 * Sharif held talks", "led a delegation").
 */
const HOLDING_THE_OFFICE = new Set(["heads", "head", "headed", "heading", "leads", "led", "runs", "run", "holds", "hold", "held", "falls", "fell", "answers", "answered", "post", "office", "seat", "job"]);

/** Whether a word names an office as a thing ("ministry", "presidency"), whose title is its holder's. */
export function isOfficeNoun(word: string): boolean {
  return OFFICE_NOUNS[word] !== undefined;
}

const BE = new Set(["was", "were", "is", "are", "been", "be", "being", "has", "have", "had"]);
const TO_WHOM = new Set(["to", "with", "for", "on", "upon", "of"]);
/** Words that end the stretch a role can be read across. */
/** Verbs that say a thing named before its giver was given ("the support Azerbaijan extends", "the aid it has provided"). */
const GIVING = /^(?:extends|extended|gives|gave|provides|provided|offers|offered|lends|lent|has (?:extended|given|provided|offered|lent)|had (?:extended|given|provided|offered|lent))\b/;

const BARRIER = new Set(["and", "but", "while", "whereas", "which", "who", "that", "after", "before", "when", "during", "because", "since", "although"]);

/** Words that stand between a possessive and the event it owns: "his second official visit", "their maiden two-day trip". */
const MODIFIERS = /^(?:first|second|third|fourth|fifth|last|latest|next|maiden|official|state|formal|working|recent|previous|earlier|historic|\d+(?:st|nd|rd|th)|[a-z]+-day|first-ever|two-day|three-day)$/;

/** Whether a possessive pronoun owns the event word at `at`, past at most two modifiers ("his second official visit"). */
function ownedByPronoun(plain: readonly string[], at: number): boolean {
  let k = at - 1;
  while (k >= at - 2 && MODIFIERS.test(plain[k] ?? "")) k--;
  return /^(?:his|her|its|their)$/.test(plain[k] ?? "");
}

export function readEvents(words: readonly Token[], mentions: readonly EntityMention[], matcher: EntityMatcher): EventMention[] {
  const plain = words.map((w) => w.word);
  // A capital does things as its government does ("Islamabad and Baku signed").
  const agentive = mentions.filter((m) => AGENT_KINDS.has(matcher.entity(m.entity)?.kind ?? "") || matcher.entity(m.entity)?.capital === true);
  const events: EventMention[] = [];
  let m = 0;
  for (let i = 0; i < plain.length; i++) {
    while (m < mentions.length && (mentions[m]?.to ?? 0) <= i) m++;
    const inside = mentions[m];
    if (inside !== undefined && inside.from <= i) {
      i = inside.to - 1;
      continue;
    }
    const hit = matchLexicon(plain, i);
    if (hit === undefined) continue;
    if (hit.kind === "event" && !figurative(hit.id, plain, i + hit.length) && !receivesSomeone(hit.id, plain, i + hit.length, mentions, matcher)) {
      const end = i + hit.length;
      const passive = BE.has(plain[i - 1] ?? "") && /(?:ed|en|t|wn)$/.test(plain[i] ?? "") && plain[i - 1] !== "has" && plain[i - 1] !== "have" && plain[i - 1] !== "had";
      // "his pitch to Azeri investors": whose it is, the pronoun says; the name before it is someone else's.
      // "His second visit", "their first official visit": the pronoun may stand a word or two before the event word.
      const before = ownedByPronoun(plain, i) ? undefined : nearestBefore(agentive, plain, i);
      // "presented a book on Pakistan to Ganira Pashayeva": an explicit "to" names whom, before any other name;
      // "bought from Pakistan": for a kind whose second role is a source, "from" does.
      const marker = eventType(hit.id)?.from === true ? "from" : "to";
      const toWhom = agentive.find((m) => m.from > end && m.from - end <= 8 && plain[m.from - 1] === marker && !plain.slice(end, m.from).some((w) => BARRIER.has(w)));
      const after = toWhom ?? nearestAfter(agentive, plain, end);
      const by = after !== undefined && plain.slice(end, after.from).includes("by") ? after : undefined;
      const event: EventMention = { type: hit.id, words: plain.slice(i, end).join(" ") };
      // "the continued support Azerbaijan extends to Kashmir": a name between the event's noun and a verb of giving is its doer.
      const giver = agentive.find((a) => a.from === end && GIVING.test(plain.slice(a.to, a.to + 2).join(" ")));
      if (giver !== undefined && !passive) {
        event.agent = giver.entity;
        const to = agentive.find((a) => a.from > giver.to && a.from - giver.to <= 4 && plain[a.from - 1] === "to");
        if (to !== undefined) event.recipient = to.entity;
        events.push(event);
        i += hit.length - 1;
        continue;
      }
      if (passive) {
        if (by) event.agent = by.entity;
        if (before) event.recipient = before.entity;
      } else if (before !== undefined && plain[before.from - 1] === "in" && plain[before.to] === "s" && before.to + 1 === i && /^(?:support|favour|favor|defence|defense|honour|honor)$/.test(plain[i] ?? "")) {
        // "A resolution in Azerbaijan's support", "in Pakistan's favour": the one supported, not who supports.
        event.recipient = before.entity;
      } else {
        if (before) event.agent = before.entity;
        // "The liberation of Azerbaijan's occupied territories": in a noun with no doer, a name that owns the next noun is not what is done to.
        const owner = after !== undefined && plain[after.to] === "s" && before === undefined && /^(?:the|a|an)$/.test(plain[i - 1] ?? "");
        // "A decisive victory for Azerbaijan": whom a win is for is who won.
        if (after !== undefined && before === undefined && hit.id === "win" && plain[after.from - 1] === "for") event.agent = after.entity;
        else if (after && !by && !owner && (after === toWhom || reachable(plain, end, after.from))) event.recipient = after.entity;
      }
      events.push(event);
    }
    i += hit.length - 1;
  }
  return events;
}

/**
 * An event word in an idiom that is not that event: "trade came to about
 * $150 million" is an amount, not a visit; "serve as a bridge" holds no
 * office; "won praise" is no victory.
 */
function figurative(type: string, plain: readonly string[], end: number): boolean {
  const next = plain.slice(end, end + 3);
  if (type === "visit" && /^(?:came|come|comes|coming) to$/.test(plain.slice(end - 2, end).join(" "))) {
    return /^(?:about|around|some|nearly|almost|over|under|roughly|approximately|just|more|less|only|\d|\$|us|usd|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|a)$/.test(next[0] ?? "") || /^\d/.test(next[0] ?? "");
  }
  if (type === "hold-office" && /^serv/.test(plain[end - 2] ?? "")) return !next.some((w) => matchTitle([...next], next.indexOf(w)) !== undefined);
  // "Offers a strong framework", "offer opportunities": what a thing affords, not an offer anyone made.
  if (type === "offer" && /^offer/.test(plain[end - 1] ?? "")) {
    return /^(?:(?:a|an|the)\s+)?(?:(?:strong|useful|solid|clear|good|real|vast|enormous|great|huge|immense|new)\s+)?(?:framework|frameworks|opportunit\w*|potential|prospects?|insights?|lessons?|model|example|basis|lens|avenues?|scope)\b/.test(next.join(" "));
  }
  // "Won praise from Mamnoon Hussain", "won acknowledgement": received, not a victory.
  if (type === "win" && /^(?:won|win|wins|winning)$/.test(plain[end - 1] ?? "")) {
    return plain.slice(end, end + 5).some((w) => /^(?:praise|acknowledge?ment|recognition|support|backing|approval|acclaim|plaudits|respect|admiration|favou?r|trust|appreciation|applause|sympathy|hearts|friends)$/.test(w));
  }
  return false;
}

/**
 * "Islamabad receives Ali Alizada as ambassador": a person received is
 * welcomed, not given; read as no event of its own, as before receiving had one.
 */
function receivesSomeone(type: string, plain: readonly string[], end: number, mentions: readonly EntityMention[], matcher: EntityMatcher): boolean {
  if (type !== "receive") return false;
  const next = mentions.find((m) => m.from >= end && m.from - end <= 2);
  return next !== undefined && matcher.entity(next.entity)?.kind === "person" && !plain.slice(end, next.from).includes("from");
}

/** The closest agentive name before word `at`, within the same stretch of the sentence. */
function nearestBefore(agentive: readonly EntityMention[], plain: readonly string[], at: number): EntityMention | undefined {
  let found: EntityMention | undefined;
  for (const m of agentive) if (m.to <= at && at - m.to <= 10) found = m;
  if (found === undefined) return undefined;
  return plain.slice(found.to, at).some((w) => BARRIER.has(w)) ? undefined : found;
}

function nearestAfter(agentive: readonly EntityMention[], plain: readonly string[], from: number): EntityMention | undefined {
  const found = agentive.find((m) => m.from >= from && m.from - from <= 6);
  if (found === undefined) return undefined;
  return plain.slice(from, found.from).some((w) => BARRIER.has(w)) ? undefined : found;
}

/**
 * Whether a name after the verb is whom it was done to: right after it ("gave
 * Pakistan"), or after "to", "with", "for" ("gave $1 million to Pakistan"),
 * and not after "in", "at" or "from", which say where or from whom.
 */
function reachable(plain: readonly string[], from: number, to: number): boolean {
  const between = plain.slice(from, to).filter((w) => w !== "the" && w !== "s");
  if (between.length === 0) return true;
  const last = between[between.length - 1] ?? "";
  // "recognised the independence of Azerbaijan": the thing done is its own; "of" names whose.
  return TO_WHOM.has(last) && (last !== "of" || between.length <= 3);
}

/**
 * Titles the sentence gives people: a title right before a name ("Prime
 * Minister Nawaz Sharif", "President of Azerbaijan Ilham Aliyev"), or after
 * it ("Heydar Aliyev, then prime minister", "Aliyev as president").
 */
export function readTitles(words: readonly Token[], mentions: readonly EntityMention[], matcher: EntityMatcher): TitleMention[] {
  const plain = words.map((w) => w.word);
  const people = mentions.filter((m) => matcher.entity(m.entity)?.kind === "person");
  const titles: TitleMention[] = [];
  for (let i = 0; i < plain.length; i++) {
    // "President Aliyev" is a name the corpus knows as written; its title is the name's own.
    if (mentions.some((m) => m.from <= i && i < m.to)) continue;
    const title = matchTitle(plain, i);
    if (title === undefined) continue;
    const end = i + title.length;
    // "President of Azerbaijan Ilham Aliyev", "Pakistan's ambassador Qasim Mohiuddin".
    let next = end;
    if (plain[next] === "of") {
      const country = mentions.find((m) => m.from === next + 1 || (plain[next + 1] === "the" && m.from === next + 2));
      if (country) next = country.to;
    }
    const following = people.find((p) => p.from === next);
    // "Aliyev, Azerbaijan's president", "Nawaz Sharif, then prime minister".
    const linking = (k: number): boolean =>
      /^(then|the|former|late|s|its|his|her|was|is|were|are|became|becomes|remains|remained|serves|served|as)$/.test(plain[k] ?? "") || mentions.some((c) => c.from <= k && k < c.to && matcher.entity(c.entity)?.kind === "country");
    const close = people.filter((p) => p.to <= i && i - p.to <= 5).pop();
    const adjacent = close !== undefined && Array.from({ length: i - close.to }, (_, k) => close.to + k).every(linking) ? close : undefined;
    // "Heydar Aliyev visited Pakistan in 1996 as prime minister": the subject, in that capacity.
    const capacity = plain[i - 1] === "as" ? people.find((p) => p.to <= i) : undefined;
    const preceding = adjacent ?? capacity;
    const person = following ?? preceding;
    if (person !== undefined) titles.push({ person: person.entity, title: title.join(" "), ...(following === undefined && adjacent !== undefined && !plain.slice(adjacent.to, i).includes("as") ? { appositive: true as const } : {}) });
    i = end - 1;
  }
  // "Azerbaijan's defence industry ministry is headed by Yavar Jamalov": an office named by its ministry, held in other words.
  // Only where one person is named, so the office can be no one else's.
  const named = [...new Set(people.map((p) => p.entity))];
  const office = plain.map((w) => OFFICE_NOUNS[w]).find((t) => t !== undefined);
  const holding = plain.filter((w, k) => (HOLDING.has(w) || (office !== undefined && HOLDING_THE_OFFICE.has(w))) && !mentions.some((m) => m.from <= k && k < m.to));
  const person = named.length === 1 ? named[0] : undefined;
  if (person !== undefined && holding.length > 0) {
    const given = titles.find((t) => t.person === person);
    if (given !== undefined) given.holding = [...holding];
    else if (office !== undefined) titles.push({ person, title: office, holding: [...holding, ...plain.filter((w) => OFFICE_NOUNS[w] !== undefined)] });
  }
  return titles;
}

/** A thing a sentence says someone has: "Pakistan's expertise", "the delegation of Azerbaijan". */
export interface Possession {
  owner: string;
  /** The possessed noun, canonical ("expertis", "deleg"). */
  thing: string;
  /** Said by the country's adjective ("Azerbaijani tourists"), which names a group as often as an owner. */
  adjective?: true;
}

const OF_THINGS = /^(?:the|a|an)$/;

/**
 * Whose each thing is: "X's <noun>" (the possessive is its own word, "s")
 * and "the <noun> of X". Only countries and people own here: they are the
 * parties a swap would exchange ("Pakistan's expertise could benefit
 * Azerbaijan" against "Azerbaijan's expertise could benefit Pakistan").
 */
export function readPossessions(words: readonly Token[], mentions: readonly EntityMention[], matcher: EntityMatcher, canonical: (word: string) => string): Possession[] {
  const plain = words.map((w) => w.word);
  const owners = mentions.filter((m) => ["country", "person"].includes(matcher.entity(m.entity)?.kind ?? ""));
  const inside = (k: number): boolean => mentions.some((m) => m.from <= k && k < m.to);
  const out: Possession[] = [];
  for (const m of owners) {
    // "Pakistan's defence expertise": the head is the first content word that is not inside a name, within three words.
    if (plain[m.to] === "s") {
      // "Pakistan's Ministry of Digital Development": a country's named body is its possession too, so a swap of owners shows.
      const body = mentions.find((n) => n.from === m.to + 1 && ["organisation"].includes(matcher.entity(n.entity)?.kind ?? ""));
      if (body !== undefined && matcher.entity(m.entity)?.kind === "country") out.push({ owner: m.entity, thing: `@${body.entity}` });
      for (let k = m.to + 1; k < Math.min(plain.length, m.to + 4); k++) {
        if (inside(k)) break;
        const word = plain[k] ?? "";
        if (word.length > 3 && !/^(own|new|first|late|former|then)$/.test(word)) {
          out.push({ owner: m.entity, thing: canonical(word) });
          break;
        }
      }
    }
    // "Azerbaijani tourists", "the Pakistani market": a country's adjective before a noun says whose, as "'s" does.
    // Not "Azerbaijani and Pakistani leaders": a pair, no one's.
    const paired = /^(?:and|or)$/.test(plain[m.to] ?? "") || /^(?:and|or)$/.test(plain[m.from - 1] ?? "");
    if (m.to - m.from === 1 && !paired && matcher.entity(m.entity)?.kind === "country" && /(?:i|ian|ish|ese)$/.test(plain[m.from] ?? "") && !inside(m.to)) {
      const word = plain[m.to] ?? "";
      if (word.length > 3 && /^\p{Ll}+$/u.test(word)) out.push({ owner: m.entity, thing: canonical(word), adjective: true });
    }
    // "the expertise of Azerbaijan"
    // Not "a member of Pakistan's National Assembly": there the country owns what follows it.
    if (plain[m.from - 1] === "of" && OF_THINGS.test(plain[m.from - 3] ?? "") && plain[m.to] !== "s") {
      const word = plain[m.from - 2] ?? "";
      if (word.length > 3 && !inside(m.from - 2)) out.push({ owner: m.entity, thing: canonical(word) });
    }
  }
  return out;
}
