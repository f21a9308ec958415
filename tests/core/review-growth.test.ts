// `review` must take time in proportion to the draft, whatever its shape: a
// pull request that adds a run of "[" must not stall a CI job. Each hostile
// shape is timed at n and at 4n characters; a linear pass takes about 4 times
// as long, a quadratic one 16. The bound (10) leaves room for a busy machine
// and for the garbage collector on strings of megabytes (a linear split was
// measured at 8.5 on a loaded CI run), not for a square.

import { beforeAll, describe, expect, it } from "vitest";
import { markdownProse } from "../../src/core/review/markdown-prose.js";
import { reviewText } from "../../src/core/review/review-text.js";
import { splitSentences } from "../../src/core/review/split-sentences.js";
import type { SearchIndex } from "../../src/core/search/build-index.js";
import { loadBundledIndex } from "../helpers/bundled-index.js";

let index: SearchIndex;

beforeAll(async () => {
  index = await loadBundledIndex();
});

/** The least of a few runs, in milliseconds: the least is the one least disturbed by other work. */
function fastest(run: () => void, times = 3): number {
  let best = Infinity;
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** The least time at which the clock and the garbage collector no longer decide a ratio, in milliseconds. */
const MEASURABLE = 8;

/**
 * Time at 4n over time at n, from an n large enough to measure: a pass that
 * is fast on the shape is given more of it, so
 * that its ratio is not noise; at most 16 times, as strings of tens of
 * megabytes are slowed by memory more than by the pass.
 */
function growth(make: (n: number) => string, n: number, pass: (text: string) => void): { n: number; ratio: number; small: number; large: number } {
  let size = n;
  pass(make(size)); // warm up the JIT on this shape
  let t1 = fastest(() => pass(make(size)));
  while (t1 < MEASURABLE && size < 16 * n) {
    size *= 4;
    t1 = fastest(() => pass(make(size)));
  }
  const small = make(size);
  const large = make(4 * size);
  t1 = fastest(() => pass(small));
  const t4 = fastest(() => pass(large));
  return { n: size, ratio: t4 / Math.max(t1, 1), small: t1, large: t4 };
}

const SHAPES: { name: string; make: (n: number) => string; n: number }[] = [
  { name: "a run of [", make: (n) => `Pakistan opened ${"[".repeat(n)} an embassy in Baku in 1993.\n`, n: 20_000 },
  { name: "a run of ![", make: (n) => `Pakistan opened ${"![".repeat(n / 2)} an embassy in Baku in 1993.\n`, n: 20_000 },
  { name: "a chain of Mr.", make: (n) => `${"Mr. ".repeat(n / 4)}Aliyev visited Pakistan in 2024.\n`, n: 40_000 },
  { name: "spaces inside one sentence", make: (n) => `Pakistan opened${" ".repeat(n)}an embassy in Baku in 1993.\n`, n: 40_000 },
  { name: "unclosed brackets closed at the very end", make: (n) => `${"(Pakistan opened an embassy. ".repeat(n / 29)})\n`, n: 40_000 },
];

describe("review takes linear time on hostile drafts", () => {
  for (const shape of SHAPES) {
    it(`markdown prose, sentences and the whole review grow linearly: ${shape.name}`, () => {
      const prose = growth(shape.make, shape.n, (text) => void markdownProse(text));
      const split = growth(shape.make, shape.n, (text) => void splitSentences(text));
      const review = growth(shape.make, shape.n, (text) => void reviewText(text, index, { syntax: "markdown" }));
      const report = JSON.stringify({ prose, split, review });
      expect(prose.ratio, report).toBeLessThan(10);
      expect(split.ratio, report).toBeLessThan(10);
      expect(review.ratio, report).toBeLessThan(10);
    });
  }
});
