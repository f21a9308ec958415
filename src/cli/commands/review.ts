import { stat } from "node:fs/promises";
import { relative, resolve, sep } from "node:path";
import type { Command } from "commander";
import { PakazFailure } from "../../core/errors.js";
import type { ReviewedSentence, Syntax } from "../../core/review/review-text.js";
import type { Verdict } from "../../core/verdict/verdict.js";
import { worstVerdict } from "../../core/verdict/verdict.js";
import type { CliContext } from "../context.js";
import { exitCodeForVerdict } from "../exit-codes.js";
import { openIndex } from "../open-index.js";
import { parsePositiveInt } from "../parse-options.js";
import { PAKAZ_VERSION } from "../version.js";

const FORMATS = ["text", "json", "sarif", "github"] as const;
type Format = (typeof FORMATS)[number];
/** Verdicts that can fail a run, least severe last: --fail-on X fails on X and anything worse. */
const FAILING = ["contradicted", "disputed", "unverified"] as const;
type FailOn = (typeof FAILING)[number];
const SYNTAXES = ["auto", "markdown", "text"] as const;

interface ReviewOptions {
  format: Format;
  json?: boolean;
  failOn: FailOn;
  verbose?: boolean;
  all?: boolean;
  syntax: (typeof SYNTAXES)[number];
  top: number;
}

function oneOf<T extends string>(option: string, values: readonly T[]): (value: string) => T {
  return (value) => {
    if ((values as readonly string[]).includes(value)) return value as T;
    throw new PakazFailure({ code: "bad-option", option, value, expected: `one of ${values.join(", ")}` });
  };
}

function syntaxOf(path: string, option: ReviewOptions["syntax"], text: string, detect: (text: string) => Syntax): Syntax {
  if (option !== "auto") return option;
  if (/\.(?:md|markdown|mdown|mkd|mkdn|mdx)$/i.test(path)) return "markdown";
  if (/\.(?:txt|text)$/i.test(path)) return "text";
  return detect(text);
}

export function registerReview(program: Command, context: CliContext): void {
  program
    .command("review")
    .description("check every factual sentence of a draft (Markdown or plain text) and point at the lines the sources contradict or dispute")
    .argument("<file...>", "the drafts to review (- for standard input)")
    .option("--format <format>", `output: ${FORMATS.join(", ")}`, oneOf("--format", FORMATS), "text")
    .option("--json", "same as --format json: one JSON object per checkable sentence (JSON Lines)")
    .option("--fail-on <verdict>", `the least severe verdict that makes the exit status non-zero: ${FAILING.join(", ")}`, oneOf("--fail-on", FAILING), "unverified")
    .option("-v, --verbose", "also show the sentences the sources support")
    .option("-a, --all", "also list the sentences that were not checked, and why")
    .option("--syntax <syntax>", `read the input as ${SYNTAXES.join(", ")} (auto: by file extension; for stdin, by its content)`, oneOf("--syntax", SYNTAXES), "auto")
    .option("--top <n>", "how many matching corpus claims each JSON object lists", parsePositiveInt("--top"), 3)
    .addHelpText(
      "after",
      `
Examples:
  $ pakaz review draft.md
  $ pakaz review --verbose --all notes.txt
  $ cat draft.md | pakaz review -
  $ pakaz review --format sarif articles/*.md > pakaz.sarif
  $ pakaz review --format github --fail-on contradicted articles/*.md

Exit status: the worst verdict found, as for check -f: 1 contradicted, 3 disputed,
4 unverified, 0 when every checked sentence is supported (or none was checkable);
--fail-on disputed ignores unverified sentences, --fail-on contradicted ignores
disputed ones too. 2 for errors.`,
    )
    .action(async (paths: string[], options: ReviewOptions, command: Command) => {
      const settings = context.settings(command);
      const format: Format = options.json ? "json" : options.format;
      if (paths.filter((p) => p === "-").length > 1) {
        throw new PakazFailure({ code: "bad-option", option: "<file>", value: "-", expected: "standard input (-) given once" });
      }
      // Every file is checked before any output, so a typo in the last path
      // does not leave half a report behind.
      for (const path of paths) {
        if (path === "-") continue;
        let isFile = false;
        try {
          isFile = (await stat(resolve(settings.cwd, path))).isFile();
        } catch {
          throw new PakazFailure({ code: "corpus-unreadable", path, reason: "no such file, or it cannot be read" });
        }
        if (!isFile) throw new PakazFailure({ code: "corpus-unreadable", path, reason: "not a file (give the drafts themselves, e.g. articles/*.md)" });
      }
      const [{ reviewText, summarizeReview, detectSyntax }, index] = await Promise.all([import("../../core/review/review-text.js"), openIndex(settings)]);
      const { createPaint } = await import("../../render/paint.js");
      const { toSafeJson } = await import("../../render/sanitize-terminal-text.js");
      const paint = createPaint(settings.color);
      const textOptions = { verbose: options.verbose === true, all: options.all === true };

      const reviewed: { path: string; uri: string; sentences: ReviewedSentence[] }[] = [];
      let wroteText = false;
      for (const path of paths) {
        const lines: string[] = [];
        for await (const line of path === "-" ? context.io.stdinLines() : context.io.fileLines(resolve(settings.cwd, path))) lines.push(line);
        const text = lines.join("\n");
        const sentences = reviewText(text, index, { syntax: syntaxOf(path, options.syntax, text, detectSyntax), top: options.top });
        const shown = path === "-" ? "<stdin>" : path;
        const uri = path === "-" ? "stdin" : encodeURI(relative(settings.cwd, resolve(settings.cwd, path)).split(sep).join("/"));
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
          context.io.stdout(renderReviewGithub(uri, sentences));
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
    });
}
