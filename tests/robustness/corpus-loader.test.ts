// Property tests of the corpus loader (YAML text → checked corpus) on files
// that other people write: random bytes, YAML built from hostile pieces
// (prototype keys, anchors and aliases, deep nesting, huge numbers, tags),
// and valid files damaged at random. The loader must answer with a corpus or
// with problems that point inside the file, in bounded time, and must never
// let a key reach Object.prototype.

import { readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCorpus } from "../../src/core/corpus/load-corpus.js";
import { MAX_YAML_DEPTH, parseCorpusFile } from "../../src/core/corpus/parse-corpus.js";
import { readCorpusFiles } from "../../src/core/corpus/read-corpus.js";
import type { PakazError } from "../../src/core/errors.js";
import type { Location } from "../../src/core/types.js";
import { formatError } from "../../src/cli/messages.js";
import { sanitizeTerminalLine } from "../../src/render/sanitize-terminal-text.js";
import { FIXTURES } from "../helpers/run-cli.js";
import { invalidUtf8, RAW_CONTROL, TERMINAL_ATTACKS } from "./arbitraries.js";

/** Far above what these small inputs take; catches only runaway parsing. */
const CEILING_MS = 5000;
const HOSTILE = join(FIXTURES, "robustness", "hostile-corpus");
const VALID_FILES = ["sources.yaml", "entities.yaml", "claims.yaml", "conflicts.yaml"].map((name) => ({
  path: `hostile-corpus/${name}`,
  text: readFileSync(join(HOSTILE, name), "utf8"),
}));

function locationOf(problem: PakazError): Location | undefined {
  return "at" in problem ? problem.at : undefined;
}

/** Loads `text` as one file of a corpus and checks every promise the loader makes. */
function loadChecked(text: string, path = "fuzz.yaml", others: ReadonlyArray<{ path: string; text: string }> = []): ReturnType<typeof buildCorpus> {
  const started = performance.now();
  const result = buildCorpus([...others, { path, text }]);
  expect(performance.now() - started).toBeLessThan(CEILING_MS);
  const lines = text.split(/\r\n|\r|\n/).length;
  for (const problem of result.problems) {
    const at = locationOf(problem);
    if (at !== undefined && at.file === path) {
      expect(at.line).toBeGreaterThanOrEqual(1);
      expect(at.line).toBeLessThanOrEqual(lines + 1);
      expect(at.column).toBeGreaterThanOrEqual(1);
    }
    const message = sanitizeTerminalLine(`pakaz: ${formatError(problem)}`);
    expect(message).not.toMatch(RAW_CONTROL);
    expect(message).not.toContain("\n");
  }
  expect(result.corpus === undefined).toBe(result.problems.length > 0);
  // Nothing a file says may reach the prototype every object shares.
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  return result;
}

// YAML built from pieces: flow collections nest to any depth on one line,
// block mappings at the top, anchors and aliases that may be undefined,
// repeated or circular.
const KEYS = [
  "__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "polluted", "<<", "sources", "claims", "entities", "conflicts",
  "id", "statement", "topic", "facts", "citations", "quote", "source", "value", "1", "true", "null", "~", "", "a b", "? x",
];
const SCALARS = [
  "1e308", "-1e308", "9".repeat(400), ".inf", "-.inf", ".nan", "0x1F", "0o17", "1_000", "null", "~", "true", "yes", "off",
  "2001-12-14t21:59:43.10-05:00", "!!binary aGVsbG8=", "!!js/function 'function () {}'", "!!str 1", "!!int x", "!!set {a}",
  "!!omap [a: 1]", "!<tag:example.com,2000:x> y", "'single'", "\"double \\e[2J\"", "|\n  block", ">-\n  folded", "@reserved", "`backtick`",
  "recognition-rank", "alpha-article", "1991", "\"1993-03\"",
];
const ANCHORS = ["a", "b", "c"];

interface YamlTree {
  text: string;
}
const quoted = (text: string): string => JSON.stringify(text);
const key = fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 6 }).map(quoted), fc.constantFrom(...TERMINAL_ATTACKS).map(quoted));
const anchor = fc.option(fc.constantFrom(...ANCHORS).map((name) => `&${name} `), { nil: "" });

const { node } = fc.letrec<{ node: YamlTree; scalar: YamlTree; seq: YamlTree; map: YamlTree; alias: YamlTree }>((tie) => ({
  node: fc.oneof({ depthSize: "small", withCrossShrink: true }, tie("scalar"), tie("alias"), tie("seq"), tie("map")),
  scalar: fc.oneof(fc.constantFrom(...SCALARS), fc.string({ maxLength: 12 }).map(quoted), fc.integer().map(String), fc.double().map(String)).map((text) => ({ text })),
  alias: fc.constantFrom(...ANCHORS, "undefined").map((name) => ({ text: `*${name}` })),
  seq: fc.tuple(anchor, fc.array(tie("node"), { maxLength: 4 })).map(([a, items]) => ({ text: `${a}[${items.map((i) => i.text).join(", ")}]` })),
  map: fc
    .tuple(anchor, fc.array(fc.tuple(key, tie("node")), { maxLength: 4 }))
    .map(([a, entries]) => ({ text: `${a}{${entries.map(([k, v]) => `${k}: ${v.text}`).join(", ")}}` })),
}));

