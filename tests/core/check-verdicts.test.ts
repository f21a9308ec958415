// Verdicts `pakaz check` (and so `pakaz review`) gives for sentences that
// exercise one reading of the engine each: compound sentences, hedged
// attributions, counts "since" a date, ordinals of an act. Each sentence is
// worded apart from the labelled eval drafts, so these do not test the drafts.

import { beforeAll, describe, expect, it } from "vitest";
import type { SearchIndex } from "../../src/core/search/build-index.js";
import { checkClaim } from "../../src/core/verdict/check-claim.js";
import { loadBundledIndex } from "../helpers/bundled-index.js";

let index: SearchIndex;

beforeAll(async () => {
  index = await loadBundledIndex();
});

const verdictOf = (sentence: string): string => checkClaim(sentence, index).verdict;

/** The sentence is disputed, on that recorded conflict among others. */
function expectDisputedOn(sentence: string, conflict: string): void {
  const result = checkClaim(sentence, index);
  expect(result.verdict, sentence).toBe("disputed");
  expect(result.conflicts, sentence).toContain(conflict);
}

describe("compound sentences", () => {
  it("reads a denial in a second clause as that clause's, not the first's", () => {
    expect(verdictOf("Pakistan backs the Uniting for Consensus plan to add 11-12 non-permanent members to the Security Council, and it opposes additional permanent seats.")).toBe("supported");
  });

  it("checks a coordinated clause with its own subject apart, so a claim about one clause is not held against the other's date", () => {
    const both = checkClaim("Pakistan and Azerbaijan set up diplomatic relations in June 1992, and Azerbaijan opened its embassy in Islamabad in 1997.", index);
    expect(both.verdict).toBe("supported");
    expect(both.citations.map((c) => c.claimId)).toEqual(expect.arrayContaining(["diplomatic-relations-june-1992"]));
    const wrong = checkClaim("Pakistan and Azerbaijan set up diplomatic relations in June 1992, and Azerbaijan opened its embassy in Islamabad in 2005.", index);
    expect(wrong.verdict).toBe("contradicted");
    expect(wrong.explanation[0]).toContain("Azerbaijan opened its embassy in Islamabad in 2005");
  });

  it("reads no denial in 'no exception', in what someone was asked not to do, or in 'no other … more … than'", () => {
    for (const sentence of [
      "Trade is no exception to the brotherly ties between Pakistan and Azerbaijan.",
      "Pakistan has urged Afghanistan not to let its territory be used by terrorists.",
      "No country in South Asia is a closer partner of Azerbaijan than Pakistan.",
    ]) {
      expect(checkClaim(sentence, index).facts.polarity).toBe("positive");
    }
    expect(checkClaim("Pakistan did not urge Afghanistan to act against terrorists.", index).facts.polarity).toBe("negative");
  });

  it("reads 'rarely', 'seldom', 'unwilling' as denials", () => {
    for (const sentence of ["Pakistan and Azerbaijan seldom support each other in international forums.", "Azerbaijan is unwilling to support Pakistan's position on Kashmir."]) {
      expect(checkClaim(sentence, index).facts.polarity).toBe("negative");
    }
  });

  it("keeps a denial that a later clause's own denial does not cancel", () => {
    const result = checkClaim("Pakistan still does not recognise Armenia, a stance no other state takes.", index);
    expect(result.facts.polarity).toBe("negative");
    expect(result.verdict).not.toBe("contradicted");
  });

  it("still contradicts a first clause that denies what the sources state", () => {
    expect(verdictOf("Pakistan does not back the Uniting for Consensus plan to add 11-12 non-permanent members to the Security Council.")).toBe("contradicted");
  });

  it("does not read an adverb after a figure as what it counts", () => {
    const result = checkClaim("About one million still live in Pakistan.", index);
    expect(result.facts.numbers.map((n) => n.trim())).toEqual(["about 1 million"]);
  });

  it("supports a sentence whose clauses two claims state between them", () => {
    expect(verdictOf("Ilham Aliyev paid a two-day visit to Pakistan in July 2024 and held talks with Prime Minister Shehbaz Sharif.")).toBe("supported");
    expect(verdictOf("Pakistan has around 180 million people and large coal deposits, Mamnoon Hussain said.")).toBe("supported");
  });

  it("supports a compound sentence whose second clause is the $2 billion trade target, with no conflict to show", () => {
    const result = checkClaim("Pakistan and Azerbaijan have implemented the PTA and the TTA, and they aim to lift annual trade to $2 billion.", index);
    expect(result.verdict).toBe("supported");
    expect(result.conflicts).toEqual([]);
  });

  it("does not piece support together when the claim most about the sentence is only a plan", () => {
    expect(verdictOf("Azerbaijani firms have invested in Pakistan's textile sector.")).toBe("unverified");
  });
});

