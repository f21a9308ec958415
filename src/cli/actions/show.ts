// What `pakaz show` does, loaded only when it runs (commands/show.ts holds
// its options and help).

import { lookupCorpus } from "../../core/corpus/corpus-lookup.js";
import { describeRecord } from "../../core/corpus/describe-record.js";
import { PakazFailure } from "../../core/errors.js";
import { findNearestId } from "../../core/text/nearest-id.js";
import { createPaint } from "../../render/paint.js";
import { toSafeJson } from "../../render/sanitize-terminal-text.js";
import { renderRecordText } from "../../render/text/record.js";
import type { CliContext } from "../context.js";
import { openCorpus } from "../open-corpus.js";
import type { Settings } from "../resolve-settings.js";
import type { ShowOptions } from "../commands/show.js";

export async function runShow(context: CliContext, settings: Settings, id: string, options: ShowOptions): Promise<void> {
  const lookup = lookupCorpus(await openCorpus(settings));
  const view = describeRecord(id.trim(), lookup);
  if (view === undefined) {
    const suggestion = findNearestId(id, lookup.recordIds());
    throw new PakazFailure({ code: "unknown-id", id, kinds: "claim, conflict or source", ...(suggestion ? { suggestion } : {}) });
  }
  context.io.stdout(options.json ? `${toSafeJson(view, 2)}\n` : renderRecordText(view, lookup, await createPaint(settings.color)));
}
