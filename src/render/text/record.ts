import type { CorpusLookup } from "../../core/corpus/corpus-lookup.js";
import type { ClaimView, ConflictView, RecordView, SourceView } from "../../core/corpus/describe-record.js";
import { describeFacts } from "../../core/facts/describe-facts.js";
import type { Claim, Source } from "../../core/types.js";
import type { Paint } from "../paint.js";
import { authorLine } from "./author-line.js";
import { wrap } from "./wrap.js";

export function sourceDate(source: Source | undefined): string {
  if (!source) return "";
  return source.dateInferred ? `${source.issued}, inferred` : source.issued;
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
  const out = [`${paint.id(claim.id)}  ${paint.dim(`[${claim.topic}]`)}${claim.tags.length ? paint.dim(`  ${claim.tags.join(", ")}`) : ""}`];
  out.push(...wrap(paint.safe(claim.statement), 78).map((l) => paint.bold(l)));
  const facts = describeFacts(claim.facts);
  if (facts.length) out.push("", paint.bold("Facts"), ...facts.map((f) => `  ${paint.safe(f)}`));
  out.push("", paint.bold("Quotes"), ...renderQuotes(claim, lookup, paint));
  if (claim.note) out.push("", paint.bold("Note"), ...wrap(paint.safe(claim.note), 76).map((l) => `  ${l}`));
  if (view.related.length || view.referencedBy.length) {
    out.push("", paint.bold("Cross-references"));
    for (const r of view.related) out.push(`  → ${paint.dim(r.relation)} ${paint.id(r.claim)}: ${paint.safe(r.statement)}`);
    for (const r of view.referencedBy) out.push(`  ← ${paint.dim(`${r.relation} (from)`)} ${paint.id(r.from)}: ${paint.safe(r.statement)}`);
  }
  if (view.conflicts.length) {
    out.push("", paint.bold(paint.warn("Conflicts")));
    for (const c of view.conflicts) out.push(`  ${paint.id(c.id)} ${paint.dim(`(${c.kind})`)}: ${paint.safe(c.title)}`);
  }
  return out;
}

function renderConflict(view: ConflictView, lookup: CorpusLookup, paint: Paint): string[] {
  const { conflict } = view;
  const out = [`${paint.id(conflict.id)}  ${paint.dim(`[${conflict.kind}, ${conflict.topic}]`)}`, paint.bold(paint.safe(conflict.title)), ""];
  view.sides.forEach((side, i) => {
    out.push(`${paint.warn(`${i + 1}.`)} ${paint.bold(paint.safe(side.says))}  ${paint.dim(`(${side.claim.id})`)}`);
    out.push(...renderQuotes(side.claim, lookup, paint, "   "));
  });
  out.push("", paint.bold("Assessment"), ...wrap(paint.safe(conflict.assessment), 76).map((l) => `  ${l}`));
  return out;
}

function renderSource(view: SourceView, paint: Paint): string[] {
  const { source } = view;
  const out = [`${paint.id(source.id)}  ${paint.dim(sourceDate(source))}`, paint.safe(authorLine(source))];
  if (source.dateNote) out.push(...wrap(paint.safe(`Date: ${source.dateNote}`), 78).map((l) => paint.dim(l)));
  out.push("", paint.bold(`Claims (${view.claims.length})`));
  for (const c of view.claims) out.push(`  ${paint.id(c.id)}: ${paint.safe(c.statement)}`);
  return out;
}

export function renderRecordText(view: RecordView, lookup: CorpusLookup, paint: Paint): string {
  const lines =
    view.type === "claim" ? renderClaim(view, lookup, paint) : view.type === "conflict" ? renderConflict(view, lookup, paint) : renderSource(view, paint);
  return `${lines.join("\n")}\n`;
}