describe("hedges, counts and ordinals", () => {
  it("reads 'a third of a billion dollars' as that amount, and 'between fifteen hundred and two thousand' as a range", () => {
    const third = checkClaim("Pakistan's GDP was roughly a third of a billion dollars in 2023.", index);
    expect(third.facts.numbers).toEqual(["roughly $333.33 million"]);
    // The printed figure is one side of the GDP conflict: repeated with a hedge, it takes that side.
    expect(third.verdict).toBe("disputed");
    const range = checkClaim("Azerbaijan gets between fifteen hundred and two thousand kWh of solar energy per square metre.", index);
    expect(range.facts.numbers).toEqual(["1,500–2,000 kwh"]);
    // Outside a range, "and" inside a number joins it: seventy-two billion, three hundred and sixty million.
    expect(checkClaim("In 2023 Azerbaijan's GDP was seventy-two billion, three hundred and sixty million dollars.", index).facts.numbers).toEqual(["$72.36 billion"]);
  });

  it("does not take 'according to one account' as an amount", () => {
    const result = checkClaim("The protocol establishing the Joint Ministerial Commission was signed in 1995, according to one account.", index);
    expect(result.facts.numbers).toEqual([]);
    // The signing of the protocol is not contested, only when the commission began: context, not a dispute.
    expect(result.verdict).toBe("supported");
    expect(result.context).toContain("jmc-inception-date");
  });

  it("does not take a time of day beside a date as an amount", () => {
    for (const claim of ["Pakistan recognised Azerbaijan's independence at 9 pm on 12 December 1991.", "Pakistan recognised Azerbaijan's independence on 12 December 1991 at 10:30."]) {
      const result = checkClaim(claim, index);
      expect(result.facts.numbers, claim).toEqual([]);
      expect(result.verdict, claim).toBe("supported");
    }
  });

  it("disputes a stale count stated with 'has held ... since'", () => {
    const result = checkClaim("The Joint Ministerial Commission has held five sessions since September 2000.", index);
    expect(result.verdict).toBe("disputed");
    expect(result.conflicts).toContain("jmc-session-count");
  });

  it("reads 'first visited' as the same ordinal as 'first-ever visit' and contradicts the wrong year", () => {
    expect(verdictOf("Nawaz Sharif first visited Azerbaijan in October 2014.")).toBe("contradicted");
    expect(verdictOf("Nawaz Sharif first visited Azerbaijan in October 2016.")).toBe("supported");
  });
});

