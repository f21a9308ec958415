// `pakaz review` for a terminal, one line per finding as a linter prints
// them: `file:line:col  verdict  sentence  → what differed / which source`,
// the findings of a file together, then one summary line for the run.

import type { ReviewedSentence, ReviewSummary } from "../../core/review/review-text.js";
import type { CheckResult } from "../../core/verdict/check-claim.js";
import type { Paint } from "../paint.js";

export interface ReviewedFile {
  /** The path as the user gave it ("<stdin>" for standard input). */
  path: string;
  sentences: ReviewedSentence[];
}

export interface ReviewTextOptions {
  /** Show supported sentences too. */
  verbose: boolean;
  /** Show the sentences that were not checked, with the reason. */
  all: boolean;
}

const SENTENCE_WIDTH = 64;
const DETAIL_WIDTH = 110;
const VERDICT_WIDTH = "not checkable".length;

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

const REASONS: Record<NonNullable<ReviewedSentence["reason"]>, string> = {
  question: "a question",
  opinion: "an opinion or a hope",
  recommendation: "a recommendation",
  "no-verb": "a heading or fragment with no verb",
  "no-entity": "names nothing the sources know",
  "no-fact": "asserts no date, number, rank, office, agreement, event or position",
  "too-long": "too long to check as one sentence",
};

/** The one thing a reader needs to know about a verdict, in a line. */
export function describeFinding(result: CheckResult): string {
  switch (result.verdict) {
    case "contradicted": {
      const differed = result.explanation.find((e) => e.startsWith("you said"));
      return differed ?? `the sources say otherwise (${result.matches[0]?.claimId ?? "no match"})`;
    }
    case "disputed": {
      const prefix = "this touches a recorded conflict, ";
      const conflict = result.explanation.find((e) => e.startsWith(prefix));
      return conflict ? `sources disagree, ${conflict.slice(prefix.length)}` : `sources disagree (${result.conflicts.join(", ")})`;
    }
    case "unverified": {
      // Only a claim the engine found relevant is worth naming; a
      // suggestion that merely shares a word would send the writer astray.
      const nearest = result.matches[0];
      if (nearest === undefined) return "no source speaks to this";
      const missing = nearest.facts.filter((f) => f.outcome === "uncovered").map((f) => f.said);
      return `no source states this; closest: ${nearest.claimId}${missing.length > 0 ? `, which does not give ${missing.join(", ")}` : ""}`;
    }
    case "supported": {
      const sources = [...new Set(result.citations.map((c) => `\`${c.source}\``))].join(", ");
      const claims = [...new Set(result.citations.map((c) => c.claimId))].slice(0, 2).join(", ");
      const later = result.superseded.length > 0 ? `; later superseded (${result.superseded.flatMap((s) => s.by.map((b) => b.claimId)).join(", ")})` : "";
      return `${sources} (${claims})${later}`;
    }
  }
}

export function renderReviewFileText(file: ReviewedFile, paint: Paint, options: ReviewTextOptions): string {
  const lines: string[] = [];
  for (const s of file.sentences) {
    const where = paint.dim(`${paint.safe(file.path)}:${s.line}:${s.column}`);
    const sentence = paint.safe(shorten(s.sentence, SENTENCE_WIDTH));
    if (s.result === undefined) {
      if (options.all) lines.push(`${where}  ${paint.dim("not checkable".padEnd(VERDICT_WIDTH))}  ${sentence}  ${paint.dim(`→ ${REASONS[s.reason ?? "no-fact"]}`)}`);
      continue;
    }
    if (s.result.verdict === "supported" && !options.verbose) continue;
    const verdict = paint.verdict(s.result.verdict, s.result.verdict.padEnd(VERDICT_WIDTH));
    lines.push(`${where}  ${verdict}  ${sentence}  ${paint.dim(`→ ${paint.safe(shorten(describeFinding(s.result), DETAIL_WIDTH))}`)}`);
  }
  return lines.length > 0 ? `${lines.join("\n")}\n` : "";
}

export function renderReviewSummaryText(summary: ReviewSummary, files: number, paint: Paint, options: ReviewTextOptions): string {
  const v = summary.verdicts;
  const counts = [
    paint.verdict("supported", `${v.supported} supported`),
    paint.verdict("contradicted", `${v.contradicted} contradicted`),
    paint.verdict("disputed", `${v.disputed} disputed`),
    paint.verdict("unverified", `${v.unverified} unverified`),
  ].join(", ");
  const hints = [
    ...(v.supported > 0 && !options.verbose ? ["--verbose shows the supported ones"] : []),
    ...(summary.notCheckable > 0 && !options.all ? ["--all lists the sentences not checked"] : []),
  ];
  const head = `${files > 1 ? `${files} files, ` : ""}${summary.sentences} sentence${summary.sentences === 1 ? "" : "s"}, ${summary.checkable} checkable: ${counts}`;
  return `${head}${hints.length > 0 ? paint.dim(` (${hints.join("; ")})`) : ""}\n`;
}
