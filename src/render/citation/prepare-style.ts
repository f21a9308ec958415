// A CSL style made ready for citation-js: a template it ships is used by
// name; XML (a bundled or a user's file) is checked, registered and tried on
// the items, so a style citeproc cannot run is reported as the user's
// problem, in one sentence, before any output is written.

import { findCslStyleProblem } from "../../core/cite/check-csl-style.js";
import type { CslItem } from "../../core/cite/csl-item.js";
import { err, ok, type Result } from "../../core/result.js";
import type { CitationJs } from "./citation-js.js";
import { formatReferences, registerStyleXml } from "./format-references.js";

export type StyleChoice = { kind: "template"; template: string } | { kind: "xml"; xml: string };

export async function prepareStyle(citationJs: CitationJs, choice: StyleChoice, items: readonly CslItem[]): Promise<Result<string, string>> {
  if (choice.kind === "template") return ok(choice.template);
  const problem = findCslStyleProblem(choice.xml);
  if (problem) return err(problem);
  const template = registerStyleXml(citationJs, choice.xml);
  try {
    const probe = formatReferences(citationJs, items.length > 0 ? items : [PROBE], template);
    if (probe.every((entry) => entry.reference === "")) return err("it formats the references as empty text");
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return err(`the citation processor rejected it (${reason.split("\n")[0]?.trim() ?? "no reason given"})`);
  }
  return ok(template);
}

const PROBE: CslItem = {
  id: "probe",
  "citation-key": "probe",
  type: "article-magazine",
  title: "Probe",
  author: [{ family: "Probe", given: "A." }],
  issued: { "date-parts": [[2000]] },
};
