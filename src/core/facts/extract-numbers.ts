// Amounts a sentence asserts, with scale and unit applied: "$2 billion",
// "2bn dollars", "two billion dollar", "80,000", "eighty thousand tourists",
// "15 MoUs", "13.2 %". Years and dates are read by extract-dates, ordinals
// ("8th") by extract-ranks, so their digits are skipped here.

import type { FactNumber } from "../types.js";
import { splitWords } from "../text/tokenize.js";
import { readNumberWords, SCALES } from "./number-words.js";

export interface NumberMention {
  number: FactNumber;
  start: number;
  end: number;
}

const APPROX_BEFORE = /\b(more than|over|about|approximately|approx|around|nearly|almost|some|at least|roughly|upwards of|in excess of|above|close to)\s*$/;
const CURRENCY_WORDS = new Set(["dollar", "dollars", "usd", "us$"]);
const PERCENT_WORDS = new Set(["percent", "per", "pc", "%"]);

/** A unit word (as written after the number) → the unit name the corpus uses. */
export function unitOf(word: string): string {
  const w = word.toLowerCase();
  if (CURRENCY_WORDS.has(w)) return "usd";
  if (PERCENT_WORDS.has(w)) return "percent";
  if (/^(mous?|memorand(a|um|ums)|agreements?|accords?|documents?|deals?)$/.test(w)) return "agreements";
  // "Has met five times", "convened on five occasions": a count of sittings.
  if (/^(sessions?|meetings?|rounds?|sittings?|times|occasions?)$/.test(w)) return "sessions";
  if (/^(mw|mws|megawatts?)$/.test(w)) return "mw";
  if (/^(years?)$/.test(w)) return "years";
  if (/^(decades?)$/.test(w)) return "decades";
  if (/^(countries|country|states?|nations?)$/.test(w)) return "countries";
  if (/^(people|persons?|individuals?|citizens?|pakistanis|azerbaijanis|tourists?|visitors?)$/.test(w)) return "people";
  return w.replace(/s$/, "");
}

/** Verbs of a change by a factor, as the growth in per cent they state. */
/** A halving, in per cent: "halved", "cut in half". */
const HALVED = -50;
const MULTIPLIED: Record<string, number> = Object.assign(Object.create(null), { doubled: 100, doubling: 100, tripled: 200, trebled: 200, quadrupled: 300, halved: HALVED });

/** A fraction's share in per cent: "a fifth of" is 20%. */
const FRACTIONS: Record<string, number> = Object.assign(Object.create(null), { half: 50, third: 100 / 3, thirds: 100 / 3, quarter: 25, quarters: 25, fifth: 20, fifths: 20, tenth: 10, tenths: 10 });

/** Nouns that name where a statement comes from: "one article", "one tally", "one estimate". */
const SOURCE_NOUNS = /^(?:article|analysis|commentary|account|report|source|writer|author|observer|analyst|piece|essay|study|paper|tally|count|estimate|reckoning|survey|figure|version)s?$/;

/** Words that qualify a counted noun rather than being it. */
const ADJECTIVES = /^(new|more|bilateral|major|key|joint|pakistani|azerbaijani|azeri|afghan|armenian|indian|foreign|international|regional|official|annual|additional|permanent|non|small|large|big|mega|high|other|such|different|various|several|separate|total|cooperation|sunny|generating|installed)$/;

interface Occupied {
  start: number;
  end: number;
}

/**
 * The unit of a figure, from the words around it: a dollar sign or "usd"
 * before it, "%" or "per cent" after it, else the first counted noun after
 * it, past adjectives ("more than 30 bilateral agreements", "80,000
 * Pakistani tourists"), and "… million US dollars".
 */
