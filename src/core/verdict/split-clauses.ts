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

const RELATIVE = /,\s+(which|who|whose)\s+(?!is why\b|was why\b|means\b)([^,;]{3,200}?)(?:,|(?=;|\.\s*$|$))/g;
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
/**
 * "…, security and trade, argues …": the rest of a list whose first items a
 * comma-bounded stretch took ("in defence, security and trade"). A list goes
 * on with short items and ends with one after "and" or "or"; none of its
 * items has a verb of its own.
 */
const LIST_ITEM = /^\s*(?:[\p{L}\d'’-]+\s+){0,3}?(?:(?:and|or)\s+[^,;]*?|[\p{L}\d'’-]+)(?=,|;|\.\s*$|$)/u;
function listRest(rest: string): number {
  let at = 0;
  for (let items = 0; items < 12; items++) {
    const item = LIST_ITEM.exec(rest.slice(at));
    if (item === null || FINITE_WORD.test(item[0])) return 0;
    at += item[0].length;
    if (/^\s*(?:[\p{L}\d'’-]+\s+){0,3}?(?:and|or)\s/u.test(item[0])) return at;
    // An item before the last is a word or two ("security", "shared norms"); "stresses shared norms" is a verb phrase.
    if (rest[at] !== "," || item[0].trim().split(/\s+/).length > 2) return 0;
    at++;
  }
  return 0;
}
/**
 * "Though COVID halted many projects, the two states …", "With Pakistan in
 * need of energy, the two sides …": an opening phrase or subordinate clause
 * ends at its comma, and what follows is the main clause, not a noun phrase
 * in apposition.
 */
const INTRODUCTORY = /^\s*(?:(?:though|although|while|when|whenever|as|because|since|if|once|after|before|until|unless|with|without|in|on|at|for|during|despite|following|by|from|under|amid|given|taken|like|unlike)\b|\p{L}+ing\b|\p{L}+ed\b)|\b(?:when|while|as|because|since|after|before|once|though|although)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:\p{L}{3,}ed|wrote|said|began|came|met|took|gave|was|were|is|are|had|has)\b/iu;
/** What is left after "…, the two sides keep in touch," where that is the main clause: only who says it. */
const ATTRIBUTION_ONLY = /^\s*(?:[\p{L}'’-]+\s+){0,5}?(?:says|said|notes|noted|reports|reported|concludes|concluded|writes|wrote|argues|argued|adds|added|believes|observes|observed|recalls|insists|explains|stresses|suggests|maintains)\W*$/u;
const PRONOUN = /\b(?:he|she|him|her|they|them|it)\b/i;
// "Made", "gave", "met": an irregular past is a verb as much as one in -ed.
const FINITE = new RegExp(`\\b(?:is|are|was|were|has|have|had|will|did|does|do|\\p{L}{3,}ed|\\p{L}{3,}s|${IRREGULAR_PAST})\\b`, "u");
// A list item may be plural ("shared norms"), but never has an auxiliary or a past of its own.
// "Shared norms": a word in -ed before its noun is an adjective; a verb is followed by what it governs, or by nothing.
const FINITE_WORD = new RegExp(`\\b(?:is|are|was|were|has|have|had|will|would|can|could|should|did|does|${IRREGULAR_PAST})\\b|\\b\\p{Ll}{3,}ed\\b(?=\\s*$|\\s+(?:a|an|the|to|in|on|by|with|at|for|from|its|their|his|her|\\d)\\b)`, "u");

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
    // "…, who says they cooperate in defence, security and trade, argues …": the clause runs on to the end of the list.
    const end = match.index + match[0].length;
    // "…, which the article applies to Pakistan and Azerbaijan, stresses …": a clause whose own list has closed goes on no further.
    const more = match[0].endsWith(",") && !/\b(?:and|or)\s+(?:\S+\s+){0,2}\S+,$/.test(match[0]) ? listRest(sentence.slice(end)) : 0;
    const rest = more > 0 ? sentence.slice(end, end + more) : "";
    const close = more > 0 && sentence[end + more] === "," ? 1 : 0;
    // "Azerbaijan, whose ambassador is Ali Alizada, …": the clause is about the antecedent's thing ("Azerbaijan's ambassador is …").
    const subject = match[1] === "whose" ? `${about}'s` : about;
    sides.push({ text: `${subject} ${match[2]},${rest}`.replace(/,$/, ""), start: match.index, end: end + more + close });
  }
  for (const match of sentence.matchAll(APPOSITIVE)) {
    // ", the ambassador suggested," says who said it: an attribution, read by analyze-text.ts.
    if (SAYS.test(match[1] ?? "") || CLAUSE_VERB.test(match[1] ?? "")) continue;
    // "… a school in Azad Jammu and Kashmir, a gift of the foundation, …": after "in" or "at", the noun before the comma is
    // where; what the appositive describes may be the thing placed there. Read whole.
    if (/\b(?:in|at|near)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+(?:and\s+)?)*\p{Lu}[\p{L}'’-]*\s*$/u.test(sentence.slice(0, match.index))) continue;
    const end = match.index + match[0].length;
    // "Separatism, the smuggling of drugs and arms, and human trafficking": an item of a list, not a noun phrase about the one before.
    // "Aman-2013, the exercise on the Arabian Sea, and eleven years later Pakistan was …": an appositive, then a clause.
    const before = sentence.slice(0, match.index);
    const next = /^\s+(?:and|or)\b([^,;]*)/.exec(sentence.slice(end));
    if ((next !== null && (!FINITE.test(before) || !FINITE_WORD.test(next[1] ?? ""))) || listRest(sentence.slice(end)) > 0) continue;
    // "Though COVID halted many projects, the two states reached out …, one account says": the main clause after an opening phrase.
    if (!before.includes(",") && INTRODUCTORY.test(before) && ATTRIBUTION_ONLY.test(sentence.slice(end))) continue;
    // "…, an issue that Azerbaijan, according to Saima Ali, understands": a relative clause cut off before its verb.
    if (/\b(?:that|which|who)\b(?!.*\b(?:\p{Ll}{3,}(?:ed|s)|is|are|was|were|has|have|had)\b)/u.test(match[1] ?? "")) continue;
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
