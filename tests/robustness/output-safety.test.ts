// Output safety in every renderer: a corpus whose every text field carries
// terminal control sequences (clear screen, cursor moves, OSC 8 links, window
// titles, the clipboard, C1 controls, carriage returns, bidi overrides), and
// a draft and a batch that carry them too, printed by every command that
// exists, in colour and without. The sequences must arrive neutralised
// (shown as ␛, \u009b, …), never raw; the only escapes allowed are the colour
// codes pakaz writes itself.

import { beforeAll, describe, expect, it } from "vitest";
import { FIXTURES, runCli } from "../helpers/run-cli.js";
import { RAW_CONTROL, withoutColour } from "./arbitraries.js";
import { discoverCommands, type CommandSurface } from "./cli-surface.js";

const CORPUS = `${FIXTURES}/robustness/hostile-corpus`;
const DRAFT = "tests/fixtures/robustness/draft.md";
const CLAIMS = "tests/fixtures/robustness/claims.txt";
const IDS = ["embassy-opened-1993", "recognition-third", "recognition-one-of-first", "trade-two-billion", "recognition-rank", "alpha-article", "beta-article"];

/** What each known command is asked; a command added later is run bare and with --json. */
const INVOCATIONS: Record<string, string[][]> = {
  check: [
    ["Pakistan opened its embassy in Baku in 1997"],
    ["Pakistan opened its embassy in Baku in March 1993"],
    ["Pakistan was the third country to recognise Azerbaijan"],
    ["Trade between Pakistan and Azerbaijan reached $2 billion in 2019"],
    ["--json", "Pakistan was the third country to recognise Azerbaijan"],
    ["--format", "claimreview", "Pakistan opened its embassy in Baku in 1997"],
    ["-f", CLAIMS],
    ["--json", "-f", CLAIMS],
  ],
  review: [[DRAFT], ["--verbose", "--all", DRAFT], ["--json", DRAFT], ["--format", "sarif", DRAFT], ["--format", "github", DRAFT]],
  cite: [...IDS.map((id) => [id]), ...["mla", "chicago", "harvard", "vancouver"].map((style) => ["--style", style, ...IDS]), ["--json", ...IDS]],
  export: [[], ...["biblatex", "csl-json", "ris", "markdown"].map((format) => ["--format", format])],
  conflicts: [[], ["--brief"], ["--json"]],
  search: [["embassy"], ["Pakistan", "recognise"], ["--json", "trade"]],
  show: [...IDS.map((id) => [id]), ...IDS.map((id) => ["--json", id])],
  timeline: [[], ["--json"]],
  sources: [[], ["--json"]],
  validate: [[], ["--json"], ["--sources-dir", "tests/fixtures/robustness"]],
};

let commands: CommandSurface[];
beforeAll(async () => {
  commands = await discoverCommands();
});

function invocationsOf(command: CommandSurface): string[][] {
  const known = INVOCATIONS[command.name];
  if (known) return known;
  return [[], ...(command.options.some((o) => o.long === "--json") ? [["--json"]] : [])];
}

describe("every renderer neutralises control sequences from the corpus, drafts and batches", () => {
  it("covers every command that --help lists", () => {
    expect(commands.map((c) => c.name)).toEqual(expect.arrayContaining(["check", "show", "search", "sources", "validate"]));
  });

  for (const colour of [false, true]) {
    it(`prints no raw control character ${colour ? "in colour (only pakaz's own colour codes)" : "without colour (no ESC at all)"}`, async () => {
      for (const command of commands) {
        let shownData = false;
        for (const args of invocationsOf(command)) {
          const argv = ["--corpus", CORPUS, colour ? "--color" : "--no-color", command.name, ...args];
          const { code, stdout, stderr } = await runCli(argv);
          const where = argv.slice(3).join(" ");
          expect([0, 1, 2, 3, 4], where).toContain(code);
          const visible = colour ? withoutColour(stdout + stderr) : stdout + stderr;
          expect(visible, where).not.toMatch(RAW_CONTROL);
          if (!colour) expect(visible, where).not.toContain("\u001b");
          // The hostile text did reach the output, made visible rather than dropped.
          if (/␛|\\u001b/.test(stdout)) shownData = true;
        }
        if (command.name !== "validate") expect(shownData, `${command.name} never printed the corpus's text`).toBe(true);
      }
    });
  }

  it("echoes a user's hostile id, value or path in an error as one neutralised line", async () => {
    const attacks = [
      ["show", "\u001b[2J\u001b[Hnope"],
      ["cite", "x\u001b]8;;https://evil.example/\u0007y"],
      ["check", "--top", "\u001b[31m3"],
      ["conflicts", "--kind", "rank\nfake: second line"],
      ["\u001b[2Jfrobnicate"],
      ["check", "--\u001b[2Jfrob", "x"],
    ];
    for (const args of attacks) {
      const { code, stdout, stderr } = await runCli(["--corpus", CORPUS, ...args]);
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).toMatch(/^pakaz: [^\n]*\n$/);
      expect(stderr).not.toMatch(RAW_CONTROL);
      expect(stderr).toMatch(/␛|␤/);
    }
  });
});
