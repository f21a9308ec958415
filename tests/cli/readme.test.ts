// The README's examples, run against the real CLI, so that they cannot drift
// from what pakaz prints (issue 22: the first example's second bullet had
// gone, and no one noticed). Each ```console block is a session: a line
// "$ command" runs it, the lines up to the next "$ " are what it prints
// (standard output, then standard error), and `$ echo $?` prints the status
// of the command before. In the expected text, a line of "…" alone stands
// for any number of lines, a "…" inside a line for any characters on it,
// and one that ends a line for the rest of that line and of the paragraph
// (any lines); every other line must be there, in order, as shown.

import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN, ROOT, SEEDS } from "../helpers/run-cli.js";

interface Example {
  command: string;
  expected: string[];
  /** Where it is in the README, for the failure message. */
  line: number;
}

/** The console blocks of a Markdown text, as lists of examples. */
export function consoleExamples(markdown: string): Example[][] {
  const sessions: Example[][] = [];
  const lines = markdown.split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]?.trim() !== "```console") continue;
    const session: Example[] = [];
    for (i++; i < lines.length && lines[i]?.trim() !== "```"; i++) {
      const line = lines[i] ?? "";
      if (line.startsWith("$ ")) session.push({ command: line.slice(2), expected: [], line: i + 1 });
      else session.at(-1)?.expected.push(line);
    }
    sessions.push(session);
  }
  return sessions;
}

/** A command line split as sh would split this README's (words, "double" and 'single' quotes). */
export function shellWords(command: string): string[] {
  const words: string[] = [];
  const pattern = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g;
  for (const match of command.matchAll(pattern)) words.push(match[1] !== undefined ? match[1].replace(/\\(.)/g, "$1") : (match[2] ?? match[3] ?? ""));
  return words;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A shown line as a pattern: "…" inside it matches anything on the line. */
function linePattern(shown: string): RegExp {
  return new RegExp(`^${shown.split("…").map(escapeRegExp).join(".*")}$`);
}

/**
 * Undefined when `actual` shows what `expected` says (see the top of the
 * file), or the first expected line that was not found.
 */
export function findMismatch(expected: readonly string[], actual: readonly string[]): string | undefined {
  // Trailing blank lines of a block are layout, not output.
  const shown = [...expected];
  while (shown.length > 0 && shown.at(-1)?.trim() === "") shown.pop();
  const got = [...actual];
  while (got.length > 0 && got.at(-1)?.trim() === "") got.pop();
  let at = 0;
  let free = false;
  for (const line of shown) {
    if (line.trim() === "…") {
      free = true;
      continue;
    }
    const pattern = linePattern(line);
    if (free) {
      while (at < got.length && !pattern.test(got[at] ?? "")) at++;
    }
    if (at >= got.length || !pattern.test(got[at] ?? "")) return line;
    at++;
    // "…" at the end of a line: "and so on", as in a long paragraph cut short.
    free = line.trimEnd().endsWith("…");
  }
  return free || at === got.length ? undefined : `(more output than shown: ${JSON.stringify(got[at])})`;
}

let work: string;
let base: string;
let readme: string;
beforeAll(async () => {
  readme = await readFile(join(ROOT, "README.md"), "utf8");
  // The examples' working folder: the README's draft.md, an image, the
  // repository's test fixtures, and the article texts at ../shared/seeds, as in a clone.
  base = await mkdtemp(join(tmpdir(), "pakaz-readme-"));
  work = join(base, "work");
  await mkdir(join(base, "shared"), { recursive: true });
  await mkdir(work);
  await symlink(SEEDS, join(base, "shared", "seeds"));
  await symlink(join(ROOT, "tests"), join(work, "tests"));
  const draft = /Given this `draft\.md`:\n\n```markdown\n([\s\S]*?)```/.exec(readme)?.[1];
  if (draft === undefined) throw new Error("README: no draft.md block");
  await writeFile(join(work, "draft.md"), draft);
  // The image that the limits example refuses: a PNG's first bytes hold NULs.
  await writeFile(join(work, "photo.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
});
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

function run(words: string[]): { status: number; output: string[] } {
  const result = spawnSync(process.execPath, [BIN, ...words], {
    cwd: work,
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", XDG_CACHE_HOME: join(base, "cache"), HOME: base },
    timeout: 60_000,
  });
  return { status: result.status ?? -1, output: `${result.stdout}${result.stderr}`.split("\n") };
}

describe("the matcher", () => {
  it("takes … lines as any lines, … in a line as any characters, and every other line as shown", () => {
    expect(findMismatch(["a", "…", "d"], ["a", "b", "c", "d"])).toBeUndefined();
    expect(findMismatch(["a", "c"], ["a", "b", "c"])).toBe("c");
    expect(findMismatch(["a …", "…"], ["a long line", "more"])).toBeUndefined();
    expect(findMismatch(["a"], ["a", "b"])).toMatch(/more output/);
    expect(findMismatch(["a …", "d"], ["a b", "c", "d"])).toBeUndefined();
    expect(shellWords(`pakaz check "it's \\"here\\"" 'a b' c`)).toEqual(["pakaz", "check", `it's "here"`, "a b", "c"]);
  });
});

describe("the README's console examples", () => {
  it("has some, each a pakaz command or echo $?", () => {
    const examples = consoleExamples(readme).flat();
    expect(examples.length).toBeGreaterThan(20);
    for (const example of examples) expect(example.command).toMatch(/^(?:pakaz |echo \$\?$)/);
  });

  it("starts with a quick start whose check succeeds (exit 0), so a newcomer or set -e does not read it as a failed install", () => {
    const command = /## Quick start[\s\S]*?```sh\nnpm ci && node bin\/pakaz\.js (.+)\n```/.exec(readme)?.[1];
    expect(command).toBeDefined();
    const { status, output } = run(shellWords(command ?? ""));
    expect(output[0]).toMatch(/^SUPPORTED/);
    expect(status).toBe(0);
  });

  it("says how long npm test takes, next to the command", () => {
    expect(readme).toMatch(/```sh\nnpm test\n```\n\nIt builds the CLI, type-checks and runs every test: about \d+ minutes/);
  });

  it("print what the README shows", () => {
    const failures: string[] = [];
    for (const session of consoleExamples(readme)) {
      let status: number | undefined;
      for (const example of session) {
        let output: string[];
        if (example.command === "echo $?") {
          output = [String(status), ""];
        } else {
          const ran = run(shellWords(example.command).slice(1));
          status = ran.status;
          output = ran.output;
        }
        const missing = findMismatch(example.expected, output);
        if (missing !== undefined) failures.push(`README.md:${example.line}: $ ${example.command}\n  expected: ${missing}\n  got:\n${output.map((l) => `    ${l}`).join("\n")}`);
      }
    }
    expect(failures.join("\n\n")).toBe("");
  });
});
