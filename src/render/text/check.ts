import type { CheckResult } from "../../core/verdict/check-claim.js";
import type { Paint } from "../paint.js";
import { wrap } from "./wrap.js";

const HEADLINE: Record<CheckResult["verdict"], string> = {
  supported: "the sources state this, and none disagrees",
  contradicted: "the sources speak to this and say otherwise",
  disputed: "the sources disagree about this",
  unverified: "the sources do not speak to this",
};

/**
 * One check, as text. `at` ("claims.txt:4") heads the answer in a batch, so
 * that each answer can be found in the file, as review's findings can.
 */
export function renderCheckText(result: CheckResult, paint: Paint, at?: string): string {
  const out: string[] = [];
  // The reason is the line a reader needs most: plain, never dimmed.
  const head = `${paint.verdict(result.verdict, result.verdict.toUpperCase())}  ${HEADLINE[result.verdict]}`;
  out.push(at === undefined ? head : `${paint.safe(at)}  ${head}`);
  // The input, in quotes: it is echoed, and a line of a CI log that starts
  // with "::" is a workflow command (::add-mask::…), so its first line must
  // not start with the claim's own words (wrap keeps "::" off the others).
  out.push(...wrap(`“${paint.safe(result.claim)}”`, 78).map((l) => `  ${l}`));
  if (result.explanation.length > 0) {
    out.push("");
    for (const line of result.explanation) {
      const bullet = line.startsWith("  ") ? "    " : "  • ";
      const text = paint.safe(line.trim());
      out.push(...wrap(text, 74).map((l, i) => (i === 0 ? `${bullet}${l}` : `    ${l}`)));
    }
  }
  for (const s of result.superseded) {
    out.push("", ...wrap(`Superseded: ${s.claimId} was stated as of ${s.asOf} (${s.source}); later:`, 76).map((l) => paint.warn(`  ${paint.safe(l)}`)));
    for (const by of s.by) out.push(...wrap(paint.safe(`${by.statement} (${by.source}, ${by.asOf}; ${by.claimId})`), 72).map((l) => `    ${l}`));
  }
  if (result.citations.length > 0) {
    out.push("", paint.bold("Evidence"));
    for (const citation of result.citations) {
      out.push(`  ${paint.source(citation.source)}  ${paint.dim(paint.safe(citation.claimId))}`);
      out.push(...wrap(`“${citation.quote}”`, 74).map((l) => `    ${paint.quote(l)}`));
    }
  }
  if (result.conflicts.length > 0) {
    out.push("", `${paint.bold("Conflicts")}  ${result.conflicts.map((c) => paint.id(c)).join(", ")}`, paint.dim("  pakaz show <id> shows each side in full"));
  }
  if (result.suggestions.length > 0) {
    out.push("", paint.bold("Did you mean"));
    for (const s of result.suggestions) out.push(...wrap(`${paint.safe(s.statement)} (${s.claimId})`, 74).map((l, i) => (i === 0 ? `  • ${l}` : `    ${l}`)));
  }
  return `${out.join("\n")}\n`;
}

/** The last line of a batch: how many claims got each verdict, and how many lines were skipped. */
export function renderCheckSummaryText(verdicts: readonly CheckResult["verdict"][], skipped: number): string {
  const count = (v: CheckResult["verdict"]): number => verdicts.filter((x) => x === v).length;
  const checked = `${verdicts.length} claim${verdicts.length === 1 ? "" : "s"} checked: ${count("supported")} supported, ${count("contradicted")} contradicted, ${count("disputed")} disputed, ${count("unverified")} unverified`;
  return `${checked}${skipped > 0 ? `; ${skipped} line${skipped === 1 ? "" : "s"} skipped` : ""}\n`;
}
