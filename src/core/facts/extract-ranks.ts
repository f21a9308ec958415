// Rank words: "the third country", "3rd", "one of the first", "among the
// first three", "among the three countries", "the only country", "one of the
// few". The head noun is kept so that "the 6th meeting" can be compared with
// a session count rather than with a country's rank.

import type { FactRank } from "../types.js";

export interface RankMention {
  /** `series`: what a round, session or meeting is of ("the fifth round of Bilateral Political Consultations": bilateral). */
  rank: FactRank & { head?: string; series?: string };
  start: number;
  end: number;
  /** The rank is written with a count ("after two other countries"): that count is not a figure of its own. */
  counted?: true;
}

const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20,
};
const CARDINAL_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const ORDINAL = "(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|\\d{1,3}(?:st|nd|rd|th))";
const CARDINAL = "(two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})";

function ordinalValue(word: string): number | undefined {
  return ORDINAL_WORDS[word] ?? (/^\d+/.test(word) ? Number.parseInt(word, 10) : undefined);
}

function cardinalValue(word: string): number | undefined {
  return CARDINAL_WORDS[word] ?? (/^\d+$/.test(word) ? Number(word) : undefined);
}

/** Compiled once: a check reads the ranks of every sentence and clause. */
const COUNTED: ReadonlyArray<[RegExp, (m: RegExpMatchArray) => RankMention["rank"] | undefined]> = [
  // "after just two other countries": the third. "at most two other states … ahead of it": among the first three.
  [new RegExp(`\\b(?:after|behind) (?:only |just )?${CARDINAL} (?:other )?(?:countries|states|nations)\\b`, "g"), (m) => {
    const before = cardinalValue(m[1] ?? "");
    return before === undefined ? undefined : { kind: "ordinal", position: before + 1, head: "country", text: m[0] };
  }],
  [new RegExp(`\\b(?:at most|only|just|no more than) ${CARDINAL} (?:other )?(?:countries|states|nations)\\b(?=[^.;]*\\b(?:ahead of|before)\\b)`, "g"), (m) => {
    const before = cardinalValue(m[1] ?? "");
    return before === undefined ? undefined : { kind: "among-n", position: before + 1, text: m[0] };
  }],
  // "accepted by just three countries, Pakistan being one of them", "three countries, one of which is Pakistan": among three.
  [new RegExp(`\\b(?:only |just )?${CARDINAL} (?:countries|states|nations)\\b(?=[^.;]{0,60}\\b(?:being one|one of (?:them|those|which)|was one|is one)\\b)`, "g"), (m) => {
    const n = cardinalValue(m[1] ?? "");
    return n === undefined ? undefined : { kind: "among-n", position: n, text: m[0] };
  }],
  // "came in at number three", "ranked number two": a place in a sequence, its count not a figure.
  [new RegExp(`\\b(?:(?:came in|came|ranked|finished|stood|was|is) (?:in )?at|ranked|(?:was|is) ranked) number (one|1|${CARDINAL.slice(1)}\\b`, "g"), (m) => {
    const position = m[1] === "one" ? 1 : cardinalValue(m[1] ?? "");
    return position === undefined ? undefined : { kind: "ordinal", position, head: "country", text: m[0] };
  }],
  // "a trio of states", "the group of three countries": among three.
  [new RegExp(`\\b(?:a|the) (?:trio|(?:group|handful|club|circle|band) of (?:just |only )?${CARDINAL}) (?:of )?(?:countries|states|nations)\\b`, "g"), (m) => {
    const n = m[1] !== undefined ? cardinalValue(m[1]) : 3;
    return n === undefined ? undefined : { kind: "among-n", position: n, text: m[0] };
  }],
];

/** Nouns of one of a series of sittings: their ordinal ranks what they are of. */
const SERIES = new Set(["round", "rounds", "session", "sessions", "sitting", "meeting", "edition", "instalment", "installment", "iteration"]);

/** Whether a word names one of a series of sittings ("session", "meeting", "round"): all one thing when numbered. */
export function isSeriesNoun(word: string | undefined): boolean {
  return word !== undefined && SERIES.has(word);
}

