// What `pakaz sources` does, loaded only when it runs (commands/sources.ts holds
// its options and help).

import { createPaint } from "../../render/paint.js";
import { toSafeJson } from "../../render/sanitize-terminal-text.js";
import { renderSourcesText } from "../../render/text/sources.js";
import type { CliContext } from "../context.js";
import { openCorpus } from "../open-corpus.js";
import type { Settings } from "../resolve-settings.js";
import type { SourcesOptions } from "../commands/sources.js";

export async function runSources(context: CliContext, settings: Settings, options: SourcesOptions): Promise<void> {
  const corpus = await openCorpus(settings);
  const counts = new Map<string, number>();
  for (const claim of corpus.claims) {
    for (const source of new Set(claim.citations.map((c) => c.source))) counts.set(source, (counts.get(source) ?? 0) + 1);
  }
  const rows = corpus.sources.map((source) => ({ ...source, claims: counts.get(source.id) ?? 0 }));
  context.io.stdout(options.json ? `${toSafeJson(rows, 2)}\n` : renderSourcesText(rows, await createPaint(settings.color)));
}