describe("attribution frames", () => {
  it("reads an article named by its source id as that article, not as any article", () => {
    const fact = "Pakistan and Azerbaijan share the same perception on global and regional matters";
    expect(verdictOf(`${fact}, the mutual-beneficial article says.`)).toBe("supported");
    expect(verdictOf(`${fact}, one article says.`)).toBe("supported");
    // Only mutual-beneficial says it.
    expect(verdictOf(`${fact}, the liberal-perspective article says.`)).toBe("unverified");
  });

  it("compares the person who is said to have said it as the speaker, not as a party the claim names another in place of", () => {
    // The interview's ambassador is the speaker; the claims on Nawaz Sharif's visits are not contradicted by him.
    expect(verdictOf("Pakistan's prime minister is expected in Azerbaijan in February, according to Ambassador Qasim Mohiuddin.")).toBe("supported");
  });

  it("reads a frame between commas as who said it, not as what happened", () => {
    expect(verdictOf("The floods of 2022, the ambassador noted, affected over 33 million people in Pakistan.")).toBe("supported");
    const wrong = checkClaim("The floods of 2022, Ilham Aliyev recalled, affected over 33 million people in Pakistan.", index);
    expect(wrong.verdict).toBe("unverified");
    expect(wrong.alignment).toContainEqual(expect.objectContaining({ part: "speaker", relation: "unspoken" }));
  });

  it("reads an opening 'X told Y that' as the frame, keeping the names it gives", () => {
    expect(verdictOf("Qasim Mohiuddin told an interviewer that trade between Pakistan and Azerbaijan is far below its potential.")).toBe("supported");
    expect(verdictOf("Ilham Aliyev told an interviewer that trade between Pakistan and Azerbaijan is far below its potential.")).not.toBe("supported");
  });

  it("reads 'X argues' and 'X writes' as frames naming who said it, the article's author included", () => {
    const author = checkClaim("Azerbaijan has always backed Pakistan's position on Kashmir, Saima Ali writes.", index);
    expect(author.alignment).toContainEqual(expect.objectContaining({ part: "speaker", relation: "same" }));
    const other = checkClaim("Azerbaijan has always backed Pakistan's position on Kashmir, Ilham Aliyev argues.", index);
    expect(other.alignment).toContainEqual(expect.objectContaining({ part: "speaker", relation: "unspoken" }));
    expect(other.verdict).not.toBe("supported");
  });

  it("reads 'suggested that X could …' as what was said, not as an offer the sources must state", () => {
    const result = checkClaim("Mamnoon Hussain suggested that Azerbaijan could consider importing footballs from Pakistan for the coming soccer tournament.", index);
    expect(result.verdict).toBe("supported");
    expect(result.alignment).toContainEqual(expect.objectContaining({ part: "speaker", relation: "same" }));
  });

  it("reads the person before an appositive as the speaker, not the city the appositive names", () => {
    const result = checkClaim("Ali Alizada, then Azerbaijan's envoy in Islamabad, said the two countries would back each other on Kashmir and Nagorno-Karabakh in line with UN Security Council resolutions.", index);
    expect(result.alignment).toContainEqual(expect.objectContaining({ part: "speaker", relation: "same", said: "Ali Alizada" }));
  });

  it("reads 'one article observes' and 'in X's view' as frames: no figure of one, no detail of their words", () => {
    const result = checkClaim("Pakistan and Azerbaijan have held joint naval exercises, one analysis observes.", index);
    expect(result.facts.numbers).toEqual([]);
    const view = checkClaim("In the ambassador's view, trade between Pakistan and Azerbaijan is far below its potential.", index);
    expect(view.alignment.map((p) => p.said).join(" ")).not.toMatch(/view/);
  });

  it("reads 'one or two' as one amount", () => {
    const result = checkClaim("One or two major investment agreements would be enough to reach the $2 billion trade target, the ambassador said.", index);
    expect(result.facts.numbers.some((n) => n.includes("1–2"))).toBe(true);
    expect(result.verdict).toBe("supported");
  });
});

describe("dates a source counts from when it was written", () => {
  it("compares a month given without a year with the claim's month", () => {
    const wrong = checkClaim("Azerbaijan took part at a senior level in Pakistan's IDEAS defence exhibition in October.", index);
    expect(wrong.verdict).toBe("contradicted");
    expect(wrong.alignment).toContainEqual(expect.objectContaining({ part: "date", relation: "exclusive", said: "October" }));
    expect(verdictOf("Azerbaijan took part at a senior level in Pakistan's IDEAS defence exhibition in December.")).toBe("supported");
    expect(verdictOf("Shehbaz Sharif was expected to visit Azerbaijan in February.")).toBe("supported");
  });

  it("reads 'in December last year' in an interview of early 2025 as December 2024", () => {
    expect(verdictOf("Azerbaijan took part at a senior level in Pakistan's IDEAS defence exhibition in December 2024.")).toBe("supported");
    expect(verdictOf("Azerbaijan took part at a senior level in Pakistan's IDEAS defence exhibition in June 2024.")).toBe("contradicted");
  });
});

describe("plans reported as done", () => {
  it("does not support a visit the source only expected, and says why", () => {
    const result = checkClaim("Azerbaijani officials visited Pakistan's defence production facilities during the Karachi defence expo in 2016.", index);
    expect(result.verdict).toBe("unverified");
    expect(result.alignment).toContainEqual(expect.objectContaining({ part: "modality", relation: "unspoken" }));
    expect(result.explanation.join("\n")).toMatch(/only as planned, expected or hoped for/);
  });

  it("does not support agreements a forum only hoped for, within a claim that states other things as done", () => {
    expect(verdictOf("Traders at the business forum signed various business agreements.")).toBe("unverified");
  });

  it("does not read a hope as governing what the claim states before it", () => {
    const result = checkClaim("Asadov said Mamnoon Hussain's visit symbolised the burgeoning cooperation of the two countries.", index);
    expect(result.alignment.filter((p) => p.part === "modality")).toEqual([]);
  });

  it("supports the plan said as a plan", () => {
    expect(verdictOf("A delegation from Azerbaijan was expected to visit defence production facilities during the Defence Expo in Karachi.")).toBe("supported");
  });
});

