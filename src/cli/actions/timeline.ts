// What `pakaz timeline` does, loaded only when it runs (commands/timeline.ts holds
// its options and help).

import { lookupCorpus } from "../../core/corpus/corpus-lookup.js";
import { PakazFailure } from "../../core/errors.js";
import { buildTimeline } from "../../core/timeline/build-timeline.js";
import { createPaint } from "../../render/paint.js";
import { toSafeJson } from "../../render/sanitize-terminal-text.js";
import { renderTimelineText } from "../../render/text/timeline.js";
import type { CliContext } from "../context.js";
import { openCorpus } from "../open-corpus.js";
import type { Settings } from "../resolve-settings.js";
import type { TimelineCliOptions } from "../commands/timeline.js";

export async function runTimeline(context: CliContext, settings: Settings, options: TimelineCliOptions): Promise<void> {
  if (options.from !== undefined && options.to !== undefined && options.from > options.to) {
    throw new PakazFailure({ code: "bad-option", option: "--to", value: String(options.to), expected: `a year not before --from ${options.from}` });
  }
  const lookup = lookupCorpus(await openCorpus(settings));
  const timeline = buildTimeline(lookup, {
    ...(options.from !== undefined ? { from: options.from } : {}),
    ...(options.to !== undefined ? { to: options.to } : {}),
    ...(options.topic !== undefined ? { topic: options.topic.trim() } : {}),
  });
  if (!timeline.ok) throw new PakazFailure(timeline.error);
  context.io.stdout(options.json ? `${toSafeJson(timeline.value, 2)}\n` : renderTimelineText(timeline.value, await createPaint(settings.color)));
}
