import { describeConflict } from "../../core/conflicts/describe-conflict.js";
import type { CorpusLookup } from "../../core/corpus/corpus-lookup.js";
import type { ClaimView, ConflictView, RecordView, ReferenceRelation, SourceView } from "../../core/corpus/describe-record.js";
import { describeFacts } from "../../core/facts/describe-facts.js";
import type { TimeLink } from "../../core/timeline/claim-time.js";
import { formatIssued, type SourceDate } from "../../core/timeline/issued-date.js";
import type { Claim, Source } from "../../core/types.js";
import type { Paint } from "../paint.js";
import { authorLine } from "./author-line.js";
import { renderConflictEntry } from "./conflicts.js";
import { wrap } from "./wrap.js";

/** "November 2016, inferred": the article's date as a reader should weigh it. */
export function sourceDate(source: Source | undefined): string {
  if (!source) return "";
  const date = formatIssued(source.issued);
  return source.dateInferred ? `${date}, inferred` : date;
}

const statedText = (s: SourceDate): string => `${s.date} (${s.source}${s.inferred ? ", inferred" : ""})`;

/** Each relation as it reads from the claim being shown. */
const PHRASE: Record<ReferenceRelation, string> = {
  "see-also": "see also",
  "same-event": "same event",
  "follow-up": "followed up by",
  follows: "follows up on",
  "earlier-plan": "earlier plan",
  "later-outcome": "later outcome",
  "superseded-by": "superseded by",
  supersedes: "supersedes",
  "part-of": "part of",
  "has-part": "has part",
};
const ARROW = { out: "→", in: "←", both: "↔" } as const;

function renderLinks(heading: string, links: readonly TimeLink[], paint: Paint): string[] {
  const out = [`  ${heading}`];
  for (const link of links) {
    const when = `(${link.stated.map((s) => `${s.source}, ${s.date}`).join("; ")})`;
    // Ids are long; the sources go on a line of their own rather than past column 80.
    if (6 + link.claim.length + 1 + when.length <= 80) out.push(`    • ${paint.id(link.claim)} ${paint.dim(paint.safe(when))}`);
    else out.push(`    • ${paint.id(link.claim)}`, ...wrap(when, 72).map((l) => `      ${paint.dim(paint.safe(l))}`));
    out.push(...wrap(paint.safe(link.statement), 72).map((l) => `      ${l}`));
  }
  return out;
}

function renderTime(view: ClaimView, paint: Paint): string[] {
  const { time } = view;
  const out = ["", paint.bold("Time"), ...wrap(paint.safe(`Stated in ${time.stated.map(statedText).join("; ")}.`), 76).map((l) => `  ${l}`)];
  if (time.asOf) out.push(`  Speaks of ${paint.safe(time.asOf)}.`);
  if (time.supersededBy.length) out.push(...renderLinks(paint.warn(`True as of ${paint.safe(time.trueAsOf)}; superseded by:`), time.supersededBy, paint));
  if (time.current.length) out.push(...renderLinks("Latest in this line:", time.current, paint));
  if (time.supersedes.length) out.push(...renderLinks("Supersedes:", time.supersedes, paint));
  if (time.laterOutcomes.length) out.push(...renderLinks("Later outcome:", time.laterOutcomes, paint));
  if (time.earlierPlans.length) out.push(...renderLinks("Earlier plan:", time.earlierPlans, paint));
  return out;
}

/** The quotes of a claim, each under its source id and date. */
export function renderQuotes(claim: Claim, lookup: CorpusLookup, paint: Paint, indent = "  "): string[] {
  const out: string[] = [];
  for (const citation of claim.citations) {
    out.push(`${indent}${paint.source(citation.source)} ${paint.dim(`(${sourceDate(lookup.source(citation.source))})`)}`);
    for (const line of wrap(`“${citation.quote}”`, 76 - indent.length)) out.push(`${indent}  ${paint.quote(line)}`);
  }
  return out;
}

