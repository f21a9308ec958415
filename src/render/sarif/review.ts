// `pakaz review --format sarif`: the findings as a SARIF 2.1.0 log, so GitHub
// code scanning, VS Code's SARIF viewer and other tools show them in place.
// Each verdict other than "supported" is a rule: contradicted is an error,
// disputed a warning, unverified a note. Positions count UTF-16 code units,
// as SARIF does by default, and end columns point just past the sentence.

import { sha256Hex } from "../../core/hash.js";
import type { ReviewedSentence } from "../../core/review/review-text.js";
import type { Verdict } from "../../core/verdict/verdict.js";
import { describeFinding } from "../text/review.js";

export interface SarifFile {
  /** A URI reference relative to the working directory, with forward slashes. */
  uri: string;
  sentences: ReviewedSentence[];
}

type Finding = Exclude<Verdict, "supported">;

const RULES: ReadonlyArray<{ id: Finding; name: string; level: "error" | "warning" | "note"; short: string; full: string }> = [
  {
    id: "contradicted",
    name: "ContradictedBySources",
    level: "error",
    short: "The sources speak to this statement and say otherwise.",
    full: "A source states the same fact with a different date, number, rank, place or person, or the opposite polarity. Correct the sentence or check the source named in the message.",
  },
  {
    id: "disputed",
    name: "DisputedBySources",
    level: "warning",
    short: "The sources disagree about this statement.",
    full: "The statement asserts a fact on which the sources are recorded as disagreeing (a conflict in the pakaz corpus). Say which source you follow, or word the sentence so that it does not take a side; `pakaz show <conflict>` shows both sides.",
  },
  {
    id: "unverified",
    name: "NotInSources",
    level: "note",
    short: "No source speaks to this statement.",
    full: "The statement asserts a checkable fact that none of the five source articles states. It may be true; it cannot be sourced from them.",
  },
];

export function renderReviewSarif(files: readonly SarifFile[], toolVersion: string): object {
  const results: object[] = [];
  for (const file of files) {
    for (const s of file.sentences) {
      const verdict = s.result?.verdict;
      if (s.result === undefined || verdict === undefined || verdict === "supported") continue;
      const ruleIndex = RULES.findIndex((r) => r.id === verdict);
      const rule = RULES[ruleIndex];
      if (rule === undefined) continue;
      results.push({
        ruleId: rule.id,
        ruleIndex,
        level: rule.level,
        message: { text: `${verdict[0]?.toUpperCase()}${verdict.slice(1)}: ${describeFinding(s.result).replace(/\.?$/, ".")} Sentence: “${s.sentence}”` },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: file.uri },
              region: { startLine: s.line, startColumn: s.column, endLine: s.endLine, endColumn: s.endColumn },
            },
          },
        ],
        // Stable across runs while the sentence and its verdict stay the
        // same, so code scanning can tell a new finding from a moved one.
        partialFingerprints: { "pakazSentence/v1": sha256Hex(`${verdict}\u0000${s.sentence}`).slice(0, 32) },
        properties: {
          sentence: s.sentence,
          conflicts: s.result.conflicts,
          citations: s.result.citations.map((c) => ({ source: c.source, claimId: c.claimId })),
        },
      });
    }
  }
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "pakaz",
            version: toolVersion,
            semanticVersion: toolVersion,
            rules: RULES.map((r) => ({
              id: r.id,
              name: r.name,
              shortDescription: { text: r.short },
              fullDescription: { text: r.full },
              help: { text: r.full },
              defaultConfiguration: { level: r.level },
            })),
          },
        },
        columnKind: "utf16CodeUnits",
        results,
      },
    ],
  };
}
