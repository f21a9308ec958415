// What a first user tripped over (issue 22): each case failed before its fix.

import { existsSync } from "node:fs";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sentenceCase } from "../../src/core/cite/sentence-case.js";
import { runCli, SEEDS, spawnCli } from "../helpers/run-cli.js";

describe("help and verdicts, as a newcomer reads them", () => {
  it("pakaz --help wraps its description as one paragraph, not mid-phrase", () => {
    const { stdout } = spawnCli(["--help"]);
    const lines = stdout.split("\n");
    const start = lines.findIndex((l) => l.startsWith("Check statements"));
    const end = lines.indexOf("", start);
    const paragraph = lines.slice(start, end);
    expect(paragraph.join(" ")).toBe(
      "Check statements about Pakistan–Azerbaijan relations against five published articles, with the quotes that support or contradict them and the places where the sources disagree.",
    );
    // Every line but the last is filled: none was broken after a word or two.
    for (const line of paragraph.slice(0, -1)) expect(line.length).toBeGreaterThan(60);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
  });

  it("does not dim the reason line of a verdict, the line that matters most", async () => {
    const { stdout } = await runCli(["--color", "check", "Pakistan opened its embassy in Baku in 1997"]);
    const first = stdout.split("\n")[0] ?? "";
    expect(first).toContain("the sources speak to this and say otherwise");
    expect(first).not.toContain("\u001b[2m");
  });
});

describe("check -f in text", () => {
  it("heads each answer with file and line, and ends with a summary, as review does", async () => {
    const stdin = ["# claims to check", "Pakistan opened its embassy in Baku in March 1993", "", "Pakistan opened its embassy in Baku in 1997", "Azerbaijan won the Eurovision Song Contest in 2011", "x".repeat(1001)].join("\n");
    const { code, stdout, stderr } = await runCli(["check", "-f", "-"], { stdin });
    expect(code).toBe(1);
    expect(stderr).toBe("pakaz: -:6: skipped, longer than 1000 characters\n");
    const heads = stdout.split("\n").filter((line) => /^\S/.test(line));
    expect(heads.filter((line) => !line.startsWith("Evidence") && !line.startsWith("Did you mean") && !line.startsWith("Conflicts"))).toEqual([
      "<stdin>:2  SUPPORTED  the sources state this, and none disagrees",
      "<stdin>:4  CONTRADICTED  the sources speak to this and say otherwise",
      "<stdin>:5  UNVERIFIED  the sources do not speak to this",
      "3 claims checked: 1 supported, 1 contradicted, 0 disputed, 1 unverified; 1 line skipped",
    ]);
    expect(stdout.endsWith("1 line skipped\n")).toBe(true);
  });

  it("names the file as it was given", async () => {
    const { stdout } = await runCli(["check", "-f", "tests/fixtures/robustness/claims.txt"]);
    expect(stdout).toMatch(/^tests\/fixtures\/robustness\/claims\.txt:\d+ {2}[A-Z]+ {2}/);
    expect(stdout).toMatch(/\n\d+ claims? checked: \d+ supported, \d+ contradicted, \d+ disputed, \d+ unverified(?:; \d+ lines? skipped)?\n$/);
  });
});

