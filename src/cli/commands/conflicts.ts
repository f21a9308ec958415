import type { Command } from "commander";
import { describeConflict } from "../../core/conflicts/describe-conflict.js";
import { filterConflicts } from "../../core/conflicts/filter-conflicts.js";
import { lookupCorpus } from "../../core/corpus/corpus-lookup.js";
import { PakazFailure } from "../../core/errors.js";
import { createPaint } from "../../render/paint.js";
import { toSafeJson } from "../../render/sanitize-terminal-text.js";
import { renderConflictsText } from "../../render/text/conflicts.js";
import type { CliContext } from "../context.js";
import { openCorpus } from "../open-corpus.js";

interface ConflictsOptions {
  topic?: string;
  source?: string;
  kind?: string;
  brief?: boolean;
  json?: boolean;
}

export function registerConflicts(program: Command, context: CliContext): void {
  program
    .command("conflicts")
    .description("list where the sources disagree: each conflict's kind, what each side says with its quotes and dates, and an assessment")
    .option("--topic <topic>", "only conflicts on this topic (the conflict's or any side's), e.g. recognition")
    .option("--source <id>", "only conflicts where a side cites this source, e.g. ali-fortifying")
    .option("--kind <kind>", "only conflicts of this kind: rank, date, figure, referent, superseded, status or attribution")
    .option("--brief", "one entry per conflict: id, kind, sources and title")
    .option("--json", "print the conflicts as a JSON array")
    .addHelpText(
      "after",
      "\nExamples:\n  $ pakaz conflicts --brief\n  $ pakaz conflicts --kind date\n  $ pakaz conflicts --source mutual-beneficial --json\n  $ pakaz show recognition-rank",
    )
    .action(async (options: ConflictsOptions, command: Command) => {
      const settings = context.settings(command);
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
        options.json ? `${toSafeJson(entries, 2)}\n` : renderConflictsText(entries, createPaint(settings.color), { brief: options.brief === true }),
      );
    });
}
