import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { markdownProse } from "../../src/core/review/markdown-prose.js";
import { splitSentences } from "../../src/core/review/split-sentences.js";
import { textProse } from "../../src/core/review/text-prose.js";
import type { Prose } from "../../src/core/review/prose.js";

const sentences = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

/** The sentences of a document with the line and column each starts at. */
function located(source: string, prose: Prose): string[] {
  const out: string[] = [];
  for (const block of prose.blocks) {
    for (const span of splitSentences(prose.text.slice(block.start, block.end))) {
      const offset = block.start + span.start;
      const before = source.slice(0, offset);
      const line = before.split("\n").length;
      const column = offset - (before.lastIndexOf("\n") + 1) + 1;
      out.push(`${line}:${column} ${prose.text.slice(offset, block.start + span.end).replace(/\s+/g, " ")}`);
    }
  }
  return out;
}

describe("splitSentences", () => {
  it("does not end a sentence after titles and honorifics", () => {
    expect(sentences("Mr. Rasizade welcomed him. Dr. Ali agreed. H.E. Ilham Aliyev spoke last.")).toEqual([
      "Mr. Rasizade welcomed him.",
      "Dr. Ali agreed.",
      "H.E. Ilham Aliyev spoke last.",
    ]);
  });

  it("keeps initials with the name they abbreviate", () => {
    expect(sentences("M. U. H. Khan wrote it. Ogtay S. Asadov met him.")).toEqual(["M. U. H. Khan wrote it.", "Ogtay S. Asadov met him."]);
  });

  it("reads U.S. inside a sentence as an abbreviation, and at its end as a full stop", () => {
    expect(sentences("No official from the U.S. State Department attended. Talks with the U.S. The end came later.")).toEqual([
      "No official from the U.S. State Department attended.",
      "Talks with the U.S.",
      "The end came later.",
    ]);
  });

  it("keeps No. with its number", () => {
    expect(sentences("Resolution No. 822 was adopted in 1993. It named Armenia.")).toEqual(["Resolution No. 822 was adopted in 1993.", "It named Armenia."]);
  });

  it("keeps decimals, amounts and ranges inside one sentence", () => {
    const text = "The ICT sector grew by 13.2 % and GDP stood at $72.36 billion in 2014-15. The JMC met on 26 and 27 April 2016 in Islamabad.";
    expect(sentences(text)).toEqual([
      "The ICT sector grew by 13.2 % and GDP stood at $72.36 billion in 2014-15.",
      "The JMC met on 26 and 27 April 2016 in Islamabad.",
    ]);
  });

  it("keeps a quotation of several sentences inside the sentence that reports it", () => {
    const text = "Aliyev put it plainly: “Pakistan has a developed defence industry. We discussed cooperation.” Then he left.";
    expect(sentences(text)).toEqual(["Aliyev put it plainly: “Pakistan has a developed defence industry. We discussed cooperation.”", "Then he left."]);
    expect(sentences('He said "We agree. We sign." and signed. Done.')).toEqual(['He said "We agree. We sign." and signed.', "Done."]);
  });

  it("keeps a parenthesis inside its sentence", () => {
    expect(sentences("The visit (in 2015. It was long) ended well. Next.")).toEqual(["The visit (in 2015. It was long) ended well.", "Next."]);
  });

  it("does not let a quotation that never closes swallow the sentences after it", () => {
    expect(sentences("“Our two people enjoy mutual trust, the president added. He said more. He left.")).toEqual([
      "“Our two people enjoy mutual trust, the president added.",
      "He said more.",
      "He left.",
    ]);
  });

  it("treats line breaks inside a block as spaces", () => {
    expect(sentences("Pakistan opened its embassy\nin Baku in 1993. Azerbaijan\r\nfollowed.")).toEqual(["Pakistan opened its embassy\nin Baku in 1993.", "Azerbaijan\r\nfollowed."]);
  });

  it("returns trimmed, ordered, non-overlapping spans inside the text, for any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "B", " ", ".", "?", "“", "”", "(", ")", "1", "\n", "Mr.", "U.S.", '"') }), (text) => {
        let previous = 0;
        for (const span of splitSentences(text)) {
          expect(span.start).toBeGreaterThanOrEqual(previous);
          expect(span.end).toBeGreaterThan(span.start);
          expect(span.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(span.start, span.end)).toBe(text.slice(span.start, span.end).trim());
          previous = span.end;
        }
      }),
    );
  });
});

