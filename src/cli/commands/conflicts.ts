import type { Command } from "commander";
import type { CliContext } from "../context.js";

export interface ConflictsOptions {
  topic?: string;
  source?: string;
  kind?: string;
  brief?: boolean;
  unrecorded?: boolean;
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
    .option("--unrecorded", "for curators: the pairs of claims pakaz reads as contradicting each other that no conflict records, and the conflicts whose sides it reads as agreeing")
    .option("--json", "print the conflicts as a JSON array")
    .addHelpText(
      "after",
      "\nExamples:\n  $ pakaz conflicts --brief\n  $ pakaz conflicts --kind date\n  $ pakaz conflicts --source mutual-beneficial --json\n  $ pakaz conflicts --unrecorded\n  $ pakaz show recognition-rank",
    )
    .action(async (options: ConflictsOptions, command: Command) => {
      const { runConflicts } = await import("../actions/conflicts.js");
      await runConflicts(context, context.settings(command), options);
    });
}