/** A top-level block mapping, the shape of a corpus file, with hostile keys and values. */
const yamlDocument = fc
  .tuple(
    fc.array(fc.tuple(key, node), { minLength: 1, maxLength: 5 }),
    fc.option(fc.constantFrom("\ufeff", "%YAML 1.2\n---\n", "---\n", "# comment\n", "\u0000"), { nil: "" }),
    fc.option(fc.constantFrom("\n---\nmore: 1\n", "\n...\n", "\n#", "\u0000"), { nil: "" }),
  )
  .map(([entries, prefix, suffix]) => `${prefix}${entries.map(([k, v]) => `${k}: ${v.text}`).join("\n")}${suffix}`);

/** A node nested `depth` levels deep in flow or block style. */
const deepDocument = fc
  .tuple(fc.integer({ min: 1, max: 400 }), fc.constantFrom("flow-seq", "flow-map", "block-seq", "block-map"))
  .map(([depth, style]) => {
    switch (style) {
      case "flow-seq":
        return `claims: ${"[".repeat(depth)}1${"]".repeat(depth)}`;
      case "flow-map":
        return `claims: ${"{a: ".repeat(depth)}1${"}".repeat(depth)}`;
      case "block-seq":
        return `claims:\n${Array.from({ length: depth }, (_, i) => `${"  ".repeat(i + 1)}-`).join("\n")} x`;
      default:
        return `claims:\n${Array.from({ length: depth }, (_, i) => `${"  ".repeat(i + 1)}k:`).join("\n")} x`;
    }
  });

/** Damage done to a valid file: characters inserted, lines cut, duplicated or shifted. */
const damage = fc.array(
  fc.oneof(
    fc.tuple(fc.constant("insert" as const), fc.nat(), fc.oneof(fc.constantFrom(...TERMINAL_ATTACKS, ":", "- ", "&a ", "*a", "\t", "\n", "{", "]", "'", '"', "#", "|", "__proto__: 1\n", "  "), fc.string({ unit: "binary", maxLength: 4 }))),
    fc.tuple(fc.constant("delete" as const), fc.nat(), fc.integer({ min: 1, max: 40 })),
    fc.tuple(fc.constant("duplicate-line" as const), fc.nat(), fc.constant(0)),
    fc.tuple(fc.constant("indent" as const), fc.nat(), fc.integer({ min: -4, max: 4 })),
  ),
  { minLength: 1, maxLength: 4 },
);

function applyDamage(text: string, edits: ReadonlyArray<readonly [string, number, number | string]>): string {
  let out = text;
  for (const [kind, at, arg] of edits) {
    const pos = out.length === 0 ? 0 : at % out.length;
    if (kind === "insert") out = out.slice(0, pos) + String(arg) + out.slice(pos);
    else if (kind === "delete") out = out.slice(0, pos) + out.slice(pos + Number(arg));
    else {
      const lines = out.split("\n");
      const index = lines.length === 0 ? 0 : at % lines.length;
      const line = lines[index] ?? "";
      if (kind === "duplicate-line") lines.splice(index, 0, line);
      else lines[index] = Number(arg) >= 0 ? " ".repeat(Number(arg)) + line : line.replace(new RegExp(`^ {0,${-Number(arg)}}`), "");
      out = lines.join("\n");
    }
  }
  return out;
}

/** Node warnings (process.emitWarning) print on the user's stderr; loading a corpus must raise none. */
const warnings: string[] = [];
const onWarning = (warning: Error): void => void warnings.push(warning.message);
beforeAll(() => void process.on("warning", onWarning));
afterAll(async () => {
  await new Promise((resolve) => setImmediate(resolve));
  process.off("warning", onWarning);
  expect(warnings).toEqual([]);
});

