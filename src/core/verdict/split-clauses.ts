// The clauses a sentence asserts beside its main one: a non-restrictive
// relative clause ("the JF-17, which Pakistan developed with China, …") and
// an appositive ("the JF-17, a jet built in Pakistan, …", "SOCAR, the state
// oil company, …"). Each is a
// statement of its own about the noun it follows, and is checked as one
// ("the JF-17 which Pakistan developed with China"), so that it is neither
// diluted by the main clause nor dilutes it. So is a coordinated clause with
// a subject of its own ("…, and Pakistan opened its embassy in 1993"), which
// a claim about the first clause must not be compared with. Attribution
// frames are read by analyze-text.ts.

import { IRREGULAR_PAST } from "../facts/analyze-text.js";

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
    // A past verb in lower case ("conferred Pakistan's highest award, the Hilal-e-Pakistan") ends it too.
    if (/^(?:is|are|was|were|has|have|had|said|says|in|on|at|to|by|with|for|from|and|but)$/i.test(words[i] ?? "") || /^\p{Ll}{3,}ed$/u.test(words[i] ?? "")) {
      from = i + 1;
      break;
    }
  }
  return words.slice(from).join(" ");
}

const RELATIVE = /,\s+(which|who)\s+([^,;]{3,200}?)(?:,|(?=;|\.\s*$|$))/g;
const APPOSITIVE = /,\s+((?:a|an|the)\s+[^,;:]{3,120}?),(?=\s+\p{Ll})/gu;

/**
 * ", and Pakistan opened its embassy in Baku": a coordinated clause with a
 * subject of its own, named (a capitalised word, a number, "the", "its",
 * or "there is"), and a verb. One that starts with a pronoun ("…, and it opposes …") needs
 * the first clause to be read, and is left to the sentence read whole.
 */
const COORDINATED = /(?:,\s*(?:and|but|while|whereas)|;)\s+(?=(?:the |its |his |her |their |a |an )?[\p{Lu}\d]|(?:its|their) \p{Ll}|there (?:is|are|was|were|has been|have been)\b)([^;]{8,400}?)(?=;|\.\s*$|$)/gu;
const LEANS_BACK = /\b(?:it|them)\b|\b(?:the following|the next|the previous|that same|the same) (?:year|month|week|day)\b|\b(?:later|earlier|afterwards)\b/i;
const NOTING = /,\s*(?:noting|adding|saying|stressing|explaining|arguing|insisting) that\s+([^;]{8,400}?)(?=;|\.\s*$|$)/gu;
/**
 * "Whatever happens, the friendship … will remain eternal, the article says":
 * a stretch between commas with an auxiliary or a modal of its own is a
 * clause, not a noun phrase in apposition; one inside a relative clause ("the
 * jet that was built …") still belongs to the noun phrase.
 */
const CLAUSE_VERB = /^(?:(?!\b(?:that|which|who|whom|whose)\b).)*\b(?:is|are|was|were|will|would|shall|should|can|could|may|might|must|has|have|had|do|does|did)\b/u;
const SAYS = /\b(?:said|says|suggested|suggests|added|adds|noted|notes|told|argued|argues|wrote|writes|explained|recalled|stressed|insisted|observed|believes|admitted|conceded)\b/;
const PRONOUN = /\b(?:he|she|him|her|they|them|it)\b/i;
// "Made", "gave", "met": an irregular past is a verb as much as one in -ed.
const FINITE = new RegExp(`\\b(?:is|are|was|were|has|have|had|will|did|does|do|\\p{L}{3,}ed|\\p{L}{3,}s|${IRREGULAR_PAST})\\b`, "u");

export function splitClauses(sentence: string): SplitSentence {
  const sides: SideClause[] = [];
  // A stretch already read as a clause of one kind is not read again as another.
  const taken = (match: RegExpMatchArray): boolean => sides.some((s) => s.start < (match.index ?? 0) + match[0].length && (match.index ?? 0) < s.end);
  for (const match of sentence.matchAll(COORDINATED)) {
    const clause = match[1] ?? "";
    const before = sentence.slice(0, match.index);
    // Both sides must say something: a list of names ("Baku, and Lahore") is not two clauses.
    // "…, and Pakistan was the third country to do so": a verb phrase taken from the first clause, which it cannot be read without.
    // "…, and Heydar Aliyev returned it the following year": a pronoun or a time counted from the first clause needs it to be read.
    if (!FINITE.test(clause) || !FINITE.test(before) || before.split(/\s+/).length < 4 || /\b(?:do|did|does|doing|done) (?:so|the same|likewise)\b|\b(?:too|as well)\W*$/i.test(clause) || LEANS_BACK.test(clause)) continue;
    sides.push({ text: clause.replace(/[,\s]+$/, ""), start: match.index, end: match.index + match[0].length });
  }
  // "…, Mamnoon Hussain said, noting that Pakistan and Azerbaijan cooperate closely": a second statement by the same speaker.
  for (const match of sentence.matchAll(NOTING)) {
    const clause = match[1] ?? "";
    if (!FINITE.test(clause) || taken(match)) continue;
    sides.push({ text: clause.replace(/[,\s]+$/, ""), start: match.index, end: match.index + match[0].length });
  }
  for (const match of sentence.matchAll(RELATIVE)) {
    const about = antecedent(sentence.slice(0, match.index));
    if (about === "" || taken(match)) continue;
    // "…, who congratulated her on writing it", "…, which it did immediately": a pronoun points back into the main clause, which it cannot be read without.
    if (PRONOUN.test(match[2] ?? "")) continue;
    sides.push({ text: `${about} ${match[2]}`, start: match.index, end: match.index + match[0].length });
  }
  for (const match of sentence.matchAll(APPOSITIVE)) {
    // ", the ambassador suggested," says who said it: an attribution, read by analyze-text.ts.
    if (SAYS.test(match[1] ?? "") || CLAUSE_VERB.test(match[1] ?? "")) continue;
    const about = antecedent(sentence.slice(0, match.index));
    if (about === "" || taken(match)) continue;
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
