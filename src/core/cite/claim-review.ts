// A verdict as a schema.org ClaimReview (JSON-LD), the form fact-checking
// sites publish their checks in so that search engines and aggregators can
// read them. The sources the verdict rests on are the review's citation (its
// evidence); the claim's appearance is where the checked sentence was
// published, which only the user knows (check --appearance URL), and is
// otherwise left out: listing the sources there said that they had made the
// claim under review.

import type { CorpusLookup } from "../corpus/corpus-lookup.js";
import type { Source } from "../types.js";
import type { CheckResult } from "../verdict/check-claim.js";

export interface SchemaPerson {
  "@type": "Person" | "Organization";
  name: string;
  givenName?: string;
  familyName?: string;
}

export interface SchemaCreativeWork {
  "@type": "Article" | "NewsArticle" | "WebPage" | "Report";
  "@id"?: string;
  headline: string;
  author?: SchemaPerson[];
  publisher?: { "@type": "Organization"; name: string };
  isPartOf?: { "@type": "CreativeWork"; name: string };
  datePublished?: string;
  url?: string;
}

/** Where the checked claim was published, as the user gives it. */
export interface SchemaAppearance {
  "@type": "CreativeWork";
  url: string;
}

export interface ClaimReview {
  "@context": "https://schema.org";
  "@type": "ClaimReview";
  claimReviewed: string;
  datePublished: string;
  reviewRating: {
    "@type": "Rating";
    alternateName: string;
    ratingExplanation?: string;
  };
  itemReviewed: {
    "@type": "Claim";
    appearance?: SchemaAppearance[];
  };
  /** The sources the verdict rests on. */
  citation?: SchemaCreativeWork[];
}

export interface ClaimReviewOptions {
  /** URLs where the checked claim was published. */
  appearance?: readonly string[];
}

const WORK_TYPE: Record<Source["type"], SchemaCreativeWork["@type"]> = {
  "article-magazine": "Article",
  "article-newspaper": "NewsArticle",
  webpage: "WebPage",
  interview: "Article",
  report: "Report",
};

/** A schema.org Date is ISO 8601; an interval ("2024/2025") is not one, so it is left out rather than misstated. */
const schemaDate = (issued: string): string | undefined => (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(issued) ? issued : undefined);

export function sourceToCreativeWork(source: Source): SchemaCreativeWork {
  const work: SchemaCreativeWork = { "@type": WORK_TYPE[source.type], headline: source.title };
  const authors = source.authors.flatMap((person): SchemaPerson[] => {
    if (person.literal) return [{ "@type": "Organization", name: person.literal }];
    const name = [person.given, person.family].filter(Boolean).join(" ");
    if (name === "") return [];
    return [{ "@type": "Person", name, ...(person.given ? { givenName: person.given } : {}), ...(person.family ? { familyName: person.family } : {}) }];
  });
  if (authors.length > 0) work.author = authors;
  const publisher = source.publisher ?? source.container;
  if (publisher) work.publisher = { "@type": "Organization", name: publisher };
  if (source.container && source.container !== publisher) work.isPartOf = { "@type": "CreativeWork", name: source.container };
  const date = schemaDate(source.issued);
  if (date) work.datePublished = date;
  if (source.url) {
    work.url = source.url;
    work["@id"] = source.url;
  }
  return work;
}

/**
 * @param datePublished the day the review is published, YYYY-MM-DD (the
 *   caller's clock: the core does not read one).
 */
export function buildClaimReview(result: CheckResult, lookup: CorpusLookup, datePublished: string, options: ClaimReviewOptions = {}): ClaimReview {
  const sourceIds = [...new Set(result.citations.map((c) => c.source))];
  const citation = sourceIds
    .map((id) => lookup.source(id))
    .filter((source): source is Source => source !== undefined)
    .map(sourceToCreativeWork);
  // The explanation marks ids as `code` for the terminal; a published review reads as plain prose.
  const explanation = result.explanation.map((line) => line.trim().replace(/`/g, "")).filter((line) => line !== "");
  const review: ClaimReview = {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    claimReviewed: result.claim,
    datePublished,
    reviewRating: { "@type": "Rating", alternateName: result.verdict },
    itemReviewed: { "@type": "Claim" },
  };
  if (options.appearance !== undefined && options.appearance.length > 0) {
    review.itemReviewed.appearance = options.appearance.map((url) => ({ "@type": "CreativeWork", url }));
  }
  if (citation.length > 0) review.citation = citation;
  if (explanation.length > 0) review.reviewRating.ratingExplanation = explanation.join("; ");
  return review;
}