describe("the corpus loader on hostile files", () => {
  it("answers any text with a corpus or located problems (1,200 inputs)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 200 }), fc.string({ unit: "binary-ascii", maxLength: 200 }), fc.string({ maxLength: 200 })), (text) => {
        loadChecked(text);
      }),
      { numRuns: 1200 },
    );
  });

  it("answers YAML built from prototype keys, aliases, tags and huge numbers (1,500 inputs)", () => {
    fc.assert(
      fc.property(yamlDocument, (text) => {
        const { problems } = loadChecked(text);
        // None of these can be a valid corpus file: its top-level keys are not sections, or its values not lists of records.
        expect(problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 1500 },
    );
  });

  it(`refuses nesting deeper than ${MAX_YAML_DEPTH} levels with a clear reason, without overflowing the stack (300 inputs)`, () => {
    fc.assert(
      fc.property(deepDocument, (text) => {
        const { problems } = loadChecked(text);
        expect(problems.length).toBeGreaterThan(0);
        const tooDeep = problems.some((p) => p.code === "yaml-too-complex" && p.reason.includes("nested more than"));
        const levels = text.split(/[[{-]|k:/).length - 1;
        if (levels > MAX_YAML_DEPTH + 1) expect(tooDeep).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("answers valid corpus files damaged at random (800 inputs)", () => {
    fc.assert(
      fc.property(fc.nat({ max: VALID_FILES.length - 1 }), damage, (which, edits) => {
        const target = VALID_FILES[which];
        if (target === undefined) return;
        const others = VALID_FILES.filter((f) => f !== target);
        loadChecked(applyDamage(target.text, edits), target.path, others);
      }),
      { numRuns: 800 },
    );
  });
});

describe("corpus files on disk with bytes that are not UTF-8", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "pakaz-robustness-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("reads them (invalid sequences become U+FFFD) and answers (200 inputs)", async () => {
    await fc.assert(
      fc.asyncProperty(invalidUtf8, fc.constantFrom("claims: ", "sources:\n  - id: ", "", "# "), async (bytes, prefix) => {
        const path = join(dir, "corpus.yaml");
        await writeFile(path, Buffer.concat([Buffer.from(prefix), bytes]));
        const files = await readCorpusFiles(path, dir);
        expect(files.ok).toBe(true);
        if (files.ok) loadChecked(files.value[0]?.text ?? "", "corpus.yaml");
      }),
      { numRuns: 200 },
    );
  });
});

describe("what the properties found, pinned", () => {
  const problemOf = (text: string): PakazError | undefined => {
    const parsed = parseCorpusFile({ path: "x.yaml", text });
    return parsed.ok ? undefined : parsed.error;
  };

  it("finds a duplicate key among 50,000 in linear time (yaml's own check compared every pair: a minute here)", () => {
    const keys = Array.from({ length: 50_000 }, (_, i) => `k${i}: ${i}`).join("\n");
    const started = performance.now();
    expect(problemOf(`${keys}\nk7: again`)).toMatchObject({ code: "yaml-syntax", at: { line: 50_001, column: 1 }, reason: expect.stringContaining('duplicate key "k7"') });
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it("refuses a list or mapping as a key, which yaml stringified with a Node warning on stderr", () => {
    expect(problemOf("claims:\n  ? [a, b]\n  : x\n")).toMatchObject({ code: "yaml-syntax", at: { line: 2, column: 5 }, reason: expect.stringContaining("a key must be") });
    expect(problemOf("a: {{x: 1}: 2}\n")).toMatchObject({ code: "yaml-syntax", at: { line: 1, column: 5 } });
  });

  it("treats 1 and '1' as the same key, as a JavaScript object does", () => {
    expect(problemOf("a:\n  1: x\n  '1': y\n")).toMatchObject({ code: "yaml-syntax", at: { line: 3, column: 3 } });
  });

  it("refuses an alias inside the node it names, which became a circular object", () => {
    expect(problemOf("claims: &loop\n  - *loop\n")).toMatchObject({ code: "yaml-too-complex", at: { line: 2, column: 5 }, reason: expect.stringContaining("*loop") });
    expect(problemOf("a: &x [ &x 1, *x ]\n")).toBeUndefined();
  });

  it("refuses 20,000 levels of nesting as too deep, not as a stack overflow", () => {
    const error = problemOf(`claims: ${"[".repeat(20_000)}${"]".repeat(20_000)}`);
    expect(error).toMatchObject({ code: "yaml-too-complex", reason: `it is nested more than ${MAX_YAML_DEPTH} levels deep` });
  });

  it("bounds alias expansion (a billion laughs) and says so in a curator's words", () => {
    const laughs = ["a: &a [x, x, x, x, x, x, x, x, x]", ...["b", "c", "d", "e", "f", "g"].map((name, i) => `${name}: &${name} [${Array(9).fill(`*${"abcdefg"[i]}`).join(", ")}]`)].join("\n");
    expect(problemOf(laughs)).toMatchObject({ code: "yaml-too-complex", reason: expect.stringContaining("aliases") });
  });

  it("keeps __proto__ keys as data and reports them as unknown fields", () => {
    const { problems } = loadChecked("__proto__:\n  polluted: yes\nclaims: []\n");
    expect(problems[0]).toMatchObject({ code: "schema", reason: 'unknown field "__proto__"' });
  });

  it("refuses statements and quotes too long to analyse in bounded time", () => {
    const claims = VALID_FILES.find((f) => f.path.endsWith("claims.yaml"));
    const long = claims?.text.replace("statement: \"Pakistan opened", `statement: "${"1 and ".repeat(200)}Pakistan opened`) ?? "";
    const { problems } = loadChecked(long, "hostile-corpus/claims.yaml", VALID_FILES.filter((f) => f !== claims));
    expect(problems[0]).toMatchObject({ code: "schema", reason: '"statement" is longer than 1000 characters' });
  });

  it("calls a corpus of empty and whitespace-only files empty, not valid", () => {
    const { problems } = buildCorpus([
      { path: "c/a.yaml", text: "" },
      { path: "c/b.yaml", text: "  \n\n# nothing\n" },
    ]);
    expect(problems).toEqual([{ code: "corpus-empty", path: "c" }]);
  });
});
