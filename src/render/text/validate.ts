import type { Paint } from "../paint.js";
import { sanitizeTerminalLine } from "../sanitize-terminal-text.js";

export interface ValidateSummary {
  corpus: string;
  files: number;
  sources: number;
  entities: number;
  claims: number;
  quotes: number;
  conflicts: number;
  /** With --sources-dir: quotes found verbatim; otherwise quotes cited. */
  quotesPerSource: Record<string, number>;
  verified: boolean;
  problems: string[];
}

export function renderValidateText(summary: ValidateSummary, paint: Paint): string {
  const lines: string[] = [];
  // One line per problem: a key or id with a line break in it must not forge a line of the report.
  for (const problem of summary.problems) lines.push(`${paint.bad("error")} ${sanitizeTerminalLine(problem)}`);
  if (summary.problems.length > 0) lines.push("");
  lines.push(
    `${paint.bold(String(summary.claims))} claims, ${paint.bold(String(summary.quotes))} quotes, ` +
      `${paint.bold(String(summary.conflicts))} conflicts, ${summary.entities} entities, ${summary.sources} sources in ${summary.files} files`,
  );
  const label = summary.verified ? "quotes verified verbatim per source" : "quotes per source (not verified: give --sources-dir)";
  // A heading with nothing under it (no article text found) read as a report cut short.
  if (Object.keys(summary.quotesPerSource).length === 0) lines.push(summary.verified ? "no quote verified: none of the article texts was found" : "no quotes");
  else lines.push(`${label}:`);
  const width = Math.max(0, ...Object.keys(summary.quotesPerSource).map((k) => k.length));
  for (const [source, count] of Object.entries(summary.quotesPerSource)) {
    lines.push(`  ${paint.source(source.padEnd(width))}  ${count}`);
  }
  lines.push(
    summary.problems.length === 0
      ? paint.good("corpus is valid")
      : paint.bad(`${summary.problems.length} problem${summary.problems.length === 1 ? "" : "s"} found`),
  );
  return `${lines.join("\n")}\n`;
}