function renderClaim(view: ClaimView, lookup: CorpusLookup, paint: Paint): string[] {
  const { claim } = view;
  const tags = claim.tags.join(", ");
  const out = [`${paint.id(claim.id)}  ${paint.dim(`[${paint.safe(claim.topic)}]`)}`];
  // Tags share the id's line when they fit in 80 columns, else take their own.
  if (tags !== "" && claim.id.length + claim.topic.length + 6 + tags.length <= 80) out[0] += paint.dim(`  ${paint.safe(tags)}`);
  else if (tags !== "") out.push(...wrap(paint.safe(`tags: ${tags}`), 78).map((l) => paint.dim(l)));
  out.push(...wrap(paint.safe(claim.statement), 78).map((l) => paint.bold(l)));
  const facts = describeFacts(claim.facts);
  if (facts.length) out.push("", paint.bold("Facts"), ...facts.flatMap((f) => wrap(paint.safe(f), 76).map((l, i) => `${i === 0 ? "  " : "    "}${l}`)));
  out.push("", paint.bold("Quotes"), ...renderQuotes(claim, lookup, paint));
  out.push(...renderTime(view, paint));
  if (claim.note) out.push("", paint.bold("Note"), ...wrap(paint.safe(claim.note), 76).map((l) => `  ${l}`));
  if (view.crossReferences.length) {
    out.push("", `${paint.bold("Cross-references")}  ${paint.dim("→ recorded here, ← recorded there, ↔ both")}`);
    for (const r of view.crossReferences) {
      out.push(`  ${ARROW[r.direction]} ${paint.dim(PHRASE[r.relation])}  ${paint.id(r.claim)}`);
      out.push(...wrap(paint.safe(r.statement), 74).map((l) => `      ${l}`));
    }
  }
  if (view.conflicts.length) {
    out.push("", `${paint.bold(paint.warn("Conflicts"))}  ${paint.dim("(pakaz show <id> for every side)")}`);
    for (const c of view.conflicts) {
      out.push(`  ${paint.id(c.id)} ${paint.dim(`(${c.kind})`)}`);
      out.push(...wrap(paint.safe(c.title), 74).map((l) => `      ${paint.bold(l)}`));
      out.push(...wrap(paint.safe(`this claim: ${c.says}`), 72).map((l, i) => `      ${i === 0 ? "" : "  "}${l}`));
      for (const other of c.others) {
        out.push(...wrap(paint.safe(`${other.claim}: ${other.says}`), 72).map((l, i) => `      ${i === 0 ? "" : "  "}${l}`));
      }
    }
  }
  return out;
}

function renderConflict(view: ConflictView, lookup: CorpusLookup, paint: Paint): string[] {
  // The same layout as `pakaz conflicts`, so a conflict reads the same wherever it is found.
  return renderConflictEntry(describeConflict(view.conflict, lookup), paint);
}

function renderSource(view: SourceView, paint: Paint): string[] {
  const { source } = view;
  const out = [`${paint.id(source.id)}  ${paint.dim(sourceDate(source))}`, ...wrap(paint.safe(authorLine(source)), 78)];
  if (source.dateNote) out.push(...wrap(paint.safe(`Date: ${source.dateNote}`), 78).map((l) => paint.dim(l)));
  out.push("", paint.bold(`Claims (${view.claims.length})`));
  for (const c of view.claims) out.push(`  ${paint.id(c.id)}`, ...wrap(paint.safe(c.statement), 74).map((l) => `      ${l}`));
  return out;
}

export function renderRecordText(view: RecordView, lookup: CorpusLookup, paint: Paint): string {
  const lines =
    view.type === "claim" ? renderClaim(view, lookup, paint) : view.type === "conflict" ? renderConflict(view, lookup, paint) : renderSource(view, paint);
  return `${lines.join("\n")}\n`;
}
