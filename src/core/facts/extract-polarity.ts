// Does the sentence deny what it talks about? "has not recognised", "never",
// "does not", "refused to", "no scholarships". "Not only ... but also" is an
// emphasis, not a denial; two denials in one clause cancel out. "Without"
// qualifies how a thing was done ("designed it without foreign help"), not
// whether it was; "without any" denies ("ended without any MoUs being signed").
// "Far from strong" denies; "far from the capital" is a distance.

import type { Polarity } from "../types.js";

const NEGATIONS = /\b(not|never|no|none|yet to|unwilling|reluctant|rarely|seldom|hardly|(?:is|are|was|were) against|neither|nor|cannot|without any|without a single|doubted|doubts|doubtful|misgivings|refused|refuses|refuse|denied|denies|deny|declined|declines|failed|fails|lacks|lack|ruled out|rules out|rule out|oppose|opposed|opposes|opposing|rejected|rejects|reject|far from(?! (?:the|a|an|its|their|his|her|our|home|here|there|it|them)\b)|anything but|n't)\b|n't\b/g;
const NOT_A_DENIAL = /\b(not only|no doubt|no less than|no fewer than|not just|not (?:confined|limited|restricted) to|no longer than|if not|whether or not|nothing but|not without|(?:the|a) lack of|no exception|no stranger|not least|no small|no mean|nothing short of|none other than|second to none|(?:and|or) (?:what|which|who) (?:has|have|had|did|does|do|is|was|were|are) not)\b/g;
/** "Asked Afghanistan not to let its soil …": the denial is what was asked, not the sentence's. */
const DIRECTED = /\b((?:asked|asking|asks|urged|urging|urges|told|telling|tells|called on|calling on|calls on|advised|advising|advises|warned|warning|warns|requested|requesting|requests|pressed|pressing|presses)\b[^,;]*?)\bnot to\b/g;
/** "No power system in the region is more advanced than Azerbaijan's": a superlative, said of what follows "than". */
const NONE_BEFORE = /\b(?:no|none)\b(?=[^,;]*?\b(?:more|less|better|bigger|larger|greater|stronger|closer|higher|older|earlier)\b[^,;]*?\bthan\b)/g;

/**
 * "A waste of time if one side lacks sincerity": a denial in a condition is
 * the condition's, not the sentence's. Only an "if" clause that a comma or the
 * sentence's end closes, or that follows the main clause ("…, if there is no …").
 */
const CONDITION = /\b(?:if|unless|even if)\b[^,;]*/g;

/** ", not entrenched permanent privileges,", "rather than …": the alternative set aside, up to the next comma. */
const CONTRAST = /,\s*(?:not|rather than|instead of)\s+(?!(?:only|just|least)\b)(?:(?:a|an|the|its|their)\s+)?[\p{L}\s-]{0,60}?(?=[,;.]|$)/gu;

/** @param text normalised text */
export function extractPolarity(text: string): Polarity {
  // A denial inside a purpose clause ("… so that its soil does not again become a hotbed") is the purpose's, not the sentence's.
  // "Periodic elections, not entrenched privileges": a contrast names what the sentence sets aside, and denies nothing it asserts.
  const cleaned = text.replace(CONTRAST, " ").replace(NOT_A_DENIAL, " ").replace(DIRECTED, "$1 to").replace(NONE_BEFORE, " ").replace(/\b(?:so that|in order that|lest)\b[^,;]*/g, " ").replace(CONDITION, " ");
  // Two denials cancel only within one clause ("not without reason"): in
  // "has still not recognised Armenia, a position no other country shares"
  // the second belongs to another statement and leaves the first standing.
  const denies = cleaned.split(/[,;:]/).some((clause) => [...clause.matchAll(NEGATIONS)].length % 2 === 1);
  return denies ? "negative" : "positive";
}
