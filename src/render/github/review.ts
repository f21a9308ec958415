// `pakaz review --format github`: GitHub Actions workflow commands, so a CI
// job annotates the lines of a pull request that edits an article
// (contradicted as ::error, disputed as ::warning, unverified as ::notice).

import type { ReviewedSentence } from "../../core/review/review-text.js";
import type { Verdict } from "../../core/verdict/verdict.js";
import { sanitizeTerminalText } from "../sanitize-terminal-text.js";
import { describeFinding } from "../text/review.js";

const COMMAND: Record<Exclude<Verdict, "supported">, string> = {
  contradicted: "error",
  disputed: "warning",
  unverified: "notice",
};

// The escapes of @actions/core (toCommandValue/escapeData/escapeProperty):
// a newline in a message would otherwise end the command, and a comma or
// colon in a property would start another property.
function escapeData(text: string): string {
  // CI logs render escape sequences like a terminal does.
  return sanitizeTerminalText(text).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

export function renderReviewGithub(path: string, sentences: readonly ReviewedSentence[]): string {
  let out = "";
  for (const s of sentences) {
    const verdict = s.result?.verdict;
    if (s.result === undefined || verdict === undefined || verdict === "supported") continue;
    const properties = [
      `file=${escapeProperty(path)}`,
      `line=${s.line}`,
      `col=${s.column}`,
      `endLine=${s.endLine}`,
      `endColumn=${s.endColumn}`,
      `title=${escapeProperty(`pakaz: ${verdict}`)}`,
    ].join(",");
    out += `::${COMMAND[verdict]} ${properties}::${escapeData(`${describeFinding(s.result)} — “${s.sentence}”`)}\n`;
  }
  return out;
}
