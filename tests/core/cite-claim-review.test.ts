import { describe, expect, it } from "vitest";
import { buildClaimReview } from "../../src/core/cite/claim-review.js";
import { lookupCorpus, type CorpusLookup } from "../../src/core/corpus/corpus-lookup.js";
import { loadCorpusFromFiles } from "../../src/core/corpus/load-corpus.js";
import { readCorpusFiles } from "../../src/core/corpus/read-corpus.js";
import type { CheckResult } from "../../src/core/verdict/check-claim.js";
import { ROOT } from "../helpers/run-cli.js";

async function bundled(): Promise<CorpusLookup> {
  const files = await readCorpusFiles(`${ROOT}/data`, ROOT);
  if (!files.ok) throw new Error(files.error.code);
  const corpus = loadCorpusFromFiles(files.value);
  if (!corpus.ok) throw new Error(corpus.error.first.code);
  return lookupCorpus(corpus.value);
}

// Property names schema.org defines on each type used (with those inherited
// from CreativeWork and Thing that pakaz sets), from schema.org/ClaimReview,
// /Rating, /Claim, /Article, /Person and /Organization.
const SCHEMA_ORG: Record<string, string[]> = {
  ClaimReview: ["claimReviewed", "reviewRating", "itemReviewed", "datePublished", "author", "url", "reviewBody", "name", "publisher", "citation"],
  Rating: ["ratingValue", "bestRating", "worstRating", "alternateName", "ratingExplanation", "reviewAspect", "author"],
  Claim: ["appearance", "firstAppearance", "author", "datePublished", "name", "text", "claimInterpreter"],
  Article: ["headline", "name", "author", "publisher", "isPartOf", "datePublished", "url"],
  NewsArticle: ["headline", "name", "author", "publisher", "isPartOf", "datePublished", "url"],
  WebPage: ["headline", "name", "author", "publisher", "isPartOf", "datePublished", "url"],
  Report: ["headline", "name", "author", "publisher", "isPartOf", "datePublished", "url"],
  CreativeWork: ["headline", "name", "author", "publisher", "datePublished", "url"],
  Person: ["name", "givenName", "familyName"],
  Organization: ["name", "url"],
};

/** Every object names a schema.org type and uses only that type's properties. */
function unknownProperties(node: unknown, path = "$"): string[] {
  if (Array.isArray(node)) return node.flatMap((child, i) => unknownProperties(child, `${path}[${i}]`));
  if (node === null || typeof node !== "object") return [];
  const object = node as Record<string, unknown>;
  const type = object["@type"];
  if (typeof type !== "string" || !SCHEMA_ORG[type]) return [`${path}: unknown @type ${String(type)}`];
  const allowed = new Set([...(SCHEMA_ORG[type] ?? []), "@type", "@id", "@context"]);
  return Object.entries(object).flatMap(([key, value]) => [
    ...(allowed.has(key) ? [] : [`${path}.${key} is not a ${type} property`]),
    ...unknownProperties(value, `${path}.${key}`),
  ]);
}

function result(overrides: Partial<CheckResult>): CheckResult {
  return {
    claim: "Pakistan was the third country to recognise Azerbaijan",
    verdict: "disputed",
    citations: [
      { source: "ali-fortifying", claimId: "recognition-third-country", quote: "Pakistan was the third country which immediately recognized Azerbaijan in 1991" },
      { source: "liberal-perspective", claimId: "recognition-one-of-the-first", quote: "…" },
    ],
    conflicts: ["recognition-rank"],
    context: [],
    alignment: [],
    explanation: ["this touches a recorded conflict, recognition-rank: Where Pakistan stands", "  `ali-fortifying`: the third country"],
    matches: [],
    superseded: [],
    suggestions: [],
    facts: { dates: [], numbers: [], ranks: [], polarity: "positive", entities: [] },
    ...overrides,
  };
}

describe("ClaimReview (schema.org JSON-LD)", () => {
  it("has the shape fact-checkers publish, in schema.org's own property names", async () => {
    const review = buildClaimReview(result({}), await bundled(), "2026-01-15");
    expect(unknownProperties(review)).toEqual([]);
    expect(review).toMatchObject({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      claimReviewed: "Pakistan was the third country to recognise Azerbaijan",
      datePublished: "2026-01-15",
      reviewRating: { "@type": "Rating", alternateName: "disputed" },
      itemReviewed: { "@type": "Claim" },
    });
    expect(review.reviewRating.ratingExplanation).toBe("this touches a recorded conflict, recognition-rank: Where Pakistan stands; ali-fortifying: the third country");
  });

  // schema.org: a Claim's appearance is where the claim was made (the
  // checked sentence's article, which only the user knows); the works a
  // review rests on are its citation. Listing the sources as appearances said
  // the five articles had made the claim being checked.
  it("lists each source the verdict rests on as the review's citation, not as an appearance of the claim", async () => {
    const review = buildClaimReview(result({}), await bundled(), "2026-01-15");
    expect(review.citation).toEqual([
      {
        "@type": "Article",
        headline: "Fortifying relations with Azerbaijan: Future prospects for Pakistan",
        author: [{ "@type": "Person", name: "Saima Ali", givenName: "Saima", familyName: "Ali" }],
        publisher: { "@type": "Organization", name: "Strategic Vision Institute" },
        datePublished: "2016-11",
      },
      // No author, and a date interval is no schema.org Date: both left out rather than invented.
      { "@type": "Article", headline: "Pakistan-Azerbaijan Political Interdependence; A Liberal Perspective" },
    ]);
    expect(review.itemReviewed).toEqual({ "@type": "Claim" });
  });

  it("gives the claim's appearance only where the user says it was published", async () => {
    const review = buildClaimReview(result({}), await bundled(), "2026-01-15", { appearance: ["https://example.org/my-article"] });
    expect(review.itemReviewed).toEqual({ "@type": "Claim", appearance: [{ "@type": "CreativeWork", url: "https://example.org/my-article" }] });
    expect(unknownProperties(review)).toEqual([]);
  });

  it("has no citations and no explanation for a claim the corpus does not speak to", async () => {
    const review = buildClaimReview(result({ verdict: "unverified", citations: [], explanation: [] }), await bundled(), "2026-01-15");
    expect(review.reviewRating).toEqual({ "@type": "Rating", alternateName: "unverified" });
    expect(review.citation).toBeUndefined();
    expect(unknownProperties(review)).toEqual([]);
  });
});
