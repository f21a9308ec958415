// Who did it and where, read from word order: the actor is the agent of a
// passive ("recognised by Pakistan") or else the first country, person or
// organisation named; a place is a place or country after "in", "to", "at"
// or a verb of visiting. Rough, but the corpus's own facts say the same thing
// in the same way, and a wrong guess can only make a check more cautious.

import type { EntityMatcher, EntityMention } from "../text/entity-matcher.js";
import type { Token } from "../text/tokenize.js";

/** The kinds of entity that can do something: who acts in a sentence. */
export const AGENT_KINDS: ReadonlySet<string> = new Set(["country", "person", "organisation"]);
const PRONOUNS = new Set(["he", "she", "it", "they", "its", "his", "her", "their", "this", "these", "those"]);
const PLACE_KINDS = new Set(["place", "country"]);
const PLACE_BEFORE = new Set(["in", "to", "at", "into", "visited", "visit", "visits", "visiting", "toured", "hosted"]);

export interface Roles {
  actor?: string;
  places: string[];
}

/** A diplomatic posting: whose envoy someone is ("Pakistan's ambassador") and where ("in Baku", "to Azerbaijan"), as countries. */
export interface Posting {
  holder?: string;
  of?: string;
  to?: string;
}

const ENVOY = /^(?:ambassadors?|envoys?|consuls?|represents|represented|representing)$/;
const POSTED_AT = new Set(["in", "to", "at"]);

/**
 * Every posting a sentence states: "X is Pakistan's ambassador in Baku",
 * "the Ambassador of Azerbaijan to Pakistan", "Y represents Azerbaijan in
 * Islamabad". A city stands for its country.
 */
export function extractPostings(words: readonly Token[], mentions: readonly EntityMention[], matcher: EntityMatcher): Posting[] {
  const kindOf = (id: string): string | undefined => matcher.entity(id)?.kind;
  const countryOf = (id: string): string | undefined => (kindOf(id) === "country" ? id : matcher.ancestors(id).find((a) => kindOf(a) === "country"));
  const startingAt = (k: number): EntityMention | undefined => mentions.find((m) => m.from === k);
  const postings: Posting[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]?.word ?? "";
    if (!ENVOY.test(word)) continue;
    let of: string | undefined;
    // "Pakistan's ambassador" (the possessive is its own word), "Azerbaijani envoy".
    const before = mentions.find((m) => m.to === i || (m.to === i - 1 && words[i - 1]?.word === "s"));
    if (before && kindOf(before.entity) === "country") of = before.entity;
    const after = words[i + 1]?.word === "of" ? startingAt(words[i + 2]?.word === "the" ? i + 3 : i + 2) : word.startsWith("represent") ? startingAt(i + 1) : undefined;
    if (of === undefined && after && kindOf(after.entity) === "country") of = after.entity;
    let to: string | undefined;
    for (let k = i + 1; k <= i + 6 && k < words.length; k++) {
      const at = startingAt(k + 1);
      if (POSTED_AT.has(words[k]?.word ?? "") && at !== undefined && at !== after) {
        to = countryOf(at.entity);
        break;
      }
    }
    if (of === undefined && to === undefined) continue;
    const people = mentions.filter((m) => kindOf(m.entity) === "person");
    const holder =
      people.filter((m) => m.to <= i && m.to >= i - 6).pop() ?? people.find((m) => m.from > i && m.from <= i + 8);
    postings.push({ ...(holder ? { holder: holder.entity } : {}), ...(of ? { of } : {}), ...(to ? { to } : {}) });
  }
  return postings;
}

/** "Azeri", "Pakistani": a name written as the adjective of a country (an alias ending as demonyms do). */
function isDemonym(words: readonly Token[], m: EntityMention, matcher: EntityMatcher): boolean {
  if (m.to - m.from !== 1) return false;
  const written = words[m.from]?.word ?? "";
  const name = matcher.entity(m.entity)?.name.toLowerCase() ?? "";
  return written !== name && /(?:i|ian|ish|ese|an)$/.test(written) && matcher.entity(m.entity)?.kind === "country";
}

/**
 * "Held in Islamabad to prepare Shehbaz Sharif's visit to Azerbaijan": the
 * destination of a visit the sentence names as what something was for or
 * came before is where that visit goes, not where the sentence's own event was.
 */
function awaitedDestination(words: readonly Token[], m: EntityMention): boolean {
  if (words[m.from - 1]?.word !== "to" || !/^(?:visit|visits|trip|journey|tour)$/.test(words[m.from - 2]?.word ?? "")) return false;
  const lead = words.slice(Math.max(0, m.from - 8), m.from - 2).map((w) => w.word).join(" ");
  return /\b(?:prepare|prepares|prepared|preparing|preparation for|ahead of|in advance of|before)\b/.test(lead);
}

/** "Pakistan's ambassador in Baku": where an envoy serves is their posting, not where the sentence's event took place. */
function postedAt(words: readonly Token[], m: EntityMention): boolean {
  return /^(?:in|at)$/.test(words[m.from - 1]?.word ?? "") && /^(?:ambassador|ambassadors|envoy|envoys|consul|diplomat|diplomats)$/.test(words[m.from - 2]?.word ?? "");
}

export function extractRoles(words: readonly Token[], mentions: readonly EntityMention[], matcher: EntityMatcher): Roles {
  const kindOf = (id: string): string | undefined => matcher.entity(id)?.kind;
  // The agent of a passive may stand a few words after "by": "by the President of Azerbaijan".
  const passive = mentions.find(
    (m) => AGENT_KINDS.has(kindOf(m.entity) ?? "") && words.slice(Math.max(0, m.from - 4), m.from).some((w) => w.word === "by"),
  );
  // "It has also backed Pakistan's candidatures": the subject is someone named
  // earlier, not the first name in this sentence.
  const pronounSubject = PRONOUNS.has(words[0]?.word ?? "");
  const actor = passive?.entity ?? (pronounSubject ? undefined : mentions.find((m) => AGENT_KINDS.has(kindOf(m.entity) ?? "") || matcher.entity(m.entity)?.capital === true)?.entity);
  const places = mentions
    // "in Pakistan's Aman-2013 exercise", "devoted to Azeri culture": a possessive or an adjective says whose, not where.
    .filter((m) => PLACE_KINDS.has(kindOf(m.entity) ?? "") && PLACE_BEFORE.has(words[m.from - 1]?.word ?? "") && words[m.to]?.word !== "s" && !isDemonym(words, m, matcher) && !awaitedDestination(words, m) && !postedAt(words, m))
    .map((m) => m.entity);
  return { ...(actor ? { actor } : {}), places: [...new Set(places)] };
}
