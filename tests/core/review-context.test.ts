// `pakaz review` reads a sentence that points back ("during that visit",
// "two months later", "he") with what the sentence before it named and dated,
// as a reader does; `pakaz check` on the same sentence alone cannot.

import { beforeAll, describe, expect, it } from "vitest";
import { findReference } from "../../src/core/review/references.js";
import { reviewText } from "../../src/core/review/review-text.js";
import { checkClaim } from "../../src/core/verdict/check-claim.js";
import type { SearchIndex } from "../../src/core/search/build-index.js";
import { loadBundledIndex } from "../helpers/bundled-index.js";

let index: SearchIndex;

beforeAll(async () => {
  index = await loadBundledIndex();
});

/** The verdict of the paragraph's sentence that starts with `start`. */
function verdictIn(paragraph: string, start: string): string | undefined {
  const found = reviewText(paragraph, index, { syntax: "text" }).find((s) => s.sentence.startsWith(start));
  if (found === undefined) throw new Error(`no sentence starts "${start}"`);
  return found.result?.verdict;
}

describe("review reads a sentence with the one before it", () => {
  const after = (first: string): string => `${first} Fifteen MoUs and agreements were signed during that visit.`;

  it("checks 'during that visit' against the visit the previous sentence named", () => {
    expect(verdictIn(after("In July 2024 Ilham Aliyev paid a two-day visit to Pakistan."), "Fifteen")).toBe("supported");
    expect(verdictIn(after("Mamnoon Hussain visited Azerbaijan in 2015."), "Fifteen")).toBe("contradicted");
  });

  it("reads 'during the visit' as the last visit the paragraph told of, not whoever the sentence before named", () => {
    const paragraph =
      "In July 2024 Ilham Aliyev paid a two-day visit to Pakistan. Shehbaz Sharif, Pakistan's prime minister, said the visit opened a new chapter. Fifteen MoUs and agreements were signed during the visit.";
    const third = reviewText(paragraph, index, { syntax: "text" })[2];
    expect(third?.result?.explanation[0]).toMatch(/'during the visit' read as Ilham Aliyev, July 2024, from line 1/);
    expect(third?.result?.verdict).toBe("supported");
  });

  it("does not read 'he' as the one person named before when that sentence also speaks of someone unnamed", () => {
    const ambiguous = reviewText("The ambassador said Nawaz Sharif's visit to Azerbaijan came in October 2016. He praised Azerbaijan's role in the region.", index, { syntax: "text" })[1];
    expect(ambiguous?.result?.explanation.join(" ")).not.toMatch(/'he' read as/);
    // Named beside the office, the ambassador is the one person: "he" is him.
    const named = reviewText("Pakistan's envoy to Azerbaijan, Qasim Mohiuddin, spoke to Report News. He praised Azerbaijan's role in the region.", index, { syntax: "text" })[1];
    expect(named?.result?.explanation[0]).toMatch(/'he' read as Qasim Mohiuddin/);
  });

  it("reads 'it' after a capital that acted as its country, not as the proposal the capital backed", () => {
    const paragraph = "Islamabad supports the Uniting for Consensus group's plan for the Security Council. It wants the General Assembly to elect the non-permanent members.";
    const second = reviewText(paragraph, index, { syntax: "text" })[1];
    expect(second?.result?.explanation[0]).toMatch(/'it' read as Pakistan/i);
    expect(second?.result?.verdict).not.toBe("contradicted");
  });

  it("does not count 'four years before <an event it names>' from the previous sentence", () => {
    const paragraph = "Pakistan recognised Azerbaijan's independence on 12 December 1991. Pakistan's embassy in Baku opened on 12 March 1993, more than four years before Azerbaijan opened its own embassy in Pakistan.";
    const second = reviewText(paragraph, index, { syntax: "text" })[1];
    expect(second?.result?.explanation[0]).not.toMatch(/four years before' read as/);
    expect(second?.result?.verdict).not.toBe("contradicted");
  });

  it("counts 'two months later' from the previous sentence's date", () => {
    const paragraph = "The two countries signed a defence agreement in late January 2013. Two months later, Azerbaijani sailors took part in the Aman-2013 naval exercise.";
    const second = reviewText(paragraph, index, { syntax: "text" })[1];
    expect(second?.result?.facts.dates).toEqual(["March 2013"]);
    expect(second?.result?.facts.numbers).toEqual([]);
    expect(second?.result?.verdict).toBe("supported");
  });

  it("does not carry a date into a sentence that only says 'there'", () => {
    const paragraph = "The 2022 floods affected over 33 million Pakistanis. Pakistan has hosted more than 4 million Afghans for four decades, and about one million still live there.";
    expect(verdictIn(paragraph, "Pakistan has hosted")).toBe("supported");
  });

  it("does not carry anything into the next paragraph", () => {
    expect(verdictIn("In July 2024 Ilham Aliyev paid a two-day visit to Pakistan.\n\nFifteen MoUs and agreements were signed during that visit.", "Fifteen")).not.toBe("supported");
  });
});

describe("review carries a fact only to resolve a clear reference", () => {
  const reviewed = (paragraph: string, start: string) => {
    const found = reviewText(paragraph, index, { syntax: "text" }).find((s) => s.sentence.startsWith(start));
    if (found?.result === undefined) throw new Error(`no checked sentence starts "${start}"`);
    return found.result;
  };

  it("adds no place, date or person to a sentence that refers to nothing", () => {
    const paragraph = "Pakistan opened its embassy in Baku in March 1993. Azerbaijan liberated its territories after 30 years of occupation.";
    const second = reviewed(paragraph, "Azerbaijan liberated");
    expect(second.facts.entities).not.toContain("baku");
    expect(second.facts.dates).toEqual([]);
    expect(second.explanation.join(" ")).not.toMatch(/Baku|1993/);
    expect(second.verdict).toBe(checkClaim("Azerbaijan liberated its territories after 30 years of occupation.", index).verdict);
  });

  it("does not date a sentence from the one before when it has no time reference", () => {
    const paragraph = "In 2013 Azerbaijan gave $1 million to build a school in Muzaffarabad. Azerbaijan also gave $1 million each for the floods in Pakistan in 2010 and 2011.";
    expect(reviewed(paragraph, "Azerbaijan also gave").verdict).toBe("supported");
  });

  it("reads 'a year later' from the one date before it, and says so", () => {
    const paragraph = "President Farooq Leghari paid an official visit to Azerbaijan in 1995.\nHeydar Aliyev returned the visit a year later.";
    const second = reviewed(paragraph, "Heydar Aliyev returned");
    expect(second.facts.dates).toEqual(["1996"]);
    expect(second.explanation[0]).toBe("'a year later' read as 1996, from line 1");
    expect(second.verdict).toBe("supported");
  });

  it("reads 'he' as the one person named before, and says so", () => {
    const paragraph = "Heydar Aliyev paid an official visit to Pakistan in 1996. He appreciated Pakistan's stance on the Kashmir dispute.";
    const second = reviewed(paragraph, "He appreciated");
    expect(second.facts.entities).toContain("heydar-aliyev");
    expect(second.explanation[0]).toBe("'he' read as Heydar Aliyev, from line 1");
  });

  it("reads 'the ambassador' only as someone the sources give that office", () => {
    // Nawaz Sharif is a prime minister in every source, never an ambassador.
    const nawaz = reviewed("Nawaz Sharif made his first visit to Azerbaijan in October 2016. The ambassador sees great potential in agriculture.", "The ambassador");
    expect(nawaz.facts.entities).not.toContain("nawaz-sharif");
    expect(nawaz.explanation.join(" ")).not.toMatch(/read as Nawaz Sharif/);
    const envoy = reviewed("Qasim Mohiuddin, Pakistan's ambassador, spoke to Report News in early 2025. The ambassador sees great potential in agriculture and livestock.", "The ambassador");
    expect(envoy.explanation[0]).toBe("'the ambassador' read as Qasim Mohiuddin, from line 1");
  });

  it("resolves nothing when the sentence before offers two people for 'he'", () => {
    const paragraph = "Mamnoon Hussain met Artur Rasizade in Baku. He said the visit had added a new chapter to relations.";
    const second = reviewed(paragraph, "He said");
    expect(second.facts.entities).not.toContain("mamnoon-hussain");
    expect(second.facts.entities).not.toContain("artur-rasizade");
    expect(second.verdict).toBe(checkClaim("He said the visit had added a new chapter to relations.", index).verdict);
  });

  it("reads 'the commission' as the one commission named before, and 'it' as the subject before", () => {
    const commission = reviewed("The Joint Ministerial Commission met in Islamabad on 26 and 27 April 2016. The commission has held five sessions since September 2000.", "The commission");
    expect(commission.facts.entities).toContain("joint-ministerial-commission");
    expect(commission.explanation[0]).toMatch(/^'the commission' read as Joint Ministerial Commission, from line 1$/);
    const it = reviewed("Azerbaijan supports Pakistan's position on Kashmir as a member of the OIC Contact Group on Jammu and Kashmir. It joined the group in 2012.", "It joined");
    expect(it.explanation[0]).toMatch(/^'it' read as Azerbaijan, from line 1$/);
  });
});

describe("an empty 'it'", () => {
  it("does not read a cleft's 'it' as the thing the sentence before named, and still reads 'it' as a subject", () => {
    expect(findReference("It was with Prime Minister Artur Rasizade that Mamnoon Hussain signed the joint declaration.", index.matcher)).toBeUndefined();
    expect(findReference("It has been part of that group since 2012.", index.matcher)).toMatchObject({ kind: "thing", words: "it" });
  });
});
