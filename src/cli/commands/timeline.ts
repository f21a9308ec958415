import type { Command } from "commander";
import { lookupCorpus } from "../../core/corpus/corpus-lookup.js";
import { PakazFailure } from "../../core/errors.js";
import { buildTimeline } from "../../core/timeline/build-timeline.js";
import { createPaint } from "../../render/paint.js";
import { toSafeJson } from "../../render/sanitize-terminal-text.js";
import { renderTimelineText } from "../../render/text/timeline.js";
import type { CliContext } from "../context.js";
import { openCorpus } from "../open-corpus.js";

interface TimelineCliOptions {
  from?: number;
  to?: number;
  topic?: string;
  json?: boolean;
}

function parseYear(option: string): (value: string) => number {
  return (value) => {
    if (!/^\d{4}$/.test(value.trim())) throw new PakazFailure({ code: "bad-option", option, value, expected: "a four-digit year such as 1992" });
    return Number(value.trim());
  };
}

export function registerTimeline(program: Command, context: CliContext): void {
  program
    .command("timeline")
    .description("list dated events in order (recognition, embassies, visits, agreements, meetings, aid, defence), with sources and disputed dates")
    .option("--from <year>", "start at this year (events overlapping it are kept)", parseYear("--from"))
    .option("--to <year>", "stop after this year", parseYear("--to"))
    .option("--topic <topic>", "only events on this topic, e.g. visits")
    .option("--json", "print the events as a JSON array")
    .addHelpText("after", "\nExamples:\n  $ pakaz timeline\n  $ pakaz timeline --from 1991 --to 1997\n  $ pakaz timeline --topic institutions --json")
    .action(async (options: TimelineCliOptions, command: Command) => {
      const settings = context.settings(command);
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
      context.io.stdout(options.json ? `${toSafeJson(timeline.value, 2)}\n` : renderTimelineText(timeline.value, createPaint(settings.color)));
    });
}