describe("dates as they are written", () => {
  // One seed article writes "in October, 2016"; read as the bare year, a wrong month passed as supported.
  it("reads 'March, 2016' as the month, and contradicts it as it does 'March 2016'", () => {
    const result = checkClaim("Nawaz Sharif first visited Azerbaijan in March, 2016.", index);
    expect(result.facts.dates).toEqual(["March 2016"]);
    expect(result.verdict).toBe("contradicted");
    expect(verdictOf("Nawaz Sharif first visited Azerbaijan in October, 2016.")).toBe("supported");
    expect(checkClaim("The talks were held on 12 September, 2016.", index).facts.dates).toEqual(["12 September 2016"]);
  });

  it("reads both ends of 'from March 2015 to June 2018', as of 'from 2015 to 2018'", () => {
    expect(checkClaim("Trade talks ran from March 2015 to June 2018.", index).facts.dates).toEqual(["March 2015", "June 2018"]);
    expect(checkClaim("Trade talks ran from 2015 to 2018.", index).facts.dates).toEqual(["2015", "2018"]);
  });
});

describe("diplomatic postings", () => {
  it("contradicts an ambassador posted the other way round", () => {
    const result = checkClaim("Khazar Farhadov is Pakistan's ambassador to Azerbaijan.", index);
    expect(result.verdict).toBe("contradicted");
    expect(result.explanation.join("\n")).toContain("you said Pakistan's envoy to Azerbaijan");
  });

  it("knows the ambassador by his surname, as the interview calls him", () => {
    expect(checkClaim("Mohiuddin is Pakistan's ambassador to Azerbaijan.", index).facts.entities).toContain("qasim-mohiuddin");
    expect(verdictOf("Mohiuddin is Azerbaijan's ambassador to Pakistan.")).toBe("contradicted");
  });

  it("supports the posting the sources state, a city standing for its country", () => {
    // "Now" pins the sentence to the present, which the latest source (2024–25) speaks for; undated, it takes a side of a superseded conflict.
    expect(verdictOf("The ambassador of Azerbaijan in Islamabad is now Khazar Farhadov.")).toBe("supported");
  });

  it("contradicts a compound sentence when one of its clauses is false", () => {
    expect(verdictOf("Qasim Mohiuddin is Pakistan's ambassador to Azerbaijan, and Khazar Farhadov is Pakistan's envoy in Baku.")).toBe("contradicted");
  });
});

describe("substituted names", () => {
  it("contradicts a meeting placed in another city, the city it names not counting as an unknown topic", () => {
    expect(verdictOf("On 3 July 2024 the leaders of Pakistan, Türkiye and Azerbaijan held a trilateral summit in Baku.")).toBe("contradicted");
    expect(verdictOf("The leaders of Pakistan, Türkiye and Azerbaijan held a trilateral summit in Astana on 3 July 2024.")).toBe("supported");
  });
});

describe("claims dated from when they were said", () => {
  it("reads 'last year' in an interview of early 2025 as 2024", () => {
    expect(verdictOf("More than 80,000 tourists from Pakistan visited Azerbaijan in 2024.")).toBe("supported");
    const result = checkClaim("More than 80,000 tourists from Pakistan visited Azerbaijan in 2021.", index);
    expect(result.verdict).toBe("contradicted");
    expect(result.explanation.join("\n")).toContain("you said 2021");
  });
});

