import { existsSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import AjvDraft04 from "ajv-draft-04";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, runCli, spawnCli } from "../helpers/run-cli.js";

// Sentences whose verdicts tests/cli/check.test.ts pins down, so these tests
// assert what review adds (positions, formats, exit codes), not the engine.
const SUPPORTED = "Pakistan opened its embassy in Baku in March 1993.";
const CONTRADICTED = "Pakistan opened its embassy in Baku in 1997.";
const DISPUTED = "Pakistan was the third country to recognise Azerbaijan's independence.";
const UNVERIFIED = "Pakistan won the Cricket World Cup in 1992.";

const DRAFT = [
  "---", // 1
  "title: A test draft", // 2
  "---", // 3
  "", // 4
  "# Pakistan and Azerbaijan", // 5
  "", // 6
  `${SUPPORTED} ${CONTRADICTED}`, // 7: the contradicted sentence starts at column 52
  "", // 8
  `- ${DISPUTED}`, // 9
  `- ${UNVERIFIED}`, // 10
  "", // 11
  "Is it not a fine friendship? In my view the ties between them are strong.", // 12
  "",
].join("\n");

const SARIF_SCHEMA = join(ROOT, "..", "shared", "schemas", "sarif-schema-2.1.0.json");

let dir: string;
let draft: string;
const write = async (name: string, text: string): Promise<string> => {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "pakaz-review-"));
  draft = await write("draft.md", DRAFT);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("pakaz review (text)", () => {
  it("prints each finding at file:line:col with its sentence, what differed and the id, hides supported sentences, and sums up", async () => {
    const { code, stdout, stderr } = await runCli(["review", draft]);
    expect(stderr).toBe("");
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split("\n");
    expect(lines.slice(0, 3)).toEqual([`${draft}:7:52  contradicted`, `  ${CONTRADICTED}`, expect.stringMatching(/^  → you said 1997; /)]);
    expect(lines).toContain("      embassy-pakistan-baku-opened");
    const disputed = lines.indexOf(`${draft}:9:3  disputed`);
    expect(lines[disputed + 2]).toMatch(/^  → sources disagree: Where Pakistan stands/);
    expect(lines.slice(disputed).find((l) => l.trim() === "recognition-rank")).toBe("      recognition-rank");
    expect(lines).toContain(`${draft}:10:3  unverified`);
    expect(stdout).not.toContain(":7:1 ");
    expect(lines.slice(-2).join(" ")).toMatch(/^7 sentences, 4 checkable: 1 supported, 1 contradicted, 1 disputed, 1 unverified \(--verbose shows the supported ones; --all lists the sentences not checked\)$/);
  });

  it("shows supported sentences with --verbose and the unchecked ones, with why, with --all", async () => {
    const { stdout } = await runCli(["review", "--verbose", "--all", draft]);
    expect(stdout).toMatch(new RegExp(`${draft}:7:1  supported\n  Pakistan opened its embassy in Baku in March 1993\\.\n  → .*liberal-perspective`));
    expect(stdout).toContain(`${draft}:5:3  not checkable\n  Pakistan and Azerbaijan\n  → a heading or fragment with no verb`);
    expect(stdout).toContain(`${draft}:12:1  not checkable\n  Is it not a fine friendship?\n  → a question`);
    expect(stdout).toContain(`${draft}:12:30  not checkable\n  In my view the ties between them are strong.\n  → an opinion`);
  });

  it("fits 80 columns when the width is unknown, wrapping at word boundaries and never cutting an id", async () => {
    const long = await write(
      "long.md",
      [
        `${DRAFT}`,
        "Azerbaijan's ambassador to Pakistan is Ali Alizada, and the Joint Ministerial Commission, which first met in Baku, has held five sessions since its inception in September 2000, according to https://example.org/a/very/long/address/that/runs/on/and/on/without/any/space/at/all/for/a/while.",
        "",
      ].join("\n"),
    );
    const { stdout } = await runCli(["review", "--all", "--verbose", long]);
    const lines = stdout.trimEnd().split("\n");
    for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(80);
    // Words are not cut: every word of the sentence is whole on some line.
    expect(stdout).toContain("  Azerbaijan's ambassador to Pakistan is Ali Alizada, and the Joint Ministerial");
    // Each id stands alone on its line, so it can be pasted into `pakaz show`.
    const ids = lines.filter((l) => /^ {6}\S+$/.test(l)).map((l) => l.trim());
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(lines.at(-1)).toMatch(/unverified|not checked\)$/);
    // The terminal's width when there is one ($COLUMNS says it here).
    const wide = (await runCli(["review", long], { env: { COLUMNS: "200" } })).stdout;
    expect(wide.split("\n").some((l) => l.length > 80)).toBe(true);
  });

  it("groups findings by file, in the order given, and counts the files", async () => {
    const other = await write("other.txt", `${CONTRADICTED}\n`);
    const { stdout } = await runCli(["review", other, draft]);
    const blocks = stdout.trimEnd().split("\n\n");
    expect(blocks).toHaveLength(3);
    expect(blocks[0]?.split("\n").slice(0, 2)).toEqual([`${other}:1:1  contradicted`, `  ${CONTRADICTED}`]);
    expect(blocks[1]?.split("\n").filter((l) => !l.startsWith(" ")).every((l) => l.startsWith(`${draft}:`))).toBe(true);
    expect(blocks[2]).toMatch(/^2 files, 8 sentences, 5 checkable: 1 supported, 2 contradicted/);
  });

  it("colours verdicts only when asked or on a terminal", async () => {
    expect((await runCli(["review", draft])).stdout).not.toContain("\u001b[");
    expect((await runCli(["--color", "review", draft])).stdout).toContain("\u001b[");
    expect((await runCli(["review", draft], { tty: true, env: { NO_COLOR: "1" } })).stdout).not.toContain("\u001b[");
  });

  it("never prints a draft's control characters raw", async () => {
    const evil = await write("evil.txt", `Pakistan opened its embassy in Baku in 1997.\u001b[2J Really.\n`);
    const { stdout } = await runCli(["review", "--all", evil]);
    expect(stdout).not.toContain("\u001b");
    expect(stdout).toContain("␛[2J");
  });
});

