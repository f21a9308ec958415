import type { Command } from "commander";
import { lookupCorpus } from "../../core/corpus/corpus-lookup.js";
import { describeRecord } from "../../core/corpus/describe-record.js";
import { PakazFailure } from "../../core/errors.js";
import { findNearestId } from "../../core/text/nearest-id.js";
import { createPaint } from "../../render/paint.js";
import { toSafeJson } from "../../render/sanitize-terminal-text.js";
import { renderRecordText } from "../../render/text/record.js";
import type { CliContext } from "../context.js";
import { openCorpus } from "../open-corpus.js";

export function registerShow(program: Command, context: CliContext): void {
  program
    .command("show")
    .description("show a claim, conflict or source by id: its facts, quotes, sources, cross-references and conflicts")
    .argument("<id>", "a claim, conflict or source id (see pakaz search, pakaz conflicts, pakaz sources)")
    .option("--json", "print the record as JSON")
    .addHelpText("after", "\nExamples:\n  $ pakaz show embassy-pakistan-baku-opened\n  $ pakaz show recognition-rank\n  $ pakaz show ali-fortifying")
    .action(async (id: string, options: { json?: boolean }, command: Command) => {
      const settings = context.settings(command);
      const lookup = lookupCorpus(await openCorpus(settings));
      const view = describeRecord(id.trim(), lookup);
      if (view === undefined) {
        const suggestion = findNearestId(id, lookup.recordIds());
        throw new PakazFailure({ code: "unknown-id", id, kinds: "claim, conflict or source", ...(suggestion ? { suggestion } : {}) });
      }
      context.io.stdout(options.json ? `${toSafeJson(view, 2)}\n` : renderRecordText(view, lookup, createPaint(settings.color)));
    });
}