describe("which sentences take a side in a recorded conflict", () => {
  it("supports the 8th session's place: what the meeting was called is naming, not a disagreement", () => {
    expect(verdictOf("Islamabad hosted the 8th session in early 2025.")).toBe("supported");
    expect(checkClaim("The 8th Joint Ministerial meeting took place in Islamabad.", index).conflicts).toEqual([]);
  });

  it("supports the date of diplomatic relations, which no article contests, and contradicts another year", () => {
    const result = checkClaim("Pakistan and Azerbaijan have had diplomatic relations since 9 June 1992.", index);
    expect(result.verdict).toBe("supported");
    expect(result.conflicts).toEqual([]);
    expect(verdictOf("Pakistan and Azerbaijan set up diplomatic relations in the 1990s.")).toBe("supported");
    expect(verdictOf("Pakistan and Azerbaijan established diplomatic relations in 1995.")).toBe("contradicted");
  });

  it("disputes a specific rank, and supports 'among the first', which every side states", () => {
    expect(verdictOf("Pakistan was the third country to recognise Azerbaijan's independence.")).toBe("disputed");
    const agreed = checkClaim("Pakistan recognised Azerbaijan on 12 December 1991, among the first states to do so.", index);
    expect(agreed.verdict).toBe("supported");
    expect(agreed.context).toContain("recognition-rank");
    expect(verdictOf("Pakistan was the first country to recognise Azerbaijan's independence.")).toBe("contradicted");
  });

  it("does not dispute the 1995 protocol: the commission's start is contested, not the protocol's signing", () => {
    expect(verdictOf("The protocol establishing the Joint Commission at the Ministerial Level was signed in 1995.")).toBe("supported");
    expect(verdictOf("The Joint Ministerial Commission was founded in September 2000.")).toBe("disputed");
  });

  it("disputes an earlier office holder stated as the present one, in any present-tense wording, and not a sentence naming no holder", () => {
    expect(checkClaim("Nawaz Sharif leads Pakistan's government as prime minister.", index).conflicts).toContain("office-prime-minister-pakistan");
    expect(checkClaim("Pakistan has Mamnoon Hussain as its head of state and president.", index).verdict).toBe("disputed");
    expect(checkClaim("Azerbaijan has a minister for the defence industry.", index).verdict).not.toBe("disputed");
  });

  it("reads a count that grew as one side's, by its value: a number of sessions or the number of the latest", () => {
    for (const sentence of [
      "The tally of Joint Ministerial Commission sessions has reached six.",
      "The Joint Ministerial Commission has got as far as its eighth session.",
      "Pakistan and Azerbaijan count five Joint Ministerial Commission sessions between them.",
    ]) expectDisputedOn(sentence, "jmc-session-count");
    // Dated, the session is that year's: no side of the count.
    expect(verdictOf("In 2016 the Joint Ministerial Commission held its sixth session in Islamabad.")).toBe("supported");
  });

  it("reads a status that moved on by the words of a side's value, found without a side's claim", () => {
    for (const sentence of ["Baku has its eye on Pakistan's JF-17 as a prospective purchase.", "The JF-17 is on the table for Azerbaijan as part of Pakistan's defence offer."]) expectDisputedOn(sentence, "jf17-interest-to-arsenal");
    // No side's value, or pinned to the year of one.
    expect(checkClaim("The JF-17 is a multi-purpose combat jet.", index).conflicts).not.toContain("jf17-interest-to-arsenal");
    expect(verdictOf("In 2015 Azerbaijan was keen on the JF-17.")).toBe("supported");
  });

  it("reads an office by the words its conflict lists, given to a recorded holder in the present, whatever else the sentence leans on", () => {
    for (const [sentence, conflict] of [
      ["Pakistan's presidency is held by Mamnoon Hussain.", "office-president-pakistan"],
      ["Asif Ali Zardari occupies Pakistan's presidential office.", "office-president-pakistan"],
      ["Baku's envoy in Islamabad is Khazar Farhadov.", "office-azerbaijan-ambassador-to-pakistan"],
      ["Jamalov runs the defence industry of Azerbaijan.", "office-azerbaijan-defence-industry-minister"],
    ] as const) expectDisputedOn(sentence, conflict);
    // Pinned to a date, to the past, to "now" for the latest holder, or another state's envoy: no side of the succession.
    expect(verdictOf("Mamnoon Hussain was President of Pakistan in 2015.")).toBe("supported");
    expect(verdictOf("Shehbaz Sharif currently heads Pakistan's government.")).toBe("supported");
    expect(checkClaim("Khazar Farhadov is Pakistan's ambassador to Azerbaijan.", index).verdict).not.toBe("disputed");
    expect(checkClaim("Zardari succeeded Mamnoon Hussain as Pakistan's president.", index).verdict).not.toBe("disputed");
  });

  it("reads the office in its own clause, where another clause is dated or in the past", () => {
    for (const [sentence, conflict] of [
      ["Pakistan is led by President Asif Ali Zardari, and Ilham Aliyev visited Islamabad in July 2024.", "office-president-pakistan"],
      ["Azerbaijan, whose embassy in Islamabad opened in 1997, has Ali Alizada as its envoy there.", "office-azerbaijan-ambassador-to-pakistan"],
    ] as const) expectDisputedOn(sentence, conflict);
    // The clause that names the office is itself dated: the office is that year's.
    expect(checkClaim("In 2015 Mamnoon Hussain visited Baku, and Pakistan's president met Ilham Aliyev.", index).conflicts).not.toContain("office-president-pakistan");
    // "…, and by …" goes on with the past clause before it: no clause of its own in the present.
    expect(checkClaim("The talks were chaired by Khawaja Muhammad Asif, and by Vugar Mustafayev, Azerbaijan's Minister for Defence Industry.", index).conflicts).not.toContain("office-azerbaijan-defence-industry-minister");
  });

  it("reads an office held in other words than its title, and disputes the holder as the present one", () => {
    const headed = checkClaim("The ministry in charge of Azerbaijan's defence industry is run by Yavar Jamalov.", index);
    expect(headed.verdict).toBe("disputed");
    expect(headed.conflicts).toContain("office-azerbaijan-defence-industry-minister");
    // Beside a title alone, "led" tells something else: the delegation is a part the sources must state.
    expect(checkClaim("Prime Minister Nawaz Sharif led a delegation to Baku in October 2016.", index).alignment).toContainEqual(expect.objectContaining({ part: "detail", said: expect.stringContaining("led") }));
    // Pinned to the year of its source, the same holder is that source's fact.
    expect(verdictOf("In 2025 the defence industry portfolio in Azerbaijan belonged to Vugar Mustafayev.")).toBe("supported");
  });

  it("reads a status reached by an event in the perfect as the present status, and the past tense as history", () => {
    expect(checkClaim("Azerbaijan has shown an interest in acquiring the JF-17 fighter.", index).conflicts).toContain("jf17-interest-to-arsenal");
    expect(verdictOf("Azerbaijan has shown an interest in acquiring the JF-17 fighter.")).toBe("disputed");
    expect(verdictOf("In 2015 Azerbaijan showed an interest in acquiring the JF-17 fighter.")).not.toBe("disputed");
  });

  it("disputes a side's value told in words of the writer's own, and leaves such words unverified where nothing is contested", () => {
    const helm = checkClaim("The defence industry ministry of Azerbaijan has Vugar Mustafayev at its helm.", index);
    expect(helm.verdict).toBe("disputed");
    expect(helm.alignment).toContainEqual(expect.objectContaining({ part: "detail", relation: "unspoken" }));
    expect(verdictOf("Pakistan opened its embassy in Baku in March 1993 amid great fanfare.")).toBe("unverified");
  });

  it("reads a sentence with no past form as the present, so an earlier holder in any present verb takes a side", () => {
    expect(verdictOf("Islamabad receives Ali Alizada as Baku's ambassador.")).toBe("disputed");
    expect(verdictOf("Islamabad received Ali Alizada as Baku's ambassador.")).not.toBe("disputed");
  });

  it("does not let a title stand in for the person where the sentence says something else of them", () => {
    // The claim that supported this was about Afghan refugees "taken in" by Pakistan: the envoy's title is in the corpus, he is not in that claim.
    const welcomed = checkClaim("Pakistan welcomes Khazar Farhadov as Azerbaijan's envoy.", index);
    expect(welcomed.citations.map((c) => c.claimId).every((id) => !id.startsWith("afghanistan"))).toBe(true);
    expect(welcomed.verdict).not.toBe("supported");
  });

  it("finds a side taken in words no side uses, with the conflict named", () => {
    const ranked = checkClaim("Only two other states recognised Azerbaijan before Pakistan did so.", index);
    expect(ranked.verdict).toBe("disputed");
    expect(ranked.conflicts).toEqual(["recognition-rank"]);
    expect(verdictOf("Pakistan ranked third among the states recognising Azerbaijan in 1991.")).toBe("disputed");
    expect(verdictOf("The joint commission of the two governments at ministerial level has been in place since 1995.")).toBe("disputed");
  });

  it("contradicts a contested value no side holds, and shows the conflict", () => {
    const second = checkClaim("Pakistan was the second state to recognise Azerbaijan's independence.", index);
    expect(second.verdict).toBe("contradicted");
    expect(second.conflicts).toContain("recognition-rank");
    const founded = checkClaim("The Joint Ministerial Commission of Pakistan and Azerbaijan was established in 1993.", index);
    expect(founded.verdict).toBe("contradicted");
    expect(founded.conflicts).toContain("jmc-inception-date");
  });

  it("reads an origin's side in words of its own, and a third country as a value no side holds", () => {
    expect(checkClaim("The JF-17 came out of a Sino-Pakistani programme of development.", index).verdict).toBe("disputed");
    const russia = checkClaim("The JF-17 was jointly developed by Pakistan and Russia.", index);
    expect(russia.verdict).not.toBe("disputed");
    expect(russia.verdict).not.toBe("supported");
  });

  it("contradicts a figure no side gives on a status conflict, rather than disputing it", () => {
    const result = checkClaim("Azerbaijan liberated its territories from occupation after 20 years.", index);
    expect(result.verdict).toBe("contradicted");
    expect(result.alignment).toContainEqual(expect.objectContaining({ part: "number", relation: "exclusive" }));
  });

  it("takes a side's '8th meeting' as a count of eight on the session count", () => {
    expect(checkClaim("The joint commission of Pakistan and Azerbaijan has now held eight sessions.", index).conflicts).toContain("jmc-session-count");
  });

  it("still disputes the attribution the sides disagree on", () => {
    expect(checkClaim("The JF-17 was developed jointly by Pakistan and China.", index).verdict).toBe("disputed");
  });
});

