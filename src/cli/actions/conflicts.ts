// What `pakaz conflicts` does, loaded only when it runs (commands/conflicts.ts holds
// its options and help).

import { describeConflict } from "../../core/conflicts/describe-conflict.js";
import { filterConflicts } from "../../core/conflicts/filter-conflicts.js";
import { lookupCorpus } from "../../core/corpus/corpus-lookup.js";
import { PakazFailure } from "../../core/errors.js";
import { createPaint } from "../../render/paint.js";
import { toSafeJson } from "../../render/sanitize-terminal-text.js";
import { renderAuditText, renderConflictsText } from "../../render/text/conflicts.js";
import type { CliContext } from "../context.js";
import { openCorpus, openIndex } from "../open-corpus.js";
import type { Settings } from "../resolve-settings.js";
import type { ConflictsOptions } from "../commands/conflicts.js";

export async function runConflicts(context: CliContext, settings: Settings, options: ConflictsOptions): Promise<void> {
  if (options.unrecorded === true) {
    const { auditConflicts } = await import("../../core/conflicts/audit-conflicts.js");
    const audit = auditConflicts(await openIndex(settings));
    context.io.stdout(options.json ? `${toSafeJson(audit, 2)}\n` : renderAuditText(audit, await createPaint(settings.color)));
    return;
  }
  const lookup = lookupCorpus(await openCorpus(settings));
  const filter = {
    ...(options.topic !== undefined ? { topic: options.topic.trim() } : {}),
    ...(options.source !== undefined ? { source: options.source.trim() } : {}),
    ...(options.kind !== undefined ? { kind: options.kind.trim() } : {}),
  };
  const conflicts = filterConflicts(lookup, filter);
  if (!conflicts.ok) throw new PakazFailure(conflicts.error);
  const entries = conflicts.value.map((c) => describeConflict(c, lookup));
  context.io.stdout(
    options.json ? `${toSafeJson(entries, 2)}\n` : renderConflictsText(entries, await createPaint(settings.color), { brief: options.brief === true }),
  );
}
