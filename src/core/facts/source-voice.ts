// "Saima Ali argues", "Khan calls …", "according to Report News", "one
// article concludes": a sentence that says which article, author or
// publication says it. The words name a source, not a party to what is said,
// so they are read apart: the rest of the sentence is what is asserted, and
// the voice is a part to align (the claim must be that source's, or, for
// "one article", any source's).

import { escapeRegExp } from "../text/escape-regexp.js";
import type { Source } from "../types.js";

export interface SourceVoice {
  /** Where the frame is in the sentence, to be left out of what it asserts. */
  start: number;
  end: number;
  /** The sources it names; empty when it names none in particular ("one article says"). */
  sources: string[];
  /** Who, as written ("Saima Ali", "one article"). */
  words: string;
  /** "One commentary calls for …", "the article recommends …": what follows is what the source says ought to happen. */
  recommends?: true;
}

/** Verbs of saying and of describing: "Khan calls X Y", "Saima Ali counts X among …". */
const VERBS =
  "says|said|writes|wrote|argues|argued|notes|noted|observes|observed|concludes|concluded|explains|explained|calls|called|describes|described|counts|sees|treats|links|credits|reports|reported|predicts|predicted|suggests|suggested|adds|added|stresses|stressed|maintains|believes|contends|points out|pointed out|recalls|recalled|finds|found|lists|listed|notes|puts it|remarks|remarked|insists|insisted|points to|pointed to|voices the hope|voiced the hope|gives|gave|credits|credited|records|recorded|recommends|recommended|attributes|attributed|likens|likened|names|deems|regards|counted|documents|documented|mentions|mentioned|cites|cited|identifies|identified|acknowledges|acknowledged|admits|admitted|concedes|conceded|highlights|highlighted|underlines|underlined|emphasises|emphasised|emphasizes|emphasized|recounts|recounted|traces|traced|reckons|considers|judges|sums up|summed up";
/** An article named by what it is, not by whom: "the article", "one analysis", "the liberal-perspective article". */
const ARTICLE_NOUNS = ["article", "analysis", "author", "writer", "piece", "essay", "commentary", "interview", "analyst", "researcher", "scholar"];
/** "The 2020 article", "a 2016 essay": an article named by its year, which says which source it is. */
const ANY_ARTICLE = `(?:the|one|an|a|this|another|that)(?: (?:[\\p{L}-]+|(?:19|20)\\d{2}))? (?:${ARTICLE_NOUNS.join("|")})`;
/**
 * "The author of the liberal-perspective article": a writer named by the
 * article, which says which source it is. Read by a pattern of its own: as a
 * part of every pattern's name it made the frames twice as slow to look for.
 */
const AUTHOR_OF = `(?:the|an?) (?:author|writer) (?:of|behind) ${ANY_ARTICLE}`;
/**
 * Verbs by which a source says what ought to happen ("calls for", "the
 * article recommends"): what follows them is a recommendation, not a report
 * (claim-modality.ts reads a claim's recommendations with them too).
 */
export const RECOMMENDING = "calls? for|called for|recommend(?:s|ed)?|urges?|urged";
/** "In Khan's assessment", "the article's recommendations": what a source's own view or reading is called. */
const VIEW = "view|judgement|judgment|words|opinion|analysis|reading|assessment|estimation|account|telling|verdict";
/** How far into a sentence an opening frame's name can stand: a short opening phrase, a comma, then the name (see the pattern). */
const OPENING_REACH = 120;
/** "on their relations": what the article is about, read with it. */
const ABOUT = `(?: (?:on|of|about) (?:the|their|its) (?:relationship|ties|relations))?`;

/** The names each source is known by: its authors (full and, from four letters, family name), its container and its publisher. */
function voiceNames(sources: readonly Source[]): Array<{ name: string; source: string }> {
  const names: Array<{ name: string; source: string }> = [];
  for (const s of sources) {
    const add = (name: string | undefined): void => {
      if (name !== undefined && name.trim().length >= 4) names.push({ name: name.trim(), source: s.id });
    };
    for (const a of s.authors) {
      add(a.literal);
      add([a.given, a.family].filter(Boolean).join(" "));
      add(a.family);
    }
    add(s.container);
    add(s.publisher);
  }
  // Longest first, so that "Saima Ali" is read before a shorter name inside it.
  return names.sort((a, b) => b.name.length - a.name.length);
}

