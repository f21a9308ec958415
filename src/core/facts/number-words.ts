// English number words → numbers ("eighty thousand" → 80000, "one million"
// → 1000000, "two billion" → 2e9). The npm packages that do this are
// unmaintained or pull in large dependency trees (words-to-numbers needs
// babel-runtime 6); the grammar needed here is small and fully tested.

// Null prototype: a word typed by a user ("constructor", "__proto__", "toString")
// must not find Object.prototype's members in this table.
const UNITS: Record<string, number> = Object.assign(Object.create(null), {
  zero: 0, one: 1, a: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});
export const SCALES: Record<string, number> = Object.assign(Object.create(null), {
  // "a dozen", "two dozen"; "a score of" (twenty), as journalists still write it.
  dozen: 12, score: 20,
  hundred: 100, thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, m: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12,
});

/** The value of one number word below a hundred ("seven", "nineteen", "ninety"), if it is one. */
export function wordValue(word: string): number | undefined {
  return UNITS[word];
}

export interface NumberWordsMatch {
  value: number;
  /** Number of words consumed. */
  length: number;
}

/**
 * Reads the longest run of number words starting at words[from].
 * "a" counts as one only before a scale word ("a million"), never alone.
 * @param options.rangeEnd the number opens a range ("between fifteen hundred and two thousand"): "and" ends it
 */
export function readNumberWords(words: readonly string[], from: number, options: { rangeEnd?: boolean } = {}): NumberWordsMatch | undefined {
  let total = 0;
  let current = 0;
  let length = 0;
  let sawNumber = false;
  for (let i = from; i < words.length; i++) {
    const word = words[i] ?? "";
    // "One hundred and five", "three hundred and sixty million"; not "seven and a half", where "a" is
    // no number of its own, nor the "and" between the two ends of a range ("between fifteen hundred and two thousand").
    if (word === "and" && sawNumber && !options.rangeEnd && i + 1 < words.length && UNITS[words[i + 1] ?? ""] !== undefined && words[i + 1] !== "a") {
      length++;
      continue;
    }
    const hyphen = /^([a-z]+)-([a-z]+)$/.exec(word);
    if (hyphen && UNITS[hyphen[1] ?? ""] !== undefined && UNITS[hyphen[2] ?? ""] !== undefined) {
      current += (UNITS[hyphen[1] ?? ""] ?? 0) + (UNITS[hyphen[2] ?? ""] ?? 0);
      sawNumber = true;
      length++;
      continue;
    }
    const unit = UNITS[word];
    if (unit !== undefined) {
      if (word === "a" && !(SCALES[words[i + 1] ?? ""] !== undefined && words[i + 1] !== "k" && words[i + 1] !== "m" && words[i + 1] !== "b")) break;
      current += unit;
      sawNumber = true;
      length++;
      continue;
    }
    const scale = word === "k" || word === "m" || word === "b" ? undefined : SCALES[word];
    if (scale !== undefined && sawNumber) {
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
      length++;
      continue;
    }
    break;
  }
  return sawNumber ? { value: total + current, length } : undefined;
}
