// What `pakaz validate` does, loaded only when it runs (commands/validate.ts holds
// its options and help).

import { resolve } from "node:path";
import { buildCorpus } from "../../core/corpus/load-corpus.js";
import { readCorpusFiles, readSeedText } from "../../core/corpus/read-corpus.js";
import { verifyQuotes } from "../../core/corpus/verify-quotes.js";
import { PakazFailure } from "../../core/errors.js";
import { toSafeJson } from "../../render/sanitize-terminal-text.js";
import { renderValidateText, type ValidateSummary } from "../../render/text/validate.js";
import { createPaint } from "../../render/paint.js";
import type { CliContext } from "../context.js";
import { EXIT_USAGE } from "../exit-codes.js";
import { formatError } from "../messages.js";
import type { Settings } from "../resolve-settings.js";
import type { ValidateOptions } from "../commands/validate.js";

export async function runValidate(context: CliContext, settings: Settings, options: ValidateOptions): Promise<void> {
  const files = await readCorpusFiles(settings.corpusDir, settings.cwd);
  if (!files.ok) throw new PakazFailure(files.error);
  const { corpus, problems } = buildCorpus(files.value);
  const summary: ValidateSummary = {
    corpus: settings.corpusDir,
    files: files.value.length,
    claims: corpus?.claims.length ?? 0,
    conflicts: corpus?.conflicts.length ?? 0,
    entities: corpus?.entities.length ?? 0,
    sources: corpus?.sources.length ?? 0,
    quotes: corpus?.claims.reduce((n, c) => n + c.citations.length, 0) ?? 0,
    quotesPerSource: {},
    verified: false,
    problems: problems.map(formatError),
  };
  if (corpus !== undefined) {
    for (const claim of corpus.claims) {
      for (const citation of claim.citations) {
        summary.quotesPerSource[citation.source] = (summary.quotesPerSource[citation.source] ?? 0) + 1;
      }
    }
    if (options.sourcesDir !== undefined) {
      const dir = resolve(settings.cwd, options.sourcesDir);
      const seeds = new Map<string, string | undefined>();
      for (const source of corpus.sources) {
        const text = await readSeedText(dir, source.seed.file);
        if (!text.ok) throw new PakazFailure(text.error);
        seeds.set(source.id, text.value);
      }
      const fileOf = new Map(corpus.sources.map((s) => [s.id, s.seed.file]));
      const report = verifyQuotes(corpus, seeds, (id) => `${options.sourcesDir}/${fileOf.get(id) ?? "?"}`);
      summary.verified = true;
      summary.quotesPerSource = Object.fromEntries(report.found);
      summary.problems.push(...report.problems.map(formatError));
    }
  }
  context.io.stdout(options.json ? `${toSafeJson(summary, 2)}\n` : renderValidateText(summary, await createPaint(settings.color)));
  context.exitCode = summary.problems.length > 0 ? EXIT_USAGE : 0;
}
