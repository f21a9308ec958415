// Property tests of the whole CLI, in-process: every command that --help
// lists, with generated arguments, option values and standard input. Whatever
// the input, pakaz answers with a documented exit status, one clean sentence
// on stderr for an error (never a stack trace), valid JSON when --json is
// given, and nothing that could drive the terminal.

import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { FIXTURES, runCli } from "../helpers/run-cli.js";
import { claimText, optionValue, RAW_CONTROL, TERMINAL_ATTACKS, withoutColour } from "./arbitraries.js";
import { discoverCommands, type CommandSurface, type OptionSurface } from "./cli-surface.js";

const EXIT_CODES = [0, 1, 2, 3, 4];
const HOSTILE_CORPUS = `${FIXTURES}/robustness/hostile-corpus`;
const CLAIMS_FILE = "tests/fixtures/robustness/claims.txt";
const DRAFT_FILE = "tests/fixtures/robustness/draft.md";
/** Files a command may read: stdin, small fixtures, a folder, nothing, an empty device. */
const READABLE_PATHS = ["-", "-", CLAIMS_FILE, DRAFT_FILE, DRAFT_FILE, "tests/fixtures/robustness", "/nonexistent/claims.txt", "/dev/null"];
/** Places no file can be written, so a generated -o never touches the tree. */
const UNWRITABLE_PATHS = ["/nonexistent/folder/out.bib", "tests/fixtures/robustness", "/proc/pakaz-robustness.bib", "-"];
/** Mostly the hostile corpus (valid, with control sequences in every text field), sometimes none or a broken one. */
const CORPORA = [...Array<string>(12).fill(HOSTILE_CORPUS), "/nonexistent/corpus", `${FIXTURES}/robustness/hostile-corpus/claims.yaml`];

let commands: CommandSurface[];
beforeAll(async () => {
  commands = await discoverCommands();
});

/** Values each known option accepts, so that most runs get past option checking and do real work. */
const VALID: Record<string, string[]> = {
  "--top": ["1", "2", "3", "10"],
  "--limit": ["1", "3", "10"],
  "check --format": ["text", "json", "claimreview"],
  "review --format": ["text", "json", "sarif", "github"],
  "export --format": ["bibtex", "biblatex", "csl-json", "ris", "markdown", "markdown"],
  "--fail-on": ["contradicted", "disputed", "unverified"],
  "--syntax": ["auto", "markdown", "text"],
  "--style": ["apa", "mla", "chicago", "harvard", "vancouver"],
  "--kind": ["rank", "date", "figure"],
  "--topic": ["recognition", "trade", "diplomacy"],
  "--source": ["alpha-article", "beta-article"],
  "--claims": ["recognition-rank", "embassy-opened-1993,trade-two-billion", "alpha-article"],
  "--from": ["1990", "2015"],
  "--to": ["2000", "2025"],
};

function valueFor(command: string, option: OptionSurface): fc.Arbitrary<string> {
  const placeholder = option.value ?? "";
  if (option.long === "--output") return fc.constantFrom(...UNWRITABLE_PATHS);
  if (/file|dir/.test(placeholder)) return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...READABLE_PATHS) }, { weight: 1, arbitrary: optionValue });
  const key = [`${command} ${option.long}`, option.long].find((k) => Object.hasOwn(VALID, k));
  const valid = key === undefined ? undefined : VALID[key];
  const odd = option.long === "--style" ? fc.oneof(fc.constantFrom("/dev/null", "package.json", "/nonexistent.csl"), optionValue) : optionValue;
  return valid ? fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...valid) }, { weight: 1, arbitrary: odd }) : odd;
}

/** A positional argument: never starting with "-" (that is an option, tested on its own) unless it is "-". */
function positional(name: string): fc.Arbitrary<string> {
  const value = /file/.test(name)
    ? fc.constantFrom(...READABLE_PATHS)
    : /id/.test(name)
      ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom("recognition-rank", "embassy-opened-1993", "alpha-article", "beta-article", "trade-two-billion", "recognitio-rank") }, { weight: 1, arbitrary: optionValue })
      : fc.oneof({ weight: 4, arbitrary: claimText.map((text) => text.slice(0, 200)) }, { weight: 1, arbitrary: optionValue });
  return value.filter((v) => v === "-" || !v.startsWith("-"));
}

interface Invocation {
  argv: string[];
  json: boolean;
  colour: boolean;
  stdin: string;
}