describe("values pieced together from several claims", () => {
  it("does not take another claim's year for a figure the sources give at another date", () => {
    // $72.36 billion is Azerbaijan's GDP in 2023; 2021 is the year of its ICT share of GDP.
    expect(verdictOf("Azerbaijan's economy was worth $72.36 billion in 2021.")).not.toBe("supported");
    expect(verdictOf("Azerbaijan's GDP came to $72.36 billion in 2021.")).not.toBe("supported");
    expect(verdictOf("Azerbaijan's GDP came to $72.36 billion in 2023.")).toBe("supported");
    // "The economy was worth" is what a reporter writes for GDP: the same figure, not the $2 billion of the joint projects.
    expect(verdictOf("The Azerbaijani economy was worth some $72 billion in 2023.")).toBe("supported");
  });

  it("compares the ordinal of a round with the ordinal the claim gives what it is a round of, as another sitting where no date is the same", () => {
    // The sources report the 4th round; a sixth, undated, may be a later one: not supported, not contradicted.
    expect(verdictOf("Pakistan and Azerbaijan held the sixth round of their Bilateral Political Consultations in Islamabad.")).toBe("unverified");
    expect(verdictOf("Pakistan and Azerbaijan held the 4th round of their Bilateral Political Consultations in Islamabad.")).toBe("supported");
  });

  it("reads a numbered session and a numbered meeting as one series: the sixth session on another date is contradicted", () => {
    const result = checkClaim("The sixth session of the Joint Ministerial Commission took place in Islamabad in November 2016.", index);
    expect(result.verdict).toBe("contradicted");
    expect(result.alignment).toContainEqual(expect.objectContaining({ part: "date", relation: "exclusive" }));
  });
});