interface Compiled {
  named: Array<{ pattern: RegExp; gate?: (text: string) => boolean }>;
  sourceOf: Map<string, string[]>;
  /** Words one of which a sentence must contain, whole, for any pattern to match. */
  keys: RegExp;
}

const patterns = new WeakMap<readonly Source[], Compiled>();
const RECOMMENDS = new RegExp(`\\b(?:${RECOMMENDING})\\b`, "iu");

function compiled(sources: readonly Source[]): Compiled {
  let found = patterns.get(sources);
  if (found !== undefined) return found;
  const sourceOf = new Map<string, string[]>();
  for (const { name, source } of voiceNames(sources)) sourceOf.set(name.toLowerCase(), [...new Set([...(sourceOf.get(name.toLowerCase()) ?? []), source])]);
  const who = `(?<who>${[...sourceOf.keys()].map(escapeRegExp).join("|")}|${ANY_ARTICLE})`;
  // Every pattern has its name or noun after a space, a comma or the start, and before a space, a comma,
  // an apostrophe or the end: whole words, so "particular" or "authorities" is no reason to try them.
  const keys = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...sourceOf.keys(), ...ARTICLE_NOUNS].map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}])`, "iu");
  // Each with a word it cannot match without, tested first: the patterns are long alternations, and most sentences that
  // name a source use one or two of them.
  const named: Array<{ pattern: RegExp; gate?: (text: string) => boolean }> = [
    // "According to Khan, …", "In Saima Ali's view, …"
    { pattern: new RegExp(`^\\s*according to ${who}\\s*,\\s*`, "iu"), gate: (t) => /^\s*according to /i.test(t) },
    { pattern: new RegExp(`^\\s*in ${who}['’]s (?:\\p{L}+ )?(?:${VIEW})\\s*,\\s*`, "iu"), gate: (t) => /^\s*in /i.test(t) },
    // "…, in Khan's assessment.", "…, the article's recommendations say.", "…, for one analyst."
    { pattern: new RegExp(`\\s*,\\s*in ${who}['’]s (?:\\p{L}+ )?(?:${VIEW})\\s*[.!]?\\s*$`, "iu"), gate: (t) => /,\s*in /i.test(t) },
    // "Support from Azerbaijan is, in Saima Ali's telling, the return …": between commas.
    { pattern: new RegExp(`\\s*,\\s*in ${who}['’]s (?:\\p{L}+ )?(?:${VIEW})\\s*,(?=\\s*\\S)`, "iu"), gate: (t) => /,\s*in /i.test(t) },
    { pattern: new RegExp(`\\s*,\\s*${who}['’]s (?:recommendations|conclusions?|findings) (?:say|says|said|hold|holds|suggest|suggests)\\s*[.!]?\\s*$`, "iu"), gate: (t) => /(?:recommendations|conclusions?|findings) /i.test(t) },
    { pattern: new RegExp(`\\s*,\\s*for ${who}\\s*[.!]?\\s*$`, "iu"), gate: (t) => /,\s*for /i.test(t) },
    // "…, according to one article.", "…, Saima Ali explains.", "…, as the article concludes."
    { pattern: new RegExp(`\\s*,\\s*according to ${who}\\s*[.!]?\\s*$`, "iu"), gate: (t) => /according to /i.test(t) },
    { pattern: new RegExp(`\\s*,\\s*(?:as )?${who} (?:${VERBS})(?: [\\p{L}'’-]+){0,2}?\\s*[.!]?\\s*$`, "iu"), gate: (t) => t.includes(",") },
    // "Khan calls Pakistan and Azerbaijan …", "Saima Ali reported that …", "One commentary on the relationship calls for …"
    // "Writing in 2015, Mehmood Ul Hassan Khan noted that …": after a short opening phrase too.
    // "Khan observes: …": a colon may stand for "that".
    { pattern: new RegExp(`^\\s*(?:[^,]{1,40},\\s*)?${who}(?: (?:on|of|about) the (?:relationship|ties|relations))? (?:${VERBS})(?: that| for| on)?(?:\\s*:)?\\s+`, "iu"), gate: (t) => keys.test(t.slice(0, OPENING_REACH)) },
    { pattern: new RegExp(`^\\s*(?<who>${AUTHOR_OF}) (?:${VERBS})(?: that| for| on)?(?:\\s*:)?\\s+`, "iu"), gate: (t) => /\b(?:author|writer) (?:of|behind)\b/i.test(t) },
    // "Pakistan and Azerbaijan, by the account of a 2020 article on their relations, see …": a frame between commas.
    { pattern: new RegExp(`\\s*,\\s*(?:by the account of|according to|in the words of) ${who}${ABOUT}\\s*,(?=\\s*\\S)`, "iu"), gate: (t) => /by the account of|according to|in the words of/i.test(t) },
    // "The two presidents, the 2020 article adds, undertook …": an article between commas (a named author there is read by analyze-text.ts).
    { pattern: new RegExp(`\\s*,\\s*(?:as )?(?<who>${ANY_ARTICLE}) (?:${VERBS})\\s*,(?=\\s*\\S)`, "iu"), gate: (t) => (t.match(/,/g)?.length ?? 0) >= 2 },
    { pattern: new RegExp(`^\\s*by the account of ${who}${ABOUT}\\s*,\\s*`, "iu"), gate: (t) => /^\s*by the account of/i.test(t) },
    { pattern: new RegExp(`^\\s*by ${who}['’]s account\\s*,\\s*`, "iu"), gate: (t) => /^\s*by /i.test(t) },
    // "… in what one article calls quite productive cooperation"
    { pattern: new RegExp(`\\b(?:in )?what ${who} (?:calls|called|describes as|described as|terms)\\s+`, "iu"), gate: (t) => /\bwhat /i.test(t) },
  ];
  found = { named, sourceOf, keys };
  patterns.set(sources, found);
  return found;
}

