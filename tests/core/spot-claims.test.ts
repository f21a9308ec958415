import { describe, expect, it } from "vitest";
import { spotClaim, type SpotContext } from "../../src/core/review/spot-claims.js";
import { createEntityMatcher } from "../../src/core/text/entity-matcher.js";
import { normalizeKeepingCase, normalizeText } from "../../src/core/text/normalize.js";
import { splitWords } from "../../src/core/text/tokenize.js";
import type { Entity } from "../../src/core/types.js";

// A small entity list of its own, so these tests do not move when the
// corpus gains an entity.
const entities: Entity[] = [
  { id: "pakistan", name: "Pakistan", kind: "country", aliases: ["Pakistani"] },
  { id: "azerbaijan", name: "Azerbaijan", kind: "country", aliases: ["Azerbaijani", "Azeri"] },
  { id: "armenia", name: "Armenia", kind: "country", aliases: [] },
  { id: "baku", name: "Baku", kind: "place", aliases: [], within: "azerbaijan" },
  { id: "caspian-sea", name: "Caspian Sea", kind: "place", aliases: [] },
  { id: "ilham-aliyev", name: "Ilham Aliyev", kind: "person", aliases: ["President Aliyev"] },
  { id: "mehriban-aliyeva", name: "Mehriban Aliyeva", kind: "person", aliases: [] },
  { id: "heydar-aliyev-foundation", name: "Heydar Aliyev Foundation", kind: "organisation", aliases: [] },
  { id: "joint-ministerial-commission", name: "Joint Ministerial Commission", kind: "organisation", aliases: ["JMC"] },
  { id: "unsc-resolution-822", name: "UN Security Council Resolution 822", kind: "thing", aliases: ["resolution 822"] },
];
const matcher = createEntityMatcher(entities);
const plain: SpotContext = { antecedent: false, fragment: false };
const spot = (sentence: string, context: SpotContext = plain) => spotClaim(sentence, matcher, context);

describe("spotClaim", () => {
  it.each([
    ["Pakistan opened its embassy in Baku in March 1993.", "date"],
    ["Azerbaijan gave Pakistan $1 million after the 2010 floods.", "number"],
    ["Pakistan was the third country to recognise Azerbaijan.", "rank"],
    ["The Caspian Sea is the largest lake on Earth.", "rank"],
    ["Pakistan has never recognised Armenia.", "polarity"],
    ["Ilham Aliyev is the President of Azerbaijan.", "office"],
    ["Pakistan and Azerbaijan signed a defence agreement.", "agreement"],
    ["Ilham Aliyev visited Pakistan.", "event"],
    ["Azerbaijan supports Pakistan on Kashmir.", "position"],
  ])("checks a sentence that asserts a fact about a known entity: %s", (sentence, signal) => {
    const result = spot(sentence);
    expect(result.checkable).toBe(true);
    expect(result.signals).toContain(signal);
  });

  it.each([
    ["Did Pakistan open its embassy in Baku in 1993?", "question"],
    ["In my view, Pakistan was right to recognise Azerbaijan in 1991.", "opinion"],
    ["I believe Azerbaijan will invest in Pakistan.", "opinion"],
    ["Both governments hope that 2025 will bring good news.", "opinion"],
    ["Baku is the most beautiful city, famous for its food.", "opinion"],
    ["Pakistan should open a consulate in Baku.", "recommendation"],
    ["Cricket became popular in 1975 across the region.", "no-entity"],
    ["Pakistan and Azerbaijan are old friends.", "no-fact"],
  ])("does not check %s (%s)", (sentence, reason) => {
    const result = spot(sentence);
    expect(result.checkable).toBe(false);
    expect(result.reason).toBe(reason);
  });

  it.each([
    "Pakistan would like the Security Council to have more non-permanent seats.",
    "Pakistan probably supports the Uniting for Consensus proposal.",
    "Arguably, Pakistan was the first country to recognise Azerbaijan.",
    "Azerbaijan reportedly plans to buy Pakistani rice.",
    "Pakistan wants to open a consulate in Baku.",
  ])("checks a hedged statement or a party's stated aim: %s", (sentence) => {
    const result = spot(sentence);
    expect(result.reason).toBeUndefined();
    expect(result.checkable).toBe(true);
  });

  it.each([
    ["Will Pakistan buy more Azerbaijani gas?", "question"],
    ["I hope Pakistan and Azerbaijan sign more agreements.", "opinion"],
    ["Let us hope Baku keeps its promises to Pakistan.", "opinion"],
    ["To my mind, Pakistan has never had a better friend than Azerbaijan.", "opinion"],
    ["In my opinion, Pakistan has never recognised Armenia.", "opinion"],
  ])("leaves out a question, a wish or the writer's own opinion: %s", (sentence, reason) => {
    expect(spot(sentence).reason).toBe(reason);
  });

  it("checks reported speech even when what was said is a recommendation", () => {
    expect(spot("Ilham Aliyev said both countries should work on a tax regime.").checkable).toBe(true);
  });

  it("counts 'the two sides' and 'both countries' as naming Pakistan and Azerbaijan", () => {
    const result = spot("The two sides signed 15 agreements in July 2024.");
    expect(result).toMatchObject({ checkable: true, entities: ["pakistan", "azerbaijan"] });
  });

  it("follows a pronoun or 'the commission' back to an entity named earlier in the paragraph, and only then", () => {
    expect(spot("Its founding protocol was signed in 1995.", { antecedent: true, fragment: false }).checkable).toBe(true);
    expect(spot("The commission has held five sessions since 2000.", { antecedent: true, fragment: false }).checkable).toBe(true);
    expect(spot("Its founding protocol was signed in 1995.").reason).toBe("no-entity");
    // No name and no reference back, but a dated event of the lexicon's: a fact the sources may state.
    expect(spot("Diplomatic relations were established on 9 June 1992.").checkable).toBe(true);
    // A pronoun deep in the sentence is not its subject.
    expect(spot("Editors can run the tool on a draft like this one before it goes out.", { antecedent: true, fragment: false }).reason).toBe("no-entity");
  });

  it("checks a statement put in the mouth of an unnamed envoy or source, as one by a name", () => {
    expect(spot("According to the ambassador, businessmen should deal with each other directly.").checkable).toBe(true);
    expect(spot("Governments, the analysis says, must keep dialogue open.").checkable).toBe(true);
    // Still no fact without a name or a voice.
    expect(spot("Governments must keep dialogue open.").checkable).toBe(false);
  });

  it("needs a verb in a heading or a line without a full stop", () => {
    expect(spot("Civil award of Hilal-e Pakistan upon Mehriban Aliyeva", { antecedent: false, fragment: true }).reason).toBe("no-verb");
    expect(spot("Pakistan opened its embassy in Baku in 1993", { antecedent: false, fragment: true }).checkable).toBe(true);
  });

  it("does not read names as facts: a foundation is not a founding, 'this one' not a figure", () => {
    expect(spot("The Heydar Aliyev Foundation is dear to Mehriban Aliyeva.").signals).not.toContain("event");
    expect(spot("Pakistan likes this one.").signals).not.toContain("number");
    // An entity that is itself an agreement is one.
    expect(spot("Pakistan co-sponsored resolution 822.").signals).toContain("agreement");
  });
});