function unitAround(before: string, after: string, words: readonly string[], next: number): string | undefined {
  if (/(?:us)?\$\s*$|\busd\s*$/.test(before)) return "usd";
  if (/^\s*(%|percent\b|per cent\b)/.test(after)) return "percent";
  // "… made up of five, referring to …": a unit is never read across a comma or a stop.
  if (/^\s*[,;:.!?)]/.test(after)) return undefined;
  let unit: string | undefined;
  for (let k = next; k < Math.min(words.length, next + 3); k++) {
    const following = words[k] ?? "";
    if (/^(and|or|to|of|in|on|at|the|a|an|by|for|with|from|-)$/.test(following)) break;
    // "about one million still live there": the counted noun is left out, not "still".
    if (/^(still|now|already|also|just|only|again|each|apiece|altogether|together|today|currently|remain|remained|remains|live|lived|were|are|was|is|have|had|has)$/.test(following)) break;
    if (ADJECTIVES.test(following)) continue;
    unit = unitOf(following);
    // "Two hundred times Pakistan's", "three times as many": a multiple, not a count of sittings.
    if (following === "times" && (/^(?:as|more|larger|bigger|higher|greater|smaller|less|fewer|that|over)$/.test(words[k + 1] ?? "") || words[k + 2] === "s")) unit = "multiple";
    break;
  }
  if (unit !== "usd" && /^\s*(?:[a-z]+\s){0,2}dollars?\b/.test(after) && /^\s*(?:billion|million|thousand|bn|mn)?\s*(?:us\s+)?dollars?/.test(after)) return "usd";
  return unit;
}

/**
 * "One" as a word that counts nothing: a member of a group, a source, a
 * pronoun or an idiom. @param after the text after the word
 */
function oneIsNoAmount(words: readonly string[], i: number, after: string): boolean {
  const [before2 = "", before = ""] = [words[i - 2], words[i - 1]];
  const [next = "", next2 = ""] = [words[i + 1], words[i + 2]];
  return (
    // "one of the first", "one of several": a member of a group; "one on one" is a manner of talking.
    next === "of" ||
    (next === "on" && next2 === "one") ||
    (before === "on" && before2 === "one") ||
    // "One commentary on the relationship calls for …": which source, not how many.
    SOURCE_NOUNS.test(next) ||
    // "by one published count", "one 2020 tally": a source, with a word between.
    (SOURCE_NOUNS.test(next2) && (/^\d{4}$/.test(next) || /(?:ed|ial|al)$/.test(next))) ||
    // "a reciprocal one", "the one who": a pronoun.
    /^(a|an|the|this|that|which|every|each|any|no)$/.test(before) ||
    /^(a|an|the)$/.test(before2) ||
    /^(who|which|that)$/.test(next) ||
    // "Azerbaijan opened one in Pakistan", "a high-level one.": a pronoun for a thing just named.
    /^(in|at|on|for|from|with|by|there|here|too|as|but)$/.test(next) ||
    /^\s*(?:[,.;:!?)]|$)/.test(after) ||
    // "more than one occasion", "at one time or another", "one another": not an amount anyone counts.
    (before === "than" && before2 === "more") ||
    next === "another" ||
    (next === "time" && (before === "at" || next2 === "or")) ||
    // "one-to-one talks": a manner of talking; "is one to enjoy": a pronoun.
    (next === "to" && (next2 === "one" || (!/^\d/.test(next2) && readNumberWords(words, i + 2) === undefined))) ||
    (before === "to" && before2 === "one")
  );
}

/** @param text normalised text; @param occupied spans already read as dates */
/**
 * "Half a century", "a century", "a (full) decade" at word i: years, as the
 * corpus counts them, and the word the span ends at. Not "a decade later" or
 * "a decade on", which link two times, as "a year later" does.
 */
function yearsSpanned(words: readonly string[], i: number): { years: number; at: number } | undefined {
  if (words[i] === "half" && words[i + 1] === "a" && (words[i + 2] === "century" || words[i + 2] === "decade")) return { years: words[i + 2] === "century" ? 50 : 5, at: i + 2 };
  if (words[i] !== "a") return undefined;
  if (words[i + 1] === "century") return { years: 100, at: i + 1 };
  const at = words[i + 1] === "full" ? i + 2 : i + 1;
  if (words[at] !== "decade" || /^(?:later|on|after|afterwards|before|earlier)$/.test(words[at + 1] ?? "")) return undefined;
  return { years: 10, at };
}

