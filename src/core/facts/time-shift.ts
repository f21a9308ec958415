// "Two months later", "a year before.": a time counted from an event the
// text before named. One pattern for the three readers that need it: check
// (the shift it applies to a date from context), review's reference reader
// and its claim spotter. "Four years before Azerbaijan opened its embassy"
// counts from an event the sentence names itself, so "before" and "after"
// are a shift only where they end the clause.

const COUNTS: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };

/** The pattern's source, without groups, for readers that add alternatives of their own. */
export const SHIFT_PATTERN = "(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2}) (?:month|year)s? (?:later|afterwards|earlier|(?:after|before)(?=\\s*(?:[,.;:!?]|$)))";

const SHIFT = /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}) (month|year)s? (later|afterwards|earlier|(?:after|before)(?=\s*(?:[,.;:!?]|$)))/;

export interface Shift {
  /** Months counted, negative for "earlier" and "before". */
  months: number;
  start: number;
  end: number;
}

/** @param normalized normalised text */
export function readShift(normalized: string): Shift | undefined {
  const match = SHIFT.exec(normalized);
  if (match === null) return undefined;
  const count = (COUNTS[match[1] ?? ""] ?? Number(match[1])) * (match[2] === "year" ? 12 : 1);
  return { months: /^(earlier|before)$/.test(match[3] ?? "") ? -count : count, start: match.index, end: match.index + match[0].length };
}
