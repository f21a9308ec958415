// One engine, one answer: a sentence that refers back to nothing gets from
// `review` exactly the verdict `pakaz check` gives it. Checked on every
// sentence of the five articles and of the labelled drafts (the core
// functions are called directly: spawning the CLI per sentence would take
// minutes). A sentence whose reference review resolved ("he", "a year later")
// is read with the sentence before, and says so in its explanation; it is
// the one kind allowed to differ. Each sentence is also reviewed after a
// sentence naming a place and a date, which it must not take on.

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { reviewText, type ReviewedSentence } from "../../src/core/review/review-text.js";
import type { SearchIndex } from "../../src/core/search/build-index.js";
import { checkClaim } from "../../src/core/verdict/check-claim.js";
import { loadBundledIndex } from "../helpers/bundled-index.js";
import { ROOT, SEEDS } from "../helpers/run-cli.js";

let index: SearchIndex;

beforeAll(async () => {
  index = await loadBundledIndex();
});

/**
 * A sentence naming a place, a date and a country, put before each sentence:
 * a sentence that does not refer back must not take any of them.
 */
const DISTRACTOR = "Pakistan opened its embassy in Baku in March 1993.";

/** A note review puts first when it read a reference with the sentence before. */
const RESOLVED = /^'[^']+' read as .*, from line \d+$/;

function disagreements(path: string): string[] {
  const syntax = /\.(?:md|markdown)$/.test(path) ? "markdown" : "text";
  const reviewed: ReviewedSentence[] = reviewText(readFileSync(path, "utf8"), index, { syntax });
  const out: string[] = [];
  for (const s of reviewed) {
    if (s.result === undefined || RESOLVED.test(s.result.explanation[0] ?? "")) continue;
    const checked = checkClaim(s.sentence, index);
    if (checked.verdict !== s.result.verdict) out.push(`${path}:${s.line}: review ${s.result.verdict}, check ${checked.verdict}: ${s.sentence}`);
    // The same sentence after the distractor, in one paragraph.
    const after = reviewText(`${DISTRACTOR} ${s.sentence}\n`, index, { syntax: "text" }).find((r) => r.column > 1 && r.sentence === s.sentence);
    if (after?.result === undefined || RESOLVED.test(after.result.explanation[0] ?? "")) continue;
    if (after.result.verdict !== checked.verdict) out.push(`${path}:${s.line}: after "${DISTRACTOR}", review ${after.result.verdict}, check ${checked.verdict}: ${s.sentence}`);
  }
  return out;
}

const DRAFTS = join(ROOT, "tests", "eval", "drafts");
const draftFiles = readdirSync(DRAFTS).filter((f) => /\.(?:md|txt)$/.test(f) && f !== "README.md");
const seedsPresent = existsSync(SEEDS);

describe("review and check agree on every sentence without a resolved reference", () => {
  it.each(draftFiles)("eval draft %s", (file) => {
    expect(disagreements(join(DRAFTS, file))).toEqual([]);
  });

  it.skipIf(!seedsPresent)(
    seedsPresent ? "the five seed articles" : "the five seed articles (skipped: ../shared/seeds is not beside this clone)",
    () => {
      const seeds = readdirSync(SEEDS).filter((f) => f.endsWith(".txt"));
      expect(seeds).toHaveLength(5);
      expect(seeds.flatMap((f) => disagreements(join(SEEDS, f)))).toEqual([]);
    },
  );
});