describe("pakaz review (input)", () => {
  it("reads standard input with -, recognising Markdown by its content", async () => {
    const { code, stdout } = await runCli(["review", "-"], { stdin: DRAFT });
    expect(code).toBe(1);
    expect(stdout).toMatch(/^<stdin>:7:52  contradicted/m);
    expect(stdout).toMatch(/^<stdin>:9:3  disputed/m);
  });

  it("reads a .txt file as plain text: a title line does not run into the paragraph", async () => {
    const text = await write("notes.txt", `Pakistan and Azerbaijan\n${CONTRADICTED} ${UNVERIFIED}\n`);
    const { stdout } = await runCli(["review", "--json", "--all", text]);
    const objects = stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(objects.map((o) => [o.line, o.column, o.sentence])).toEqual([
      [1, 1, "Pakistan and Azerbaijan"],
      [2, 1, CONTRADICTED],
      [2, CONTRADICTED.length + 2, UNVERIFIED],
    ]);
  });

  it("checks the same sentence the same way as pakaz check", async () => {
    const { stdout } = await runCli(["review", "--json", draft]);
    for (const line of stdout.trim().split("\n")) {
      const reviewed = JSON.parse(line);
      const checked = JSON.parse((await runCli(["check", "--json", reviewed.sentence])).stdout);
      expect({ verdict: reviewed.verdict, citations: reviewed.citations, conflicts: reviewed.conflicts }).toEqual({
        verdict: checked.verdict,
        citations: checked.citations,
        conflicts: checked.conflicts,
      });
    }
  });

  it("refuses a missing file, a folder and a bad option with one sentence and exit 2", async () => {
    const missing = await runCli(["review", join(dir, "nope.md")]);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe("");
    expect(missing.stderr.trim().split("\n")).toHaveLength(1);
    expect(missing.stderr).toMatch(/^pakaz: cannot read .*nope\.md: no such file/);
    const folder = await runCli(["review", dir]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toMatch(/not a file/);
    const failOn = await runCli(["review", "--fail-on", "wrong", draft]);
    expect(failOn.code).toBe(2);
    expect(failOn.stderr).toMatch(/^pakaz: invalid value "wrong" for --fail-on: expected one of contradicted, disputed, unverified/);
    expect((await runCli(["review", "--format", "xml", draft])).code).toBe(2);
    expect((await runCli(["review"])).code).toBe(2);
  });
});

describe("pakaz review --json", () => {
  it("prints one JSON object per checkable sentence with its position and the check --json fields", async () => {
    const { code, stdout } = await runCli(["review", "--json", draft]);
    expect(code).toBe(1);
    const objects = stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(objects.map((o) => [o.line, o.column, o.verdict])).toEqual([
      [7, 1, "supported"],
      [7, 52, "contradicted"],
      [9, 3, "disputed"],
      [10, 3, "unverified"],
    ]);
    expect(objects[1]).toMatchObject({ file: draft, endLine: 7, endColumn: 52 + CONTRADICTED.length, sentence: CONTRADICTED, claim: CONTRADICTED, checkable: true });
    for (const o of objects) {
      expect(Array.isArray(o.citations)).toBe(true);
      expect(Array.isArray(o.conflicts)).toBe(true);
    }
    expect(objects[2].conflicts).toContain("recognition-rank");
  });

  it("adds the sentences not checked, with their reason and no verdict, under --all", async () => {
    const objects = (await runCli(["review", "--json", "--all", draft])).stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(objects).toHaveLength(7);
    expect(objects.find((o) => o.line === 12 && o.column === 1)).toMatchObject({ checkable: false, reason: "question", verdict: null });
  });
});

describe("pakaz review --format sarif", () => {
  it("reports contradicted as error, disputed as warning and unverified as note, at the sentence", async () => {
    const { code, stdout } = await runCli(["review", "--format", "sarif", draft]);
    expect(code).toBe(1);
    const log = JSON.parse(stdout);
    const run = log.runs[0];
    expect(run.tool.driver.name).toBe("pakaz");
    const results = run.results.map((r: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: object } }[] }) => ({
      rule: r.ruleId,
      level: r.level,
      uri: r.locations[0]?.physicalLocation.artifactLocation.uri,
      region: r.locations[0]?.physicalLocation.region,
    }));
    expect(results).toHaveLength(3);
    expect(results[0]).toMatchObject({ rule: "contradicted", level: "error", region: { startLine: 7, startColumn: 52, endLine: 7, endColumn: 52 + CONTRADICTED.length } });
    expect(results[1]).toMatchObject({ rule: "disputed", level: "warning", region: { startLine: 9, startColumn: 3 } });
    expect(results[2]).toMatchObject({ rule: "unverified", level: "note", region: { startLine: 10, startColumn: 3 } });
    expect(results[0].uri).toMatch(/^[^\\ ]*draft\.md$/);
    expect(run.results[0].message.text).toMatch(new RegExp(`^Contradicted: you said 1997; .*\\. Sentence: “${CONTRADICTED.replace(/\./g, "\\.")}”$`));
  });

  it.runIf(existsSync(SARIF_SCHEMA))("validates against the official SARIF 2.1.0 schema", async () => {
    const spaced = await mkdir(join(dir, "my drafts"), { recursive: true }).then(() => write(join("my drafts", "draft, final.md"), DRAFT));
    const { stdout } = await runCli(["review", "--format", "sarif", spaced, draft]);
    // ajv-formats is not a dependency: the three formats the schema uses, checked for real.
    // A CommonJS module: its default import is module.exports, whose .default is the class.
    const Ajv = AjvDraft04.default;
    const ajv = new Ajv({ allErrors: true, strict: false });
    ajv.addFormat("uri", (v: string) => URL.canParse(v) && /^[a-z][a-z0-9+.-]*:/i.test(v));
    ajv.addFormat("uri-reference", (v: string) => !/[\s\\<>"{}|^`]/.test(v) && URL.canParse(v, "file:///base/"));
    ajv.addFormat("date-time", (v: string) => !Number.isNaN(Date.parse(v)) && /^\d{4}-\d\d-\d\dT/.test(v));
    const validate = ajv.compile(JSON.parse(readFileSync(SARIF_SCHEMA, "utf8")));
    const log = JSON.parse(stdout);
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toMatch(/my%20drafts\/draft,%20final\.md$/);
    // The validator is not a rubber stamp.
    expect(validate({ ...log, version: "2.0.0" })).toBe(false);
  });
});