const PATTERNS: ReadonlyArray<[RegExp, (m: RegExpMatchArray) => RankMention["rank"] | undefined]> = [
  [new RegExp(`\\b(?:one of|among) the (?:very )?first ${CARDINAL}\\b`, "g"), (m) => ({ kind: "among-n", position: cardinalValue(m[1] ?? "") ?? 3, text: m[0] })],
  // "in the top three", "the first three to": a place among the first n.
  [new RegExp(`\\b(?:in |among )?the (?:top|first) ${CARDINAL}(?! (?:years?|months?|days?|decades?))\\b`, "g"), (m) => ({ kind: "among-n", position: cardinalValue(m[1] ?? "") ?? 3, text: m[0] })],
  [/\b(?:one of|among|amongst) the (?:very )?(?:first|earliest)(?: few)?\b/g, (m) => ({ kind: "among-first", text: m[0] })],
  // "belonged to the first group of states", "in the first wave": among the first.
  [/\b(?:in|among|belonged to) the (?:first|earliest) (?:group|wave|batch|handful)\b/g, (m) => ({ kind: "among-first", text: m[0] })],
  // "Among the last states to recognise", "one of the latest": the other end of the list.
  [/\b(?:one of|among|amongst) the (?:very )?(?:last|latest)\b(?! (?:year|month|week|decade|session|meeting|round|visit)s?\b)/g, (m) => ({ kind: "among-last", text: m[0] })],
  [/\b(?:one of|among) (?:the )?(?:very )?few\b/g, (m) => ({ kind: "one-of-few", text: m[0] })],
  [/\b(?:one of|among) (?:several|many|a number of|numerous|various) (?:other )?(?:countries|states|nations)\b/g, (m) => ({ kind: "one-of-many", text: m[0] })],
  // "Among the two countries' parliamentarians" is the pair every claim is about, not a place among two.
  [new RegExp(`\\b(?:among|one of) (?:only |just |the )*${CARDINAL} (?:countries|states|nations)\\b(?!['’])`, "g"), (m) => (/the two /.test(m[0]) ? undefined : { kind: "among-n", position: cardinalValue(m[1] ?? "") ?? 3, text: m[0] })],
  [/\b(?:the|its) only (?:other )?([a-z]+)\b/g, (m) => ({ kind: "only", head: m[1], text: m[0] })],
  // "Pakistan came third, after …", "became the third in 1991": a place in a sequence of states, its noun left out.
  [new RegExp(`\\b(?:came|ranked|finished|became|was|is) (?:the )?${ORDINAL}(?=\\s*(?:[,.;:]|$|(?:to|in|after|behind)\\b))`, "g"), (m) => {
    const position = ordinalValue(m[1] ?? "");
    return position === undefined ? undefined : { kind: "ordinal", position, head: "country", text: m[0] };
  }],
  // "The second-largest number of Afghans", "the third biggest partner": a place in a ranking, compared as a country's rank is.
  [new RegExp(`\\b${ORDINAL}[- ](?:largest|biggest|greatest|highest|most|strongest|richest|leading|top)\\b`, "g"), (m) => {
    const position = ordinalValue(m[1] ?? "");
    return position === undefined ? undefined : { kind: "ordinal", position, head: "country", text: m[0] };
  }],
  // "was the commission's seventh", "was its sixth": a place in the series of the thing named before.
  [new RegExp(`\\b(?:was|is|became|were|are) (?:its|their|the [\\p{L}-]+['’]s) ${ORDINAL}(?=\\s*(?:[,.;:]|$))`, "gu"), (m) => {
    const position = ordinalValue(m[1] ?? "");
    return position === undefined ? undefined : { kind: "ordinal", position, text: m[0] };
  }],
  [new RegExp(`\\b${ORDINAL}(?:-ever)?\\s+(?:(?:ever|foreign|muslim|non-muslim|islamic|state|country|nation)\\s+)?([a-z]+)(?:\\s+of\\s+(?:(?:the|their|its)\\s+)?([a-z]+))?`, "g"), (m) => {
    const position = ordinalValue(m[1] ?? "");
    const series = m[3] !== undefined && SERIES.has(m[2] ?? "") ? { series: m[3] } : {};
    return position === undefined ? undefined : { kind: "ordinal", position, head: m[2], ...series, text: m[0].replace(/\s+of\s+.*$/, "") };
  }],
];

/** @param text normalised text */
export function extractRanks(text: string): RankMention[] {
  const mentions: RankMention[] = [];
  const add = (rank: RankMention["rank"], start: number, end: number): void => {
    if (mentions.some((m) => start < m.end && m.start < end)) return;
    mentions.push({ rank, start, end });
  };
  for (const [pattern, build] of COUNTED) {
    for (const match of text.matchAll(pattern)) {
      const rank = build(match);
      const start = match.index ?? 0;
      if (rank && !mentions.some((m) => start < m.end && m.start < start + match[0].length)) mentions.push({ rank, start, end: start + match[0].length, counted: true });
    }
  }
  for (const [pattern, build] of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const rank = build(match);
      if (rank) add(rank, match.index ?? 0, (match.index ?? 0) + match[0].length);
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}
