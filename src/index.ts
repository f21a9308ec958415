// The library entry: the pure core, for programs that want pakaz's corpus and
// verdicts without the command line.

export type * from "./core/types.js";
export type { PakazError } from "./core/errors.js";
export { PakazFailure } from "./core/errors.js";
export { readCorpusFiles } from "./core/corpus/read-corpus.js";
export { buildCorpus, loadCorpusFromFiles } from "./core/corpus/load-corpus.js";
export { verifyQuotes } from "./core/corpus/verify-quotes.js";
export { lookupCorpus } from "./core/corpus/corpus-lookup.js";
export { VERDICTS, worstVerdict, type Verdict } from "./core/verdict/verdict.js";
export { buildIndex, type SearchIndex } from "./core/search/build-index.js";
export { findCandidates } from "./core/search/find-candidates.js";
export { checkClaim, type CheckResult } from "./core/verdict/check-claim.js";
export { analyzeText } from "./core/facts/analyze-text.js";
export { reviewText, summarizeReview, detectSyntax, type ReviewedSentence, type ReviewSummary, type Syntax } from "./core/review/review-text.js";
export { splitSentences } from "./core/review/split-sentences.js";
export { spotClaim } from "./core/review/spot-claims.js";