describe("precise figures as evidence", () => {
  it("takes a claim stating the same date and precise amounts as about the sentence, words of comment aside", () => {
    const result = checkClaim("In 2023 Pakistan's GDP was put at $338.37 million and Azerbaijan's at $72.36 billion, plainly a printing error.", index);
    expect(result.verdict).toBe("disputed");
    expect(result.conflicts).toContain("pakistan-gdp-figure");
  });

  it("does not take a round amount and a year as enough", () => {
    expect(verdictOf("In 2013 Azerbaijan gave $1 million for a hospital in Lahore.")).toBe("unverified");
  });
});

describe("the same event with another value", () => {
  it("contradicts a named person's visit given another date, words of its own besides", () => {
    const result = checkClaim("Ilham Aliyev ended his two-day visit to Pakistan on 12 August 2024.", index);
    expect(result.verdict).toBe("contradicted");
    expect(result.alignment).toContainEqual(expect.objectContaining({ part: "date", relation: "exclusive" }));
  });

  it("does not contradict a visit to a country by another date when only the country is shared", () => {
    expect(verdictOf("Pakistan's head of state made an official trip to Azerbaijan in the mid-1990s.")).not.toBe("contradicted");
  });
});

describe("days a dated range spans", () => {
  it("reads a two-day meeting dated '26 and 27 April 2016' as two days, and three days as another figure", () => {
    expect(checkClaim("The sixth Joint Ministerial Commission session, held in Islamabad in April 2016, was a two-day meeting.", index).verdict).toBe("supported");
    const three = checkClaim("The sixth session of the Joint Ministerial Commission in Islamabad lasted three days.", index);
    expect(three.alignment).toContainEqual(expect.objectContaining({ part: "number", relation: "exclusive" }));
  });
});

