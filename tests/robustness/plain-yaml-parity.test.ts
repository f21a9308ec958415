// Corpus files are read by two libraries: js-yaml for plain files (fast) and
// yaml for everything else (careful). A user must not be able to tell which
// one read a file: whenever the quick reader accepts a text, yaml must read
// the same data from it, and records must be placed on the same line and
// column. These tests hold the quick reader to that, on the bundled corpus,
// on generated corpora and on random YAML-like text.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { MAX_YAML_DEPTH, parseCorpusFile, parseWithYaml } from "../../src/core/corpus/parse-corpus.js";
import { PLAIN_MAX_DEPTH, readPlainYaml } from "../../src/core/corpus/read-plain-yaml.js";
import type { CorpusFile } from "../../src/core/corpus/read-corpus.js";
import { ROOT } from "../helpers/run-cli.js";

const SECTIONS = ["sources", "entities", "claims", "conflicts"] as const;

function yamlFiles(dir: string): CorpusFile[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".yaml"))
    .sort()
    .map((name) => ({ path: name, text: readFileSync(join(dir, name), "utf8") }));
}

/** Both readings of a file agree: same data, and every record at the same place. */
function expectSameReading(file: CorpusFile): void {
  const careful = parseWithYaml(file);
  const quick = parseCorpusFile(file);
  // yaml's stringify can write what its parser refuses ("claims:\n[]"): then both must refuse it alike.
  if (!careful.ok) {
    expect(quick).toEqual(careful);
    return;
  }
  if (!quick.ok) throw new Error(`the quick reader refused ${file.path}`);
  expect(quick.value.data).toEqual(careful.value.data);
  const data = careful.value.data as Record<string, unknown>;
  for (const section of SECTIONS) {
    const records = data[section];
    if (!Array.isArray(records)) continue;
    records.forEach((_, index) => {
      expect(quick.value.locate([section, index]), `${file.path} ${section}[${index}]`).toEqual(careful.value.locate([section, index]));
    });
  }
}

describe("the quick YAML reader", () => {
  it("reads every file of the bundled corpus as plain YAML, exactly as yaml does", () => {
    const files = yamlFiles(join(ROOT, "data"));
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      // Were it to refuse them, the speed-up would silently be lost.
      expect(readPlainYaml(file.text), file.path).toBeDefined();
      expectSameReading(file);
    }
  });

  it("reads records laid out in every style yaml writes as yaml reads them", () => {
    const text = fc.string({ unit: fc.constantFrom("a", " ", "'", '"', ":", "#", "\n", "\\", "é", "-", "1", "\t", "[") });
    const value = fc.oneof(text, fc.integer(), fc.double({ noNaN: true }), fc.boolean(), fc.constant(null));
    const record = fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.oneof(value, fc.array(value, { maxLength: 3 })), { maxKeys: 5 });
    const corpus = fc.record({ claims: fc.array(record, { maxLength: 4 }), sources: fc.array(record, { maxLength: 2 }) });
    const layout = fc.record({
      indentSeq: fc.boolean(),
      lineWidth: fc.constantFrom(0, 20, 80),
      defaultStringType: fc.constantFrom("PLAIN", "QUOTE_DOUBLE", "QUOTE_SINGLE", "BLOCK_LITERAL", "BLOCK_FOLDED"),
      collectionStyle: fc.constantFrom("any", "block", "flow"),
    } as const);
    let quick = 0;
    fc.assert(
      fc.property(corpus, layout, (data, options) => {
        const yamlText = stringify(data, options);
        // The quick reader leaves flow layouts, tabs and odd layouts ("claims:\n[]") to yaml, but reads block layouts.
        if (readPlainYaml(yamlText) !== undefined) quick++;
        expectSameReading({ path: "generated.yaml", text: yamlText });
      }),
      { numRuns: 300, seed: 20261125 },
    );
    expect(quick).toBeGreaterThan(60);
  });

  it("leaves to yaml a block scalar whose first line begins with '#', which js-yaml reads as a comment", () => {
    // Found by the property below (seed -215054655): yaml reads "#\n", js-yaml "".
    expect(readPlainYaml("\n >\n#")).toBeUndefined();
    expect(readPlainYaml("note: |\n  # not a comment\n")).toBeUndefined();
  });

  it("never accepts a text that yaml would read differently or refuse", () => {
    const pieces = fc.constantFrom(
      ...["a", "b", "1", "0", ".", "e", "x", "-", " ", "  ", "\n", "\t", ":", ": ", "- ", "#", "'", '"', "\\", "[", "]", "{", "}", ",", "|", ">", "?", "&a", "*a", "!", "!!str ", "---", "...", "%YAML 1.2", "~", "null", "true", "0x1F", ".inf", "-.5", "\r\n", "claims:\n", "  - id: x\n", "\ufeff", "!!", "%", "@", "`", "|-", ">+", "? ", "&", "*", "\\n", "\\\"", "é", "\u2028", "\u0085", "\u0000", "k".repeat(1030)],
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join("");
        const quick = readPlainYaml(text);
        if (quick === undefined) return;
        const careful = parseWithYaml({ path: "fuzz.yaml", text });
        expect(careful.ok, JSON.stringify(text)).toBe(true);
        if (careful.ok) expect(quick.data ?? {}, JSON.stringify(text)).toEqual(careful.value.data);
      }),
      { numRuns: Number(process.env.PAKAZ_FUZZ_RUNS ?? 5000) },
    );
  });

  it("leaves deeply nested files to yaml, so that the depth limit means one thing", () => {
    const nested = (levels: number): string => `claims: ${"[".repeat(levels - 1)}1${"]".repeat(levels - 1)}\n`;
    expect(readPlainYaml(nested(PLAIN_MAX_DEPTH - 1))).toBeDefined();
    expect(readPlainYaml(nested(PLAIN_MAX_DEPTH + 1))).toBeUndefined();
    expect(parseCorpusFile({ path: "deep.yaml", text: nested(MAX_YAML_DEPTH) }).ok).toBe(true);
    expect(parseCorpusFile({ path: "deep.yaml", text: nested(MAX_YAML_DEPTH + 1) }).ok).toBe(false);
  });
});
