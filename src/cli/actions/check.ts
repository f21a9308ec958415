// What `pakaz check` does, loaded only when it runs (see commands/check.ts for
// its options and help).

import { constants, promises as fsAsync } from "node:fs";
import { resolve } from "node:path";
import { buildClaimReview } from "../../core/cite/claim-review.js";
import { lookupCorpus } from "../../core/corpus/corpus-lookup.js";
import { PakazFailure } from "../../core/errors.js";
import { countCharacters } from "../../core/text/characters.js";
import { checkClaim, MAX_CLAIM_LENGTH, type CheckResult } from "../../core/verdict/check-claim.js";
import { worstVerdict, type Verdict } from "../../core/verdict/verdict.js";
import { createPaint } from "../../render/paint.js";
import { sanitizeTerminalLine, toSafeJson } from "../../render/sanitize-terminal-text.js";
import { renderCheckSummaryText, renderCheckText } from "../../render/text/check.js";
import type { CliContext } from "../context.js";
import type { Settings } from "../resolve-settings.js";
import type { CheckOptions } from "../commands/check.js";
import { exitCodeForVerdict } from "../exit-codes.js";
import { openIndex } from "../open-corpus.js";
import { readClaimLines } from "../read-claims.js";

export async function runCheck(context: CliContext, settings: Settings, words: string[], options: CheckOptions): Promise<void> {
  const text = words.join(" ").trim();
  if (options.file === undefined && text === "") throw new PakazFailure({ code: "empty-claim" });
  if (options.file !== undefined && text !== "") {
    throw new PakazFailure({ code: "bad-option", option: "--file", value: options.file, expected: "either a statement or --file, not both" });
  }
  if (options.file !== undefined && options.file !== "-") {
    // access() alone let a folder through, and reading it then failed as an "internal error".
    const info = await fsAsync.stat(resolve(settings.cwd, options.file)).catch(() => undefined);
    if (info?.isDirectory()) throw new PakazFailure({ code: "corpus-unreadable", path: options.file, reason: "it is a folder, not a file of claims" });
    try {
      await fsAsync.access(resolve(settings.cwd, options.file), constants.R_OK);
    } catch {
      throw new PakazFailure({ code: "corpus-unreadable", path: options.file, reason: "no such file, or it cannot be read" });
    }
  }
  // Before the corpus loads: an overlong claim is refused at once.
  if (options.file === undefined && countCharacters(text) > MAX_CLAIM_LENGTH) throw new PakazFailure({ code: "claim-too-long", length: countCharacters(text), max: MAX_CLAIM_LENGTH });
  const index = await openIndex(settings);
  const paint = await createPaint(settings.color);
  const format = options.format ?? (options.json ? "json" : "text");
  const today = new Date().toISOString().slice(0, 10);
  const asJson = (result: CheckResult, indent?: number): string =>
    format === "claimreview" ? toSafeJson(buildClaimReview(result, lookupCorpus(index.corpus), today, { appearance: options.appearance }), indent) : toSafeJson(result, indent);
  const render = (result: CheckResult): string => (format === "text" ? renderCheckText(result, paint) : `${asJson(result)}\n`);
  if (options.file === undefined) {
    // Two sentences are two claims: merged into one verdict, a true one could
    // hide a false one (or be sunk by it). Each is checked alone, and the user
    // is told, and where to go for a text whose sentences refer to each other.
    // Only a text with an end mark before more text can hold two sentences; the
    // sentence segmenter's start (ICU's break data, about 8 ms of a 90 ms warm
    // check on Node 24) is left to those.
    const several = /[.!?…]["'”’)\]]*\s+\S/u.test(text.trim());
    const { splitSentences } = several ? await import("../../core/review/split-sentences.js") : { splitSentences: undefined };
    const sentences = splitSentences === undefined ? [text] : splitSentences(text).map((span) => text.slice(span.start, span.end));
    if (sentences.length > 1) {
      context.io.stderr(`pakaz: that is ${sentences.length} sentences; checking each on its own (pakaz review checks a whole text, reading "he" or "a year later" from the sentence before)\n`);
      const verdicts: Verdict[] = [];
      sentences.forEach((sentence, i) => {
        const result = checkClaim(sentence, index, { top: options.top });
        verdicts.push(result.verdict);
        context.io.stdout(format === "text" ? `${i > 0 ? "\n" : ""}${render(result)}` : format === "json" ? `${toSafeJson({ sentence: i + 1, ...result })}\n` : render(result));
      });
      context.exitCode = exitCodeForVerdict(worstVerdict(verdicts));
      return;
    }
    const result = checkClaim(text, index, { top: options.top });
    context.io.stdout(format === "text" ? render(result) : `${asJson(result, 2)}\n`);
    context.exitCode = exitCodeForVerdict(result.verdict);
    return;
  }
  const verdicts: Verdict[] = [];
  let skipped = 0;
  const path = options.file === "-" ? "-" : resolve(settings.cwd, options.file);
  // As review names its input: the path as given, or <stdin>.
  const shown = options.file === "-" ? "<stdin>" : options.file;
  for await (const { line, text: claim } of readClaimLines(path, context.io)) {
    // One overlong line must not stop a batch: it is reported and skipped.
    if (countCharacters(claim) > MAX_CLAIM_LENGTH) {
      context.io.stderr(`pakaz: ${sanitizeTerminalLine(options.file)}:${line}: skipped, longer than ${MAX_CLAIM_LENGTH} characters\n`);
      skipped++;
      continue;
    }
    const result = checkClaim(claim, index, { top: options.top });
    verdicts.push(result.verdict);
    context.io.stdout(format === "text" ? `${renderCheckText(result, paint, `${shown}:${line}`)}\n` : format === "json" ? `${toSafeJson({ line, ...result })}\n` : render(result));
  }
  if (format === "text") context.io.stdout(renderCheckSummaryText(verdicts, skipped));
  context.exitCode = exitCodeForVerdict(worstVerdict(verdicts));
}