function invocation(command: CommandSurface): fc.Arbitrary<Invocation> {
  const optionPicks = command.options.map((option) =>
    fc.option(option.value === undefined ? fc.constant<string[]>([option.long]) : valueFor(command.name, option).map((v) => [option.long, v]), { nil: undefined, freq: 2 }),
  );
  const args = command.args.map((arg) =>
    arg.variadic ? fc.array(positional(arg.name), { minLength: arg.required ? 1 : 0, maxLength: 3 }) : positional(arg.name).map((v) => [v]),
  );
  return fc
    .record({
      corpus: fc.constantFrom(...CORPORA),
      colour: fc.boolean(),
      options: fc.tuple(...optionPicks),
      args: fc.tuple(...args),
      stdin: fc.array(fc.oneof(claimText.map((t) => t.slice(0, 300)), fc.constantFrom("", "# comment", "x".repeat(1200), ...TERMINAL_ATTACKS)), { maxLength: 4 }),
    })
    .map(({ corpus, colour, options, args, stdin }) => {
      const picked = options.filter((o): o is string[] => o !== undefined);
      return {
        argv: ["--corpus", corpus, colour ? "--color" : "--no-color", command.name, ...picked.flat(), ...args.flat()],
        // --format, when given, decides over --json ("same as --format json").
        json: picked.some((o) => o[0] === "--format")
          ? picked.some((o) => o[0] === "--format" && /^(json|claimreview|sarif|csl-json)$/.test(o[1] ?? ""))
          : picked.some((o) => o[0] === "--json"),
        colour,
        stdin: stdin.join("\n"),
      };
    });
}

function expectJson(stdout: string): void {
  if (stdout.trim() === "") return;
  try {
    JSON.parse(stdout);
  } catch {
    // JSON Lines: one value per line.
    for (const line of stdout.split("\n").filter((l) => l.trim() !== "")) expect(() => JSON.parse(line), `not JSON: ${line.slice(0, 120)}`).not.toThrow();
  }
}

/** Everything pakaz promises about one run, whatever the input. */
async function expectWellBehaved({ argv, json, colour, stdin }: Invocation): Promise<void> {
  const { code, stdout, stderr } = await runCli(argv, { stdin });
  expect(EXIT_CODES).toContain(code);
  expect(stderr).not.toMatch(/internal error/);
  expect(stderr).not.toMatch(/^\s+at .*:\d+:\d+\)?$/m);
  const visible = (text: string): string => (colour ? withoutColour(text) : text);
  expect(visible(stdout)).not.toMatch(RAW_CONTROL);
  expect(visible(stderr)).not.toMatch(RAW_CONTROL);
  if (!colour) expect(stdout + stderr).not.toContain("\u001b");
  for (const line of stderr.split("\n").filter((l) => l !== "")) expect(line).toMatch(/^pakaz: /);
  // validate's report of corpus problems is its output, on stdout, like a linter's.
  if (code === 2) expect(stderr !== "" || (argv.includes("validate") && /problems? found|"problems"/.test(stdout))).toBe(true);
  if (json && code !== 2) expectJson(stdout);
}

const lines = (maxLength: number): fc.Arbitrary<string> =>
  fc.array(fc.oneof({ weight: 4, arbitrary: claimText.map((t) => t.slice(0, 400)) }, { weight: 1, arbitrary: fc.constantFrom("", "# comment", "x".repeat(1200), ...TERMINAL_ATTACKS) }), { maxLength }).map((l) => l.join("\n"));

describe("every command, with generated arguments", () => {
  it("exits 0–4, speaks one clean sentence per error, prints valid JSON and no terminal controls (1,000 runs)", async () => {
    expect(commands.length).toBeGreaterThan(0);
    await fc.assert(fc.asyncProperty(fc.constantFrom(...commands).chain(invocation), expectWellBehaved), { numRuns: 1000 });
  });

  it("check -f - answers a generated batch line by line, as JSON Lines with --json (150 batches)", async () => {
    const batch = fc.record({ json: fc.boolean(), colour: fc.boolean(), stdin: lines(8) }).map(({ json, colour, stdin }) => ({
      argv: ["--corpus", HOSTILE_CORPUS, colour ? "--color" : "--no-color", "check", "-f", "-", ...(json ? ["--json"] : [])],
      json,
      colour,
      stdin,
    }));
    await fc.assert(fc.asyncProperty(batch, expectWellBehaved), { numRuns: 150 });
  });

  it("review - reads any draft from stdin (100 drafts, when review exists)", async (context) => {
    const review = commands.find((c) => c.name === "review");
    if (review === undefined) return context.skip();
    const formats = ["text", "json", ...(review.options.some((o) => o.long === "--format") ? ["sarif", "github"] : [])];
    const draft = fc.record({ format: fc.constantFrom(...formats), colour: fc.boolean(), stdin: lines(12) }).map(({ format, colour, stdin }) => ({
      argv: ["--corpus", HOSTILE_CORPUS, colour ? "--color" : "--no-color", "review", ...(format === "json" ? ["--json"] : format === "text" ? [] : ["--format", format]), "-"],
      json: format === "json" || format === "sarif",
      colour,
      stdin,
    }));
    await fc.assert(fc.asyncProperty(draft, expectWellBehaved), { numRuns: 100 });
  });
});