describe("the two countries as parties", () => {
  it("does not read the owner after a noun of the event as what it was done to ('the liberation of Azerbaijan's territories')", () => {
    const result = checkClaim("The liberation of Azerbaijan's territories from Armenian occupation came after three decades.", index);
    expect(result.alignment).not.toContainEqual(expect.objectContaining({ part: "roles", relation: "exclusive" }));
    expect(result.verdict).toBe("disputed");
  });

  it("contradicts one of the two countries as the partner where the claim's partner is a third country", () => {
    // The first-ever joint exercise of September 2016 was Pakistan's with Russia.
    const result = checkClaim("Azerbaijan and Pakistan held their first-ever joint military exercise in September 2016.", index);
    expect(result.verdict).toBe("contradicted");
    expect(result.alignment).toContainEqual(expect.objectContaining({ part: "country", relation: "exclusive", said: "Azerbaijan" }));
    expect(verdictOf("Pakistan and Russia held their first-ever joint military exercise in September 2016.")).toBe("supported");
  });
});

describe("names the corpus does not know", () => {
  it("takes a hyphenated name the corpus does not know (Nishan-e-Pakistan) as a name, not a stray word", () => {
    const result = checkClaim("Mamnoon Hussain conferred the Nishan-e-Pakistan on Mehriban Aliyeva.", index);
    expect(result.verdict).not.toBe("supported");
    expect(result.alignment).toContainEqual(expect.objectContaining({ part: "detail", said: expect.stringContaining("nishan") }));
  });

  it("takes a short name of letters and digits (G20, COP28) as a name, not a figure or an initial", () => {
    const g20 = checkClaim("Pakistan backs the G20 proposal to add 11 to 12 non-permanent members to the Security Council.", index);
    expect(g20.verdict).not.toBe("supported");
    expect(verdictOf("Sailors from Azerbaijan took part in the Aman-2013 naval exercise in March 2013.")).toBe("supported");
  });

  it("does not take a name from a claim's search keywords as stated by its source (the exercise's code name, the footballs' city)", () => {
    expect(verdictOf("Pakistan's first-ever joint exercise with Russia, held in September 2016, was code-named Druzhba.")).not.toBe("supported");
    expect(verdictOf("Pakistani footballs, many of them made in Sialkot, are used at sporting events around the world.")).not.toBe("supported");
  });
});

describe("places", () => {
  it("reads a capital named as a party as its government, not as a place another claim puts elsewhere", () => {
    // The claim names Jammu and Kashmir and India; New Delhi is India here, not a place.
    expect(verdictOf("Pakistan is ready to negotiate with New Delhi at whatever level, Qasim Mohiuddin said.")).toBe("supported");
    // A capital that hosts is where: the 6th meeting was in Islamabad.
    expect(verdictOf("Baku hosted the sixth Joint Ministerial Commission meeting in April 2016.")).toBe("contradicted");
  });

  it("supports a place the claim names beside its main one ('in Pakistan, including Azad Kashmir')", () => {
    expect(verdictOf("The Heydar Aliyev Foundation has done humanitarian work in Azad Kashmir for more than a decade.")).toBe("supported");
  });

  it("places an event where the corpus says it stands, and contradicts another city", () => {
    expect(verdictOf("Shehbaz Sharif took part in COP29 in Istanbul.")).toBe("contradicted");
    expect(verdictOf("Shehbaz Sharif took part in COP29 in Baku.")).toBe("supported");
  });

  it("contradicts a place the corpus does not know where the sources name another", () => {
    const result = checkClaim("Pakistan opened its embassy in Tashkent in 1993.", index);
    expect(result.verdict).toBe("contradicted");
    expect(result.explanation.join("\n")).toMatch(/you said Tashkent; .* say Baku/);
  });

  it("does not support a city the sources do not name, where they name only its country", () => {
    expect(verdictOf("Azerbaijan opened its embassy in Karachi in 1997.")).toBe("unverified");
    expect(verdictOf("Azerbaijan opened its embassy in Pakistan in 1997.")).toBe("supported");
  });
});
