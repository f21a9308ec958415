// The clauses a sentence asserts beside its main one: a non-restrictive
// relative clause ("the JF-17, which Pakistan developed with China, …") and
// an appositive ("the JF-17, a jet built in Pakistan, …"). Each is a
// statement of its own about the noun it follows, and is checked as one
// ("the JF-17 which Pakistan developed with China"), so that it is neither
// diluted by the main clause nor dilutes it. Coordinated clauses are read by
// analyze-text.ts (TextAnalysis.clauses); attribution frames there too.

export interface SideClause {
  /** The clause as a statement: the noun it is about, then the clause. */
  text: string;
  /** Where its own words are in the sentence (from the comma on). */
  start: number;
  end: number;
}

export interface SplitSentence {
  /** The sentence without its side clauses. */
  main: string;
  sides: SideClause[];
}

/** The words before a comma that a side clause is about: a name or a noun phrase of a few words. */
function antecedent(before: string): string {
  const stretch = before.split(/[,;:(]/).pop() ?? before;
  const words = stretch.trim().split(/\s+/);
  // The noun phrase ends the stretch; a verb before it belongs to the main clause.
  const start = Math.max(0, words.length - 5);
  let from = start;
  for (let i = words.length - 1; i >= start; i--) {
    if (/^(?:is|are|was|were|has|have|had|said|says|in|on|at|to|by|with|for|from|and|but)$/i.test(words[i] ?? "")) {
      from = i + 1;
      break;
    }
  }
  return words.slice(from).join(" ");
}

const RELATIVE = /,\s+(which|who)\s+([^,;]{3,200}?)(?:,|(?=;|\.\s*$|$))/g;
const APPOSITIVE = /,\s+((?:a|an)\s+[^,;]{3,120}?),(?=\s+\p{Ll})/gu;

export function splitClauses(sentence: string): SplitSentence {
  const sides: SideClause[] = [];
  for (const match of sentence.matchAll(RELATIVE)) {
    const about = antecedent(sentence.slice(0, match.index));
    if (about === "") continue;
    sides.push({ text: `${about} ${match[2]}`, start: match.index, end: match.index + match[0].length });
  }
  for (const match of sentence.matchAll(APPOSITIVE)) {
    const about = antecedent(sentence.slice(0, match.index));
    if (about === "" || sides.some((s) => s.start < match.index + match[0].length && match.index < s.end)) continue;
    sides.push({ text: `${about} is ${match[1]}`, start: match.index, end: match.index + match[0].length });
  }
  if (sides.length === 0) return { main: sentence, sides };
  sides.sort((a, b) => a.start - b.start);
  let main = "";
  let at = 0;
  for (const side of sides) {
    main += sentence.slice(at, side.start);
    at = side.end;
  }
  main += sentence.slice(at);
  return { main: main.replace(/\s+([,.])/g, "$1").replace(/\s{2,}/g, " ").trim(), sides };
}