/** The sources a name is one of the names of ("Report News", "Saima Ali"): none for any other name. */
export function sourcesNamed(name: string, sources: readonly Source[]): readonly string[] {
  return compiled(sources).sourceOf.get(name.trim().toLowerCase()) ?? [];
}

/** The first frame in the sentence that says which source says it, if any. */
export function findSourceVoice(text: string, sources: readonly Source[]): SourceVoice | undefined {
  if (sources.length === 0) return undefined;
  const { named, sourceOf, keys } = compiled(sources);
  // Most sentences name no source at all: one test for the names spares them the patterns (about 3 ms a sentence).
  if (!keys.test(text)) return undefined;
  for (const { pattern, gate } of named) {
    if (gate !== undefined && !gate(text)) continue;
    const m = pattern.exec(text);
    if (m === null) continue;
    const who = m.groups?.who ?? "";
    // "The 2020 article": the source issued that year, where one was.
    const year = /\b((?:19|20)\d{2})\b/.exec(who)?.[1];
    const ofYear = year !== undefined ? sources.filter((s) => s.issued.startsWith(year)).map((s) => s.id) : [];
    // "The liberal-perspective article": a source named by its id, as pakaz itself names it.
    const byId = sources.filter((s) => new RegExp(`(?<![\\p{L}\\p{N}-])${escapeRegExp(s.id).replace(/\\-|-/g, "[- ]")}(?![\\p{L}\\p{N}-])`, "iu").test(who)).map((s) => s.id);
    const recommends = RECOMMENDS.test(m[0].slice(m[0].toLowerCase().indexOf(who.toLowerCase()) + who.length));
    return { start: m.index, end: m.index + m[0].length, sources: sourceOf.get(who.toLowerCase()) ?? (byId.length > 0 ? byId : ofYear), words: who, ...(recommends ? { recommends: true as const } : {}) };
  }
  return undefined;
}

/** The sentence with the frame blanked out, every other character where it was (so columns stay true). */
export function withoutVoice(text: string, voice: SourceVoice | undefined): string {
  if (voice === undefined) return text;
  return text.slice(0, voice.start) + " ".repeat(voice.end - voice.start) + text.slice(voice.end);
}