describe("facts told with verbs no list names", () => {
  it("checks a sentence with a known entity and a verb of something done, and not one with a bare 'is'", () => {
    expect(spot("A Pakistani consortium built a solar park outside Baku.").checkable).toBe(true);
    expect(spot("Azerbaijan has since placed a firm order for the trainer.").checkable).toBe(true);
    expect(spot("Pakistan is a steady ally.").checkable).toBe(false);
  });
});

describe("headings with nouns that look like verbs", () => {
  it("leaves a heading of nouns alone ('trade', 'a visit'), and still checks one with a verb", () => {
    expect(spotClaim("From Baku: Pakistan's envoy on jets, trade and Karabakh", matcher, { antecedent: false, fragment: true })).toMatchObject({ checkable: false, reason: "no-verb" });
    expect(spotClaim("Islamabad desk notes: a visit, a trade target and a commission", matcher, { antecedent: false, fragment: true })).toMatchObject({ checkable: false, reason: "no-verb" });
    expect(spotClaim("Pakistan backs Azerbaijan on Karabakh", matcher, { antecedent: false, fragment: true })).toMatchObject({ checkable: true });
  });
});

describe("event words the lexicon knows", () => {
  it("make a sentence checkable though no listed event word is in it", () => {
    expect(spot("Azerbaijan procured jets from Pakistan.")).toMatchObject({ checkable: true, signals: ["event"] });
  });
});

describe("acronyms that are also words", () => {
  const withAcronyms = createEntityMatcher([
    ...entities,
    { id: "ideas", name: "IDEAS defence exhibition", kind: "event", aliases: ["IDEAS"] },
    { id: "united-states", name: "United States", kind: "country", aliases: ["US"] },
  ]);
  const named = (sentence: string): string[] => {
    const words = splitWords(normalizeText(sentence));
    return withAcronyms.find(words, normalizeKeepingCase(sentence)).map((m) => m.entity);
  };

  it("name their entity only in capitals: 'IDEAS' the expo, 'ideas' the word", () => {
    expect(named("Azerbaijan attended IDEAS in Karachi.")).toContain("ideas");
    expect(named("The two sides exchanged ideas on trade.")).not.toContain("ideas");
    expect(named("Pakistan and the US disagree.")).toContain("united-states");
    expect(named("The envoy told us that Pakistan agrees.")).not.toContain("united-states");
  });

  it("still name it in a headline written all in capitals", () => {
    expect(named("PAKISTAN AT IDEAS")).toContain("ideas");
  });
});

describe("hopes and views someone is reported to hold", () => {
  it("checks a hope the sentence reports someone voicing, and leaves the writer's own out", () => {
    expect(spot("“We hope there will be good news soon,” the ambassador said of Azerbaijan.").checkable).toBe(true);
    expect(spot("We hope Azerbaijan will invest in Pakistan.").reason).toBe("opinion");
  });
});
