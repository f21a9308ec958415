// What `pakaz review` does, loaded only when it runs (commands/review.ts holds
// its options and help).

import { promises as fsAsync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import { PakazFailure } from "../../core/errors.js";
import type { ReviewedSentence, Syntax } from "../../core/review/review-text.js";
import { worstVerdict, type Verdict } from "../../core/verdict/verdict.js";
import type { CliContext } from "../context.js";
import { exitCodeForVerdict } from "../exit-codes.js";
import { openIndex } from "../open-corpus.js";
import { MAX_DRAFT_BYTES, MAX_DRAFT_SHOWN, readDraft } from "../read-draft.js";
import { PAKAZ_VERSION } from "../version.js";
import type { Settings } from "../resolve-settings.js";
import { FAILING, type Format, type ReviewOptions } from "../commands/review.js";

function syntaxOf(path: string, option: ReviewOptions["syntax"], text: string, detect: (text: string) => Syntax): Syntax {
  if (option !== "auto") return option;
  if (/\.(?:md|markdown|mdown|mkd|mkdn|mdx)$/i.test(path)) return "markdown";
  if (/\.(?:txt|text)$/i.test(path)) return "text";
  return detect(text);
}

/** The width to wrap text findings to: $COLUMNS, else the terminal's, else 80 (a pipe, a file, a CI log). */
function terminalWidth(context: CliContext): number | undefined {
  const fromEnv = Number(context.io.env.COLUMNS);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  return context.io.stdoutIsTTY ? context.io.stdoutColumns : undefined;
}

/** The first bytes of a file, enough to tell a binary from text. */
async function* sniff(path: string): AsyncIterable<Uint8Array> {
  const handle = await fsAsync.open(path, "r");
  try {
    const { buffer, bytesRead } = await handle.read({ buffer: Buffer.alloc(8192), position: 0 });
    // A multi-byte character cut at the end would count as invalid: only NUL bytes decide here.
    yield buffer.subarray(0, bytesRead).map((b) => (b >= 0x80 ? 0x20 : b));
  } finally {
    await handle.close();
  }
}

/**
 * A relative path as a relative URI reference (RFC 3986, section 4.2): each
 * segment percent-encoded, so that "notes#1.md" is not read as a fragment,
 * "draft:v2.md" not as a scheme, and a space or a non-ASCII letter is valid
 * in a URI. encodeURI left # and : as they were (and ? too).
 */
export function relativeUriReference(relativePath: string): string {
  // encodeURIComponent also escapes the sub-delimiters and "@", which a path
  // segment may hold as they are (a "pchar"); ":" stays escaped, as the
  // first segment of a relative reference requires.
  return relativePath
    .split("/")
    .map((segment) => encodeURIComponent(segment).replace(/%(?:24|26|2B|2C|3B|3D|40)/g, (escaped) => decodeURIComponent(escaped)))
    .join("/");
}

export async function runReview(context: CliContext, settings: Settings, paths: string[], options: ReviewOptions): Promise<void> {
  const format: Format = options.json ? "json" : options.format;
  if (paths.filter((p) => p === "-").length > 1) {
    throw new PakazFailure({ code: "bad-option", option: "<file>", value: "-", expected: "standard input (-) given once" });
  }
  // Every file is checked before any output, so a typo in the last path
  // does not leave half a report behind.
  for (const path of paths) {
    if (path === "-") continue;
    let info: Awaited<ReturnType<typeof fsAsync.stat>>;
    try {
      info = await fsAsync.stat(resolve(settings.cwd, path));
    } catch {
      throw new PakazFailure({ code: "corpus-unreadable", path, reason: "no such file, or it cannot be read" });
    }
    if (!info.isFile()) throw new PakazFailure({ code: "corpus-unreadable", path, reason: "not a file (give the drafts themselves, e.g. articles/*.md)" });
    // Refused before anything is read; readDraft counts again, for a file that grows meanwhile and for stdin.
    if (info.size > MAX_DRAFT_BYTES) throw new PakazFailure({ code: "draft-refused", path, reason: `larger than ${MAX_DRAFT_SHOWN}, the most review reads; review it in parts` });
    // A binary given by mistake (articles/* with an image in it) is caught by its first bytes, before any output.
    await readDraft(sniff(resolve(settings.cwd, path)), path);
  }
  const [{ reviewText, summarizeReview, detectSyntax }, index] = await Promise.all([import("../../core/review/review-text.js"), openIndex(settings)]);
  const { createPaint } = await import("../../render/paint.js");
  const { toSafeJson } = await import("../../render/sanitize-terminal-text.js");
  const paint = await createPaint(settings.color);
  const textOptions = { verbose: options.verbose === true, all: options.all === true, width: terminalWidth(context) };

  const reviewed: { path: string; uri: string; sentences: ReviewedSentence[] }[] = [];
  let wroteText = false;
  for (const path of paths) {
    const shown = path === "-" ? "<stdin>" : path;
    // A byte-order mark is no character of the text: counted, it shifted every
    // column of line 1 by one, and editors and GitHub do not count it.
    const text = (await readDraft(path === "-" ? context.io.stdinBytes() : context.io.fileBytes(resolve(settings.cwd, path)), shown)).replace(/^\ufeff/, "");
    const sentences = reviewText(text, index, { syntax: syntaxOf(path, options.syntax, text, detectSyntax), top: options.top });
    // The file as GitHub names it (relative, forward slashes, as typed: the
    // workflow-command escapes are the renderer's), and as a SARIF URI.
    const relativePath = path === "-" ? "stdin" : relative(settings.cwd, resolve(settings.cwd, path)).split(sep).join("/");
    const uri = path === "-" ? "stdin" : relativeUriReference(relativePath);
    reviewed.push({ path: shown, uri, sentences });
    // Text, JSON Lines and workflow commands stream file by file; SARIF is one document.
    if (format === "text") {
      const { renderReviewFileText } = await import("../../render/text/review.js");
      const block = renderReviewFileText({ path: shown, sentences }, paint, textOptions);
      if (block !== "") {
        context.io.stdout(`${wroteText ? "\n" : ""}${block}`);
        wroteText = true;
      }
    } else if (format === "json") {
      for (const s of sentences) {
        if (s.result === undefined && !options.all) continue;
        const { result, ...position } = s;
        context.io.stdout(`${toSafeJson({ file: shown, ...position, ...(result ?? { verdict: null }) })}\n`);
      }
    } else if (format === "github") {
      const { renderReviewGithub } = await import("../../render/github/review.js");
      context.io.stdout(renderReviewGithub(relativePath, sentences));
    }
  }

  const all = reviewed.flatMap((f) => f.sentences);
  const summary = summarizeReview(all);
  if (format === "text") {
    const { renderReviewSummaryText } = await import("../../render/text/review.js");
    context.io.stdout(`${wroteText ? "\n" : ""}${renderReviewSummaryText(summary, reviewed.length, paint, textOptions)}`);
  } else if (format === "sarif") {
    const { renderReviewSarif } = await import("../../render/sarif/review.js");
    context.io.stdout(`${toSafeJson(renderReviewSarif(reviewed, PAKAZ_VERSION), 2)}\n`);
  } else if (format === "github") {
    const v = summary.verdicts;
    context.io.stdout(`pakaz review: ${summary.sentences} sentences, ${summary.checkable} checkable: ${v.supported} supported, ${v.contradicted} contradicted, ${v.disputed} disputed, ${v.unverified} unverified\n`);
  }

  const failing = FAILING.slice(0, FAILING.indexOf(options.failOn) + 1) as readonly Verdict[];
  const verdicts = all.flatMap((s) => (s.result && failing.includes(s.result.verdict) ? [s.result.verdict] : []));
  context.exitCode = exitCodeForVerdict(worstVerdict(verdicts));
}
