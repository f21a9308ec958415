import type { Command } from "commander";
import { PakazFailure } from "../../core/errors.js";
import type { CliContext } from "../context.js";

export interface TimelineCliOptions {
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
      const { runTimeline } = await import("../actions/timeline.js");
      await runTimeline(context, context.settings(command), options);
    });
}
