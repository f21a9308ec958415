// `pakaz review` for a terminal, as a linter prints findings: for each, a
// line `file:line:col  verdict`, then the sentence and what differed or
// which source states it, wrapped at word boundaries to the terminal's width
// (80 columns when it is unknown), and the claim or conflict ids on lines of
// their own, never cut, so they can be pasted into `pakaz show`. The
// findings of a file together, then the summary for the run.

import type { ReviewedSentence, ReviewSummary } from "../../core/review/review-text.js";
import type { CheckResult } from "../../core/verdict/check-claim.js";
import type { Paint } from "../paint.js";
import { wrap } from "./wrap.js";

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
  /** Columns to wrap to (80 when the terminal's width is unknown). */
  width?: number;
}

export const DEFAULT_WIDTH = 80;
/** Narrower than this, wrapping would leave a word or two a line: wrap as if this wide. */
const MIN_WIDTH = 40;

/** Word wrap, with a word longer than the line broken into pieces: prose may hold a long URL, and it must still fit. */
function wrapProse(text: string, width: number): string[] {
  const pieces = text
    .replace(/\s+/g, " ")
    .trim()
    .split(" ")
    .flatMap((word) => (word.length <= width ? [word] : (word.match(new RegExp(`.{1,${width}}`, "gu")) ?? [word])));
  return wrap(pieces.join(" "), width);
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

/**
 * A finding's message and the ids it names, apart: the text wraps, the ids
 * each take a line. describeFinding (for SARIF and workflow commands, which
 * are one line each) puts them back together.
 */
export function findingParts(result: CheckResult): { text: string; ids: string[] } {
  const described = describeFinding(result);
  switch (result.verdict) {
    case "contradicted": {
      const match = /^(.*) \(([^()\s]+)\)$/.exec(described);
      return match ? { text: match[1] ?? described, ids: [match[2] ?? ""] } : { text: described, ids: [] };
    }
    case "disputed": {
      const match = /^sources disagree, ([^:\s]+): (.*)$/.exec(described);
      return match ? { text: `sources disagree: ${match[2] ?? ""}`, ids: [match[1] ?? ""] } : { text: described, ids: [...result.conflicts] };
    }
    case "unverified": {
      const nearest = result.matches[0];
      if (nearest === undefined) return { text: described, ids: [] };
      const missing = nearest.facts.filter((f) => f.outcome === "uncovered").map((f) => f.said);
      return { text: `no source states this; closest${missing.length > 0 ? `, which does not give ${missing.join(", ")}` : ""}:`, ids: [nearest.claimId] };
    }
    case "supported": {
      const sources = [...new Set(result.citations.map((c) => `\`${c.source}\``))].join(", ");
      const claims = [...new Set(result.citations.map((c) => c.claimId))].slice(0, 2);
      const later = result.superseded.flatMap((s) => s.by.map((b) => b.claimId));
      return { text: `${sources}${later.length > 0 ? "; later superseded by the last" : ""}`, ids: [...claims, ...later] };
    }
  }
}

export function renderReviewFileText(file: ReviewedFile, paint: Paint, options: ReviewTextOptions): string {
  const width = Math.max(MIN_WIDTH, options.width ?? DEFAULT_WIDTH);
  const lines: string[] = [];
  const finding = (s: ReviewedSentence, verdict: string, message: string, ids: readonly string[]): void => {
    lines.push(`${paint.dim(`${paint.safe(file.path)}:${s.line}:${s.column}`)}  ${verdict}`);
    lines.push(...wrapProse(paint.safe(s.sentence), width - 2).map((l) => `  ${l}`));
    lines.push(...wrapProse(paint.safe(message), width - 4).map((l, i) => paint.dim(i === 0 ? `  → ${l}` : `    ${l}`)));
    // Ids whole, each on its own line, however long.
    for (const id of ids) lines.push(`      ${paint.id(paint.safe(id))}`);
  };
  for (const s of file.sentences) {
    if (s.result === undefined) {
      if (options.all) finding(s, paint.dim("not checkable"), REASONS[s.reason ?? "no-fact"], []);
      continue;
    }
    if (s.result.verdict === "supported" && !options.verbose) continue;
    const { text, ids } = findingParts(s.result);
    finding(s, paint.verdict(s.result.verdict, s.result.verdict), text, ids);
  }
  return lines.length > 0 ? `${lines.join("\n")}\n` : "";
}

export function renderReviewSummaryText(summary: ReviewSummary, files: number, paint: Paint, options: ReviewTextOptions): string {
  const width = Math.max(MIN_WIDTH, options.width ?? DEFAULT_WIDTH);
  const v = summary.verdicts;
  const hints = [
    ...(v.supported > 0 && !options.verbose ? ["--verbose shows the supported ones"] : []),
    ...(summary.notCheckable > 0 && !options.all ? ["--all lists the sentences not checked"] : []),
  ];
  const head = `${files > 1 ? `${files} files, ` : ""}${summary.sentences} sentence${summary.sentences === 1 ? "" : "s"}, ${summary.checkable} checkable: ${v.supported} supported, ${v.contradicted} contradicted, ${v.disputed} disputed, ${v.unverified} unverified`;
  const plain = `${head}${hints.length > 0 ? ` (${hints.join("; ")})` : ""}`;
  // Wrapped as plain text, then painted: colour codes take no columns.
  const painted = (line: string): string =>
    line
      .replace(/\b(\d+ supported)\b/, (m) => paint.verdict("supported", m))
      .replace(/\b(\d+ contradicted)\b/, (m) => paint.verdict("contradicted", m))
      .replace(/\b(\d+ disputed)\b/, (m) => paint.verdict("disputed", m))
      .replace(/\b(\d+ unverified)\b/, (m) => paint.verdict("unverified", m));
  return `${wrap(plain, width).map(painted).join("\n")}\n`;
}
