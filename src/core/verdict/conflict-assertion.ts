// Does a sentence take a side in a recorded conflict? Only if it asserts the
// very thing the sides disagree about, as their own words (`says`) show it:
// "Azerbaijan's GDP was $72.36 billion" does not touch the misprinted
// Pakistani figure in the same sentence, and "the JF-17 was developed with
// China" does touch the JF-17's origin. A superseded fact (an office holder
// replaced) is in dispute only when stated as true now.

import { analyzeText, type TextAnalysis } from "../facts/analyze-text.js";
import { spanOfFactDate, spansAgree } from "../facts/date-value.js";
import type { EntityMatcher } from "../text/entity-matcher.js";
import type { Conflict } from "../types.js";

interface SidesReading {
  analyses: TextAnalysis[];
  /** Terms some side's words use and another's do not. */
  distinctive: Set<string>;
}

const readings = new WeakMap<Conflict, SidesReading>();

function readSides(conflict: Conflict, matcher: EntityMatcher): SidesReading {
  let reading = readings.get(conflict);
  if (!reading) {
    const analyses = conflict.sides.map((side) => analyzeText(side.says, matcher));
    const sets = analyses.map((a) => new Set(a.terms));
    const all = new Set(sets.flatMap((s) => [...s]));
    const distinctive = new Set([...all].filter((t) => !sets.every((s) => s.has(t))));
    reading = { analyses, distinctive };
    readings.set(conflict, reading);
  }
  return reading;
}

function closeNumbers(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.abs(b) * 0.01;
}

export function touchesConflict(conflict: Conflict, said: TextAnalysis, supportingClaimId: string, matcher: EntityMatcher): boolean {
  if (conflict.kind === "superseded") {
    const last = conflict.sides[conflict.sides.length - 1]?.claim;
    // The latest side is the current state; an earlier one was true as of its
    // date, and is in dispute only when the sentence says it still holds.
    if (supportingClaimId === last || !said.present) return false;
  }
  const { analyses, distinctive } = readSides(conflict, matcher);
  switch (conflict.dimension) {
    case "rank":
      return said.ranks.length > 0;
    case "date": {
      const sides = analyses.flatMap((a) => a.dates).flatMap((d) => spanOfFactDate(d) ?? []);
      if (sides.length === 0) return said.dates.length > 0;
      return said.dates.some((d) => {
        const span = spanOfFactDate(d);
        return span !== undefined && sides.some((s) => spansAgree(s, span));
      });
    }
    case "number": {
      const sides = analyses.flatMap((a) => a.numbers);
      if (sides.length === 0) return said.numbers.length > 0;
      return said.numbers.some((n) => sides.some((s) => closeNumbers(n.value, s.value)));
    }
    case "polarity":
      return true;
    case "entity":
    case "status":
      if (conflict.kind === "superseded") return true;
      return distinctive.size === 0 || said.terms.some((t) => distinctive.has(t));
  }
}