describe("export -o with an extension pakaz does not know", () => {
  it("is an error that lists the known ones, and writes nothing (it wrote BibTeX)", async () => {
    const dir = await mkdtemp(join(tmpdir(), "pakaz-ext-"));
    try {
      const target = join(dir, "refs.xyz");
      const { code, stdout, stderr } = await runCli(["export", "-o", target]);
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).toBe(`pakaz: invalid value "${target}" for -o: expected a file name ending in .bib, .ris, .json, .md or .markdown, or the format given with --format\n`);
      expect(await readdir(dir)).toEqual([]);
      // With --format, any name will do.
      expect((await runCli(["export", "--format", "ris", "-o", target])).code).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("validate --sources-dir with a folder that holds none of the articles", () => {
  it("fails naming the files, without a heading that has nothing under it", async () => {
    const dir = await mkdtemp(join(tmpdir(), "pakaz-seeds-"));
    try {
      const { code, stdout } = await runCli(["validate", "--sources-dir", dir]);
      expect(code).toBe(2);
      expect(stdout).toMatch(/article text for khan-new-phase not found/);
      expect(stdout).not.toContain("quotes verified verbatim per source:");
      expect(stdout).toContain("no quote verified: none of the article texts was found\n");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("references a reference manager can use", () => {
  it("BibTeX gives a date range's first year in year, and the range in note (year = {2024--2025} is no year)", async () => {
    const { stdout } = await runCli(["export", "--claims", "liberal-perspective"]);
    expect(stdout).toContain("\tyear = {2024},\n");
    expect(stdout).toMatch(/\tnote = \{Published 2024–2025\. Date inferred: /);
    // BibLaTeX's date holds the range itself.
    expect((await runCli(["export", "--format", "biblatex", "--claims", "liberal-perspective"])).stdout).toContain("\tdate = {2024/2025},\n");
  });

  it("keeps the curators' title of the interview in brackets, as sources does (APA and CSL's form for a description)", async () => {
    const cite = await runCli(["cite", "mohiuddin-interview"]);
    expect(cite.stdout).toMatch(/\[Interview with Pakistan’s (?:A|a)mbassador Qasim Mohiuddin\]/);
    for (const format of ["bibtex", "ris", "csl-json", "markdown"]) {
      const { stdout } = await runCli(["export", "--format", format, "--claims", "mohiuddin-interview"]);
      expect(stdout, format).toMatch(/\[\{?Interview\}? with \{?Pakistan\}?(’|\\textquoteright\{\})s \{?(?:A|a)mbassador\}? \{?Qasim\}? \{?Mohiuddin\}?\]/);
    }
  });
});

describe("numbered styles", () => {
  const first = (stdout: string): string[] => stdout.split("\n").filter((line) => /^(?:\d+\.|\[\d+\]) /.test(line)).map((line) => line.slice(0, 16));

  it("number the references in the order the ids were given (Vancouver numbered them by date)", async () => {
    const { stdout } = await runCli(["cite", "--style", "vancouver", "mohiuddin-interview", "ali-fortifying", "khan-new-phase"]);
    expect(first(stdout)).toEqual(["1. Mohiuddin Q. ", "2. Ali S. Fortif", "3. Khan MUH. Pak"]);
    const markdown = await runCli(["export", "--format", "markdown", "--style", "vancouver", "--claims", "mohiuddin-interview,ali-fortifying"]);
    expect(markdown.stdout.indexOf("Mohiuddin Q.")).toBeLessThan(markdown.stdout.indexOf("Ali S."));
  });

  it.skipIf(!existsSync(join(SEEDS, "..", "csl", "ieee.csl")))("IEEE too", async () => {
    const { stdout } = await runCli(["cite", "--style", join(SEEDS, "..", "csl", "ieee.csl"), "mohiuddin-interview", "ali-fortifying"]);
    expect(first(stdout)).toEqual(["[1] Q. Mohiuddin", "[2] S. Ali, “For"]);
  });
});

describe("dates, written one way", () => {
  it("sources writes an article's date as show, conflicts and timeline do (it wrote 2016-11 and 2024/2025)", async () => {
    const { stdout } = await runCli(["sources"]);
    expect(stdout).toContain("ali-fortifying  November 2016 (inferred)  ");
    expect(stdout).toContain("liberal-perspective  2024–2025 (inferred)  ");
    for (const args of [["sources"], ["show", "ali-fortifying"], ["show", "liberal-perspective"], ["conflicts"], ["timeline"]]) {
      const text = (await runCli(args)).stdout;
      expect(text, args.join(" ")).not.toMatch(/\b(?:2016-11|2024\/2025|2025-01)\b/);
    }
  });
});

describe("APA titles, one way", () => {
  it("are in sentence case for every source, names kept (two were printed in title case)", async () => {
    const { stdout } = await runCli(["cite", "khan-new-phase", "mutual-beneficial", "ali-fortifying", "liberal-perspective", "mohiuddin-interview"]);
    expect(stdout).toContain("Pakistan-Azerbaijan bilateral relation’s new phase of development.");
    expect(stdout).toContain("Pakistan and Azerbaijan: A mutual beneficial relationship.");
    expect(stdout).toContain("Fortifying relations with Azerbaijan: Future prospects for Pakistan.");
    expect(stdout).toContain("Pakistan-Azerbaijan political interdependence; A liberal perspective.");
    expect(stdout).toContain("[Interview with Pakistan’s ambassador Qasim Mohiuddin]");
    // Title-case styles still title-case them.
    const mla = await runCli(["cite", "--style", "mla", "liberal-perspective", "ali-fortifying"]);
    expect(mla.stdout).toContain("Pakistan-Azerbaijan Political Interdependence; A Liberal Perspective.");
    expect(mla.stdout).toContain("“Fortifying Relations with Azerbaijan: Future Prospects for Pakistan.”");
  });
});

describe("sentenceCase", () => {
  it("lowers every word but the first of a title or subtitle, names, and acronyms", () => {
    const names = ["Pakistan", "Azerbaijan", "Qasim Mohiuddin", "Joint Ministerial Commission"];
    expect(sentenceCase("The Joint Ministerial Commission Meets In Baku: What Pakistan Wants", names)).toBe("The Joint Ministerial Commission meets in baku: What Pakistan wants");
    expect(sentenceCase("[Interview With Qasim Mohiuddin]", names)).toBe("[Interview with Qasim Mohiuddin]");
    expect(sentenceCase("JF-17 Sales and COP29 Talks", names)).toBe("JF-17 sales and COP29 talks");
    expect(sentenceCase("Pakistan’s New Role", names)).toBe("Pakistan’s new role");
  });
});

describe("timeline and relatively dated events", () => {
  interface Entry {
    claim: string;
    label: string;
    inferred?: string;
  }

  it("includes them, dated from their article as check dates them, and marked inferred", async () => {
    const { stdout } = await runCli(["timeline", "--json"]);
    const entries = JSON.parse(stdout) as Entry[];
    const of = (claim: string): Entry | undefined => entries.find((e) => e.claim === claim);
    expect(of("jmc-eighth-session-islamabad")).toMatchObject({ label: "January 2025", inferred: expect.stringContaining("“last week”") });
    expect(of("tourism-pakistani-visitors-eighty-thousand")).toMatchObject({ label: "2024", inferred: expect.stringContaining("“last year”") });
    expect(of("defence-pakistan-senior-participation-adex-baku")).toMatchObject({ label: "September 2024" });
    expect(of("defence-ideas-azerbaijan-participation")).toMatchObject({ label: "December 2024" });
    expect(of("visit-shehbaz-sharif-azerbaijan-february-planned")).toMatchObject({ label: "February 2025", inferred: expect.stringContaining("“in February”") });
    // A claim with dates of its own is placed by them alone.
    expect(entries.filter((e) => e.claim === "recognition-third-country").every((e) => e.inferred === undefined)).toBe(true);
  });

  it("marks them in text", async () => {
    const { stdout } = await runCli(["timeline", "--from", "2025"]);
    expect(stdout).toMatch(/^January 2025 ~ +The 8th session of the Pakistan–Azerbaijan Joint/m);
    expect(stdout.replace(/\n\s+/g, " ")).toMatch(/~ inferred from “last week” and the date of mohiuddin-interview \(January 2025, itself inferred\)/);
    expect(stdout.split("\n")[0]).toMatch(/\d+ inferred, marked ~/);
  });
});