describe("pakaz review --format github", () => {
  it("prints workflow commands GitHub Actions turns into annotations", async () => {
    const { code, stdout } = await runCli(["review", "--format", "github", draft]);
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(new RegExp(`^::error file=[^,]*draft\\.md,line=7,col=52,endLine=7,endColumn=${52 + CONTRADICTED.length},title=pakaz%3A contradicted::you said 1997`));
    expect(lines[1]).toMatch(/^::warning file=[^,]*draft\.md,line=9,col=3,.*::sources disagree/);
    expect(lines[2]).toMatch(/^::notice file=[^,]*draft\.md,line=10,col=3,/);
    expect(lines[3]).toBe("pakaz review: 7 sentences, 4 checkable: 1 supported, 1 contradicted, 1 disputed, 1 unverified");
  });

  it("escapes commas and colons in file names so they cannot start another property", async () => {
    const odd = await write("a,b:c.md", `${CONTRADICTED}\n`);
    const { stdout } = await runCli(["review", "--format", "github", odd]);
    expect(stdout).toMatch(/^::error file=[^,]*a%2Cb%3Ac\.md,line=1,col=1,/);
  });
});

describe("pakaz review exit status", () => {
  const cases: Array<[string, string[], string[], number]> = [
    ["every verdict, by default", [SUPPORTED, CONTRADICTED, DISPUTED, UNVERIFIED], [], 1],
    ["every verdict, --fail-on contradicted", [SUPPORTED, CONTRADICTED, DISPUTED, UNVERIFIED], ["--fail-on", "contradicted"], 1],
    ["disputed and unverified, by default", [SUPPORTED, DISPUTED, UNVERIFIED], [], 3],
    ["disputed and unverified, --fail-on disputed", [SUPPORTED, DISPUTED, UNVERIFIED], ["--fail-on", "disputed"], 3],
    ["disputed and unverified, --fail-on contradicted", [SUPPORTED, DISPUTED, UNVERIFIED], ["--fail-on", "contradicted"], 0],
    ["unverified only, by default", [SUPPORTED, UNVERIFIED], [], 4],
    ["unverified only, --fail-on disputed", [SUPPORTED, UNVERIFIED], ["--fail-on", "disputed"], 0],
    ["supported and opinions only", [SUPPORTED, "In my view the ties are strong."], [], 0],
    ["nothing checkable", ["What a friendship it is!"], [], 0],
  ];
  it.each(cases)("%s", async (_name, sentences, flags, expected) => {
    const path = await write(`exit-${expected}-${flags.join("")}-${sentences.length}.md`, `${sentences.join(" ")}\n`);
    expect((await runCli(["review", ...flags, path])).code).toBe(expected);
  });

  it("sets the exit status of the real executable, reading stdin", () => {
    const stdin = `${SUPPORTED} ${DISPUTED}\n`;
    const failing = spawnCli(["review", "--format", "sarif", "-"], { stdin });
    expect(failing.code).toBe(3);
    expect(JSON.parse(failing.stdout).runs[0].results[0].level).toBe("warning");
    expect(spawnCli(["review", "--fail-on", "contradicted", "-"], { stdin }).code).toBe(0);
  });
});