export function extractNumbers(text: string, occupied: readonly Occupied[] = []): NumberMention[] {
  const tokens = splitWords(text);
  const words = tokens.map((t) => t.word);
  const taken = (start: number, end: number): boolean => occupied.some((o) => start < o.end && o.start < end);
  const mentions: NumberMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === undefined || taken(token.start, token.end)) continue;
    let value: number | undefined;
    let used = 1;
    // "2bn", "800MM", "$US2.2": a scale or a unit written onto the digits, or the dollar's country before them.
    const digits = /^(us|usd)?(\d[\d,]*(?:\.\d+)?)(bn|mn|m|k|b|[a-z]{2,4})?$/.exec(token.word);
    let writtenUnit: string | undefined;
    const spanned = yearsSpanned(words, i);
    if (digits?.[2] !== undefined) {
      if (/^(?:st|nd|rd|th|s)$/.test(digits[3] ?? "")) continue; // "8th" is a rank, "1990s" a decade
      if (/^\d{1,3}(,\d{3})+$/.test(digits[2]) || !digits[2].includes(",")) value = Number(digits[2].replace(/,/g, ""));
      else continue; // "1,2" is a list, not a number
      const suffix = digits[3];
      if (suffix !== undefined && SCALES[suffix] !== undefined) value *= SCALES[suffix] ?? 1;
      else if (suffix !== undefined) writtenUnit = unitOf(suffix);
      if (digits[1] !== undefined) writtenUnit = "usd";
      // An ordinal ("8th", "3rd") is a rank.
      if (/^(st|nd|rd|th)\b/.test(text.slice(token.end, token.end + 3))) continue;
    } else if ((token.word === "in" || token.word === "by") && words[i + 1] === "half" && words.slice(Math.max(0, i - 3), i).some((w) => /^(?:cut|cuts|cutting|reduced|reduce|reduces|reducing|slashed|slash|slashes|trimmed|fell|fall|falls|dropped|shrank|shrunk)$/.test(w))) {
      // "Cut in half", "reduced by half": halved, a fall of 50 per cent, as "halved" is.
      mentions.push({ number: { value: HALVED, unit: "percent" }, start: token.start, end: tokens[i + 1]?.end ?? token.end });
      i += 1;
      continue;
    } else if (MULTIPLIED[token.word] !== undefined) {
      // "Exports doubled": a growth of 100 per cent, which a source saying only "rose" does not state.
      mentions.push({ number: { value: MULTIPLIED[token.word] ?? 0, unit: "percent" }, start: token.start, end: token.end });
      continue;
    } else if ((token.word === "a" || token.word === "one") && FRACTIONS[words[i + 1] ?? ""] !== undefined && words[i + 2] === "of" && words[i + 3] === "a" && SCALES[words[i + 4] ?? ""] !== undefined && (words[i + 4] ?? "").length > 2) {
      // "a third of a billion dollars", "a quarter of a million": that share of the amount, not a share in per cent.
      value = ((FRACTIONS[words[i + 1] ?? ""] ?? 0) / 100) * (SCALES[words[i + 4] ?? ""] ?? 0);
      used = 5;
    } else if ((token.word === "a" || token.word === "one" || token.word === "two" || token.word === "three") && FRACTIONS[words[i + 1] ?? ""] !== undefined && words[i + 2] === "of") {
      // "a fifth of its land", "two thirds of": a share, in per cent, as the sources give shares ("20%").
      const count = token.word === "a" || token.word === "one" ? 1 : token.word === "two" ? 2 : 3;
      mentions.push({ number: { value: Math.round(count * (FRACTIONS[words[i + 1] ?? ""] ?? 0) * 10) / 10, unit: "percent" }, start: token.start, end: tokens[i + 1]?.end ?? token.end });
      i += 1;
      continue;
    } else if (spanned !== undefined) {
      mentions.push({ number: { value: spanned.years, unit: "years" }, start: token.start, end: tokens[spanned.at]?.end ?? token.end });
      i = spanned.at;
      continue;
    } else if (((words[i - 1] === "by" || (words[i - 2] === "by" && /^(?:roughly|about|around|nearly|almost|some|over|more than|just)$/.test(words[i - 1] ?? ""))) || /^(?:more|less|higher|lower|bigger|smaller|larger|up|down)$/.test(words[i + 2] ?? "")) && (token.word === "a" || token.word === "one") && FRACTIONS[words[i + 1] ?? ""] !== undefined && words[i + 2] !== "of") {
      // "Grew by a quarter", "a fifth more than the year before": a change in per cent.
      mentions.push({ number: { value: Math.round((FRACTIONS[words[i + 1] ?? ""] ?? 0) * 10) / 10, unit: "percent" }, start: token.start, end: tokens[i + 1]?.end ?? token.end });
      i += 1;
      continue;
    } else if (token.word === "half" && words[i + 1] === "a" && SCALES[words[i + 2] ?? ""] !== undefined && (words[i + 2] ?? "").length > 2) {
      // "half a million"
      value = (SCALES[words[i + 2] ?? ""] ?? 0) / 2;
      used = 3;
    } else {
      const words_ = readNumberWords(words, i, { rangeEnd: words[i - 1] === "between" });
      if (!words_) continue;
      value = words_.value;
      used = words_.length;
      if (value === 1 && used === 1 && oneIsNoAmount(words, i, text.slice(token.end))) continue;
      // "two-way trade": a kind of thing, not a count of ways.
      if (words[i + used] === "way" && text.slice(token.end, token.end + 1) === "-") continue;
    }
    let next = i + used;
    // "Seven and a half decades", "two and a half million": a half more, before any scale word.
    if (words[next] === "and" && words[next + 1] === "a" && words[next + 2] === "half" && Number.isInteger(value)) {
      value += 0.5;
      next += 3;
    }
    // A range: "11 to 12", "11-12", "2400-3200".
    let to: number | undefined;
    const range = /^\s*(?:to|-|–)\s*(\d[\d,]*(?:\.\d+)?)\b/.exec(text.slice(token.end));
    if (range?.[1] !== undefined && digits) {
      const upper = Number(range[1].replace(/,/g, ""));
      if (upper > value) {
        to = upper;
        while (next < tokens.length && (tokens[next]?.end ?? 0) <= token.end + range[0].length) next++;
      }
    }
    // A range in words: "one or two agreements", "two to three years": one amount, counted once with its unit.
    // "Between fifteen hundred and two thousand": the ends of a range, joined by "and".
    if (!digits && to === undefined && (words[next] === "or" || words[next] === "to" || (words[next] === "and" && words[i - 1] === "between"))) {
      const upper = readNumberWords(words, next + 1);
      if (upper !== undefined && upper.value > value) {
        to = upper.value;
        next += 1 + upper.length;
      }
    }
    // Scale words after the digits: "2 billion", "33 million".
    while (next < words.length) {
      const scale = SCALES[words[next] ?? ""];
      // "m" and "b" alone are million and billion only written onto a dollar figure ("$338.37m").
      const attached = (words[next] === "m" || words[next] === "b") && /^(?:m|b)\b/.test(text.slice(tokens[next - 1]?.end ?? 0)) && /\$\s*$/.test(text.slice(Math.max(0, token.start - 3), token.start));
      if (scale === undefined || scale === 100 || ((words[next] === "m" || words[next] === "b") && !attached)) break;
      value *= scale;
      if (to !== undefined) to *= scale;
      next++;
    }
    // "the two countries" names the pair every claim is about; "resolution
    // 822", "No. 5" are identifiers, not amounts.
    // "The two share a culture", "the two have signed": the pair itself, as a pronoun. "The two-day visit" is a count.
    if (value === 2 && used === 1 && words[i - 1] === "the" && !text.slice(token.end).startsWith("-") && !/s$/.test(words[next] ?? "") && !SCALES[words[next] ?? ""]) continue;
    if (value === 2 && /^(countries|sides|nations|states|leaders|presidents|governments|peoples|brotherly|neighbours|neighbors|parliaments|legislatures|capitals|economies|armies|militaries|ministries|delegations|communities|societies|publics|peoples'|countries'|sides'|nations')$/.test(words[next] ?? "")) continue;
    if (/^(resolution|resolutions|no|number|article|section|chapter|page|cop|aman|covid|jf|room|flight)$/.test(words[i - 1] ?? "")) continue;
    // 400 digits are not an amount anyone means; Infinity would print as "$Infinity billion".
    if (!Number.isFinite(value) || (to !== undefined && !Number.isFinite(to))) continue;
    const startOffset = token.start;
    const lastToken = tokens[next - 1] ?? token;
    const before = text.slice(Math.max(0, startOffset - 24), startOffset);
    const after = text.slice(lastToken.end, lastToken.end + 24);
    // A unit written onto the digits ("800MM") is the unit; otherwise it is read around the number.
    const unit = writtenUnit ?? unitAround(before, after, words, next);
    const hedge = APPROX_BEFORE.exec(before.replace(/(?:us)?\$\s*$/, ""))?.[1];
    mentions.push({
      number: { value, unit: unit ?? "", ...(hedge !== undefined ? { approx: true, hedge } : {}), ...(to !== undefined ? { to } : {}) },
      start: startOffset,
      end: lastToken.end,
    });
    i = next - 1;
  }
  return mentions;
}
