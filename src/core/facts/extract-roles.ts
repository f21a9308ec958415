// Who did it and where, read from word order: the actor is the agent of a
// passive ("recognised by Pakistan") or else the first country, person or
// organisation named; a place is a place or country after "in", "to", "at"
// or a verb of visiting. Rough, but the corpus's own facts say the same thing
// in the same way, and a wrong guess can only make a check more cautious.

import type { EntityMatcher, EntityMention } from "../text/entity-matcher.js";
import type { Token } from "../text/tokenize.js";

const AGENT_KINDS = new Set(["country", "person", "organisation"]);
const PRONOUNS = new Set(["he", "she", "it", "they", "its", "his", "her", "their", "this", "these", "those"]);
const PLACE_KINDS = new Set(["place", "country"]);
const PLACE_BEFORE = new Set(["in", "to", "at", "into", "visited", "visit", "visits", "visiting", "toured", "hosted"]);

export interface Roles {
  actor?: string;
  places: string[];
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
  const actor = passive?.entity ?? (pronounSubject ? undefined : mentions.find((m) => AGENT_KINDS.has(kindOf(m.entity) ?? ""))?.entity);
  const places = mentions
    .filter((m) => PLACE_KINDS.has(kindOf(m.entity) ?? "") && PLACE_BEFORE.has(words[m.from - 1]?.word ?? ""))
    .map((m) => m.entity);
  return { ...(actor ? { actor } : {}), places: [...new Set(places)] };
}