describe("pakaz review refuses what is not a draft", () => {
  const refused = (outcome: { code: number; stdout: string; stderr: string }, reason: RegExp): void => {
    expect(outcome.code).toBe(2);
    expect(outcome.stdout).toBe("");
    expect(outcome.stderr.trim().split("\n")).toHaveLength(1);
    expect(outcome.stderr).toMatch(reason);
  };

  it("refuses a file with NUL bytes, before printing anything for the files before it", async () => {
    const binary = join(dir, "image.md");
    await writeFile(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    refused(await runCli(["review", draft, binary]), /^pakaz: cannot review .*image\.md: not a text file \(it contains NUL bytes\)/);
  });

  it("refuses a file that is not UTF-8 beyond a small share, and reads one with a stray Latin-1 letter", async () => {
    const latin1 = join(dir, "latin1.txt");
    await writeFile(latin1, Buffer.from(`${"Caf\xe9 \xe0 Bak\xfc, na\xefve r\xe9sum\xe9. ".repeat(20)}\n`, "latin1"));
    refused(await runCli(["review", latin1]), /not UTF-8 text \(\d+ of its \d+ characters/);
    const stray = join(dir, "stray.txt");
    await writeFile(stray, Buffer.concat([Buffer.from(`${SUPPORTED} `.repeat(4)), Buffer.from("Caf\xe9.\n", "latin1")]));
    expect((await runCli(["review", stray])).code).toBe(0);
  });

  it("refuses a draft over 5 MiB, from a file or from standard input, and says so in --help", async () => {
    const big = join(dir, "big.md");
    const text = `${SUPPORTED}\n`.repeat(Math.ceil((5 * 1024 * 1024 + 1) / (SUPPORTED.length + 1)));
    await writeFile(big, text);
    refused(await runCli(["review", big]), /larger than 5 MiB, the most review reads/);
    refused(await runCli(["review", "-"], { stdin: text }), /^pakaz: cannot review <stdin>: larger than 5 MiB/);
    expect((await runCli(["review", "--help"])).stdout).toContain("at most 5 MiB");
  });

  it("stops reading standard input fed without end at the bound", async () => {
    const { spawn } = await import("node:child_process");
    const { BIN } = await import("../helpers/run-cli.js");
    const child = spawn(process.execPath, [BIN, "review", "-"], { cwd: ROOT, env: { PATH: process.env.PATH ?? "" } });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.stdin.on("error", () => undefined); // the reader leaves: EPIPE is the point
    const chunk = Buffer.from(`${SUPPORTED} `.repeat(1000));
    let fed = 0;
    const feed = (): void => {
      while (child.exitCode === null && fed < 1024 * 1024 * 1024) {
        fed += chunk.length;
        if (!child.stdin.write(chunk)) return void child.stdin.once("drain", feed);
      }
    };
    feed();
    const code = await new Promise<number | null>((done) => child.on("close", done));
    expect(code).toBe(2);
    expect(stderr).toMatch(/^pakaz: cannot review <stdin>: larger than 5 MiB/);
    // It read little past the bound: the rest stayed in the pipe, unread.
    expect(fed).toBeLessThan(64 * 1024 * 1024);
  });
});