describe("markdownProse", () => {
  const source = [
    "---", // 1
    "title: Pakistan opened its embassy in 1997.", // 2
    "---", // 3
    "", // 4
    "# Embassies and visits", // 5
    "", // 6
    "Pakistan opened its **embassy** in [Baku](https://example.org/a.b. \"The. Title\") in 1993. It is `code. Here` small.", // 7
    "", // 8
    "```sh", // 9
    "pakaz check \"Fenced. Code.\"", // 10
    "```", // 11
    "", // 12
    "<!-- a comment. Another. -->", // 13
    "<div>", // 14
    "HTML block. Skipped.", // 15
    "</div>", // 16
    "", // 17
    "- President Leghari visited Azerbaijan", // 18
    "  in 1995.", // 19
    "- [ ] Aliyev came in 1996.", // 20
    "", // 21
    "> Pakistan was one of the few countries", // 22
    "> to back it. See <https://example.org/x.y>.", // 23
    "", // 24
    "| Year | Event |", // 25
    "|------|-------|", // 26
    "| 2005 | Earthquake. |", // 27
    "", // 28
    "Setext heading", // 29
    "==============", // 30
    "", // 31
    "    indented code. Skipped.", // 32
  ].join("\n");

  it("keeps the document's length and line breaks, so positions stay true", () => {
    const prose = markdownProse(source);
    expect(prose.text).toHaveLength(source.length);
    expect([...prose.text].map((c, i) => (c === "\n") === (source[i] === "\n")).every(Boolean)).toBe(true);
  });

  it("skips front matter, code, HTML and link targets and keeps headings, list items, quotes and cells", () => {
    expect(located(source, markdownProse(source))).toEqual([
      "5:3 Embassies and visits",
      "7:1 Pakistan opened its embassy in Baku in 1993.",
      "7:91 It is small.",
      "18:3 President Leghari visited Azerbaijan in 1995.",
      "20:7 Aliyev came in 1996.",
      "22:3 Pakistan was one of the few countries to back it.",
      "23:15 See .",
      "25:3 Year",
      "25:10 Event",
      "27:3 2005",
      "27:10 Earthquake.",
      "29:1 Setext heading",
    ]);
  });

  it("marks headings, list items, quotes and table cells as such", () => {
    const kinds = markdownProse(source).blocks.map((b) => b.kind);
    expect(kinds).toEqual(["heading", "paragraph", "list-item", "list-item", "quote", "table-cell", "table-cell", "table-cell", "table-cell", "heading"]);
  });

  it("keeps positions true on CRLF files", () => {
    const crlf = "# Title\r\n\r\nFirst sentence. Second\r\nsentence.\r\n";
    expect(located(crlf, markdownProse(crlf))).toEqual(["1:3 Title", "3:1 First sentence.", "3:17 Second sentence."]);
  });
});

describe("textProse", () => {
  it("runs full lines of a hard-wrapped file into each other, but not a short title line", () => {
    const source = [
      "PAKISTAN AND AZERBAIJAN",
      "The Joint Ministerial Commission met in Islamabad on 26 and 27 April",
      "2016, and its next session took place in Baku in the same year or so.",
      "Short last line.",
      "",
      "- A bullet item on its own.",
    ].join("\n");
    expect(located(source, textProse(source))).toEqual([
      "1:1 PAKISTAN AND AZERBAIJAN",
      "2:1 The Joint Ministerial Commission met in Islamabad on 26 and 27 April 2016, and its next session took place in Baku in the same year or so.",
      "4:1 Short last line.",
      "6:3 A bullet item on its own.",
    ]);
  });

  it("keeps each line of a file with a paragraph per line as its own block", () => {
    const long = "Pakistan and Azerbaijan established diplomatic relations on 9 June 1992 and Pakistan opened its embassy in Baku on 12 March 1993.";
    const source = `Title without a full stop\n${long} It was early.\n– Will he visit?`;
    expect(located(source, textProse(source))).toEqual([`1:1 Title without a full stop`, `2:1 ${long}`, `2:${long.length + 2} It was early.`, "3:3 Will he visit?"]);
  });
});
