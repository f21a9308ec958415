// What `pakaz cite` does, loaded only when it runs (commands/cite.ts holds
// its options and help).

import { promises as fsAsync } from "node:fs";
import { join, resolve } from "node:path";
import { collectCitations } from "../../core/cite/collect-citations.js";
import type { CslItem } from "../../core/cite/csl-item.js";
import { properNames, withSentenceCaseTitles } from "../../core/cite/sentence-case.js";
import { citedSourcesToCsl } from "../../core/cite/source-to-csl.js";
import { builtinStyleNames, resolveStyle, type StyleRequest } from "../../core/cite/style-registry.js";
import { lookupCorpus } from "../../core/corpus/corpus-lookup.js";
import { PakazFailure } from "../../core/errors.js";
import { createPaint } from "../../render/paint.js";
import { toSafeJson } from "../../render/sanitize-terminal-text.js";
import type { CitationJs } from "../../render/citation/citation-js.js";
import type { StyleChoice } from "../../render/citation/prepare-style.js";
import type { CliContext } from "../context.js";
import { openCorpus } from "../open-corpus.js";
import { bundledCorpusDir, type Settings } from "../resolve-settings.js";
import type { CiteOptions } from "../commands/cite.js";

const MAX_STYLE_BYTES = 5 * 1024 * 1024;

/** Where the style's CSL comes from, read now so that a missing file fails before citation-js loads. */
export async function readStyle(input: string, settings: Settings): Promise<{ request: StyleRequest; choice: StyleChoice; path?: string }> {
  const resolved = resolveStyle(input);
  if (!resolved.ok) throw new PakazFailure(resolved.error);
  const request = resolved.value;
  let path: string;
  let shown: string;
  if (request.kind === "builtin") {
    const source = request.style.source;
    if (source.kind === "citation-js") return { request, choice: { kind: "template", template: source.template } };
    path = join(bundledCorpusDir(), "styles", source.file);
    shown = path;
  } else {
    path = resolve(settings.cwd, request.path);
    shown = request.path;
  }
  try {
    // The largest official styles are a few hundred kilobytes; anything far bigger is not a style.
    const info = await fsAsync.stat(path);
    // A FIFO or a device (--style /dev/zero) would block or never end.
    if (!info.isFile()) {
      const reason = info.isDirectory() ? "it is a folder" : "it is not a regular file";
      throw new PakazFailure({ code: "style-unreadable", path: shown, reason, builtins: builtinStyleNames() });
    }
    if (info.size > MAX_STYLE_BYTES) {
      throw new PakazFailure({ code: "style-invalid", path: shown, reason: "it is larger than 5 MB", builtins: builtinStyleNames() });
    }
    return { request, choice: { kind: "xml", xml: await fsAsync.readFile(path, "utf8") }, path: shown };
  } catch (error) {
    if (error instanceof PakazFailure) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a folder" : code === "EACCES" ? "permission denied" : String(error);
    throw new PakazFailure({ code: "style-unreadable", path: shown, reason, builtins: builtinStyleNames() });
  }
}

/** Registers the style with citation-js and tries it, or fails with the reason in one sentence. */
export async function useStyle(citationJs: CitationJs, style: Awaited<ReturnType<typeof readStyle>>, items: readonly CslItem[]): Promise<string> {
  const { prepareStyle } = await import("../../render/citation/prepare-style.js");
  const prepared = await prepareStyle(citationJs, style.choice, items);
  if (!prepared.ok) throw new PakazFailure({ code: "style-invalid", path: style.path ?? "the style", reason: prepared.error, builtins: builtinStyleNames() });
  return prepared.value;
}

export async function runCite(context: CliContext, settings: Settings, ids: string[], options: CiteOptions): Promise<void> {
  const style = await readStyle(options.style, settings);
  const lookup = lookupCorpus(await openCorpus(settings));
  const collected = collectCitations(ids, lookup);
  if (!collected.ok) throw new PakazFailure(collected.error);
  const cited = collected.value;
  // Sentence case, the form most styles print; title-case styles raise it again (see sentence-case.ts).
  const items = withSentenceCaseTitles(citedSourcesToCsl(lookup.corpus.sources, cited.map((c) => c.source.id)), properNames(lookup.corpus));

  const [{ loadCitationJs }, { formatReferences }] = await Promise.all([
    import("../../render/citation/citation-js.js"),
    import("../../render/citation/format-references.js"),
  ]);
  const citationJs = await loadCitationJs();
  const template = await useStyle(citationJs, style, items);
  const text = formatReferences(citationJs, items, template, "text");
  const html = options.json ? formatReferences(citationJs, items, template, "html") : [];
  const references = text.map((entry) => ({
    source: entry.id,
    citationKey: items.find((item) => item.id === entry.id)?.["citation-key"] ?? entry.id,
    reference: entry.reference,
    inText: entry.inText,
    quotes: cited.find((c) => c.source.id === entry.id)?.quotes ?? [],
  }));
  if (options.json) {
    const withHtml = references.map((entry) => ({ ...entry, html: html.find((h) => h.id === entry.source)?.reference ?? "" }));
    context.io.stdout(`${toSafeJson({ style: options.style, references: withHtml }, 2)}\n`);
    return;
  }
  const { renderCiteText } = await import("../../render/citation/cite-text.js");
  context.io.stdout(renderCiteText(references, await createPaint(settings.color)));
}
