// `npm run eval` (second half): measures `pakaz review` on the labelled drafts
// in tests/eval/drafts, printing claim-spotting precision and recall and
// verdict accuracy, in tables: the drafts the engine was tuned on; the two
// labelled blind for issue 20 and read since (--old-only leaves these out);
// with --held-out, the two written blind for the next round; then reviews the
// five seed articles and reports what share of their own dated sentences come
// back supported or disputed citing that article. --verbose lists every miss.

import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { parse } from "yaml";
import { analyzeText, reviewText } from "../dist/index.js";
import { loadBundledIndex, root } from "./load-bundled-index.mjs";

const draftsDir = `${root}tests/eval/drafts/`;
const seedsDir = `${root}../shared/seeds/`;
const verbose = process.argv.includes("--verbose");

const index = await loadBundledIndex();

const VERDICTS = ["supported", "contradicted", "disputed", "unverified"];
// Labels name a sentence by its line and first words; compare loosely so a
// dialogue dash or a curly quote does not decide a match.
const loose = (text) =>
  text
    .replace(/[“”„]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/^[^\p{L}\p{N}]+/u, "")
    .replace(/\s+/g, " ")
    .toLowerCase();
const pct = (n, d) => (d === 0 ? "  n/a" : `${((100 * n) / d).toFixed(1).padStart(5)}%`);
const short = (text, max = 90) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/**
 * The drafts written and labelled blind for issue 20, after the engine had
 * been tuned on the others: reported in a table of their own, so that tuning
 * on the old drafts cannot hide in the held-out figure.
 */
const NEW_DRAFTS = new Set(["envoy-on-trade-and-the-un.expected.yaml", "three-decades-of-ties.expected.yaml"]);
/**
 * Written and labelled blind in the round after (issue 20 again), before the
 * engine changes of that round: measured only with --held-out, once.
 */
const HELD_OUT_DRAFTS = new Set();
/** Written and labelled blind the same way while a round's engine changes are made: measured only with --held-out, once. */
const HELD_OUT_DRAFTS_2 = new Set();
/** Labelled blind in the rounds after issue 20's, each pair measured once (95b0630: 56.9%, 4dde68d: 47.4%, 5fc8b91: 44.7%, f34033c: 39.0%, 7e6fbb6: 30.8%, fc2bbf3: 45.8%, 519b70d: 34.3%, 0f65f0d: 29.7%, c9760fc: 20.0%, b59adf2: 39.4%, 008af9e: 38.5%, aad796f: 37.5%, 56b57ae: 33.3%, 8926f03: 37.8% and 33.3%, 7f9adec: 30.8% end to end), read since. */
const SECOND_ROUND_DRAFTS = new Set(["a-profile-of-the-partnership.expected.yaml", "summits-sanctions-and-solidarity.expected.yaml", "jets-gas-and-graduates.expected.yaml", "envoys-anniversaries-and-appeals.expected.yaml", "markets-memoranda-and-minds.expected.yaml", "a-decade-of-visits-and-votes.expected.yaml", "trade-energy-and-classrooms.expected.yaml", "corridors-pipelines-and-ports.expected.yaml", "envoys-exercises-and-exchanges.expected.yaml", "friendship-groups-and-film-festivals.expected.yaml", "favours-returned-a-ledger.expected.yaml", "mamnoon-hussain-in-baku-revisited.expected.yaml", "courts-crime-and-the-afghan-border.expected.yaml", "baku-bureau-dispatch.expected.yaml", "partnership-explainer.expected.yaml", "islamabad-desk-notes.expected.yaml", "thirty-years-explainer.expected.yaml", "gas-garments-and-courts.expected.yaml", "karabakh-kashmir-solidarity-analysis.expected.yaml", "envoys-ministers-and-a-february-visit.expected.yaml", "caravanserais-classrooms-and-tourists.expected.yaml", "jets-drills-and-war-colleges.expected.yaml", "tariffs-tankers-and-patience.expected.yaml", "lawmakers-laureates-and-a-foundation.expected.yaml", "climate-code-and-the-council.expected.yaml", "plumbing-of-a-partnership.expected.yaml", "crossroads-and-closed-chapters.expected.yaml", "a-first-trip-and-a-wish-list.expected.yaml", "diplomatic-cover-explainer.expected.yaml", "ministers-memos-and-a-motorway.expected.yaml", "from-recognition-to-rearmament.expected.yaml"]);
const oldOnly = process.argv.includes("--old-only");
const heldOut = process.argv.includes("--held-out");

async function measure(title, names) {
  let truePositive = 0;
  let falsePositive = 0;
  let falseNegative = 0;
  let labelsUnmatched = 0;
  let verdictRight = 0;
  let verdictTotal = 0;
  let labelledCheckable = 0;
  const matrix = Object.fromEntries(VERDICTS.map((v) => [v, Object.fromEntries([...VERDICTS, "not spotted"].map((w) => [w, 0]))]));
  const misses = [];
  let sentencesSeen = 0;

  for (const name of names) {
    const expected = parse(await readFile(draftsDir + name, "utf8"));
    const source = await readFile(draftsDir + expected.draft, "utf8");
    const syntax = /\.(md|markdown)$/.test(expected.draft) ? "markdown" : "text";
    const reviewed = reviewText(source, index, { syntax });
    sentencesSeen += reviewed.length;
    const matched = new Set();
    for (const label of expected.sentences) {
      const found = reviewed.find((s) => !matched.has(s) && s.line === label.line && loose(s.sentence).startsWith(loose(label.starts)));
      const wantCheckable = label.expect !== "not-checkable";
      if (wantCheckable) labelledCheckable++;
      if (!found) {
        labelsUnmatched++;
        if (wantCheckable) {
          falseNegative++;
          matrix[label.expect]["not spotted"]++;
        }
        misses.push(`${expected.draft}:${label.line}  no sentence starts "${label.starts}" (splitting)`);
        continue;
      }
      matched.add(found);
      if (wantCheckable && found.checkable) {
        truePositive++;
        verdictTotal++;
        const got = found.result.verdict;
        matrix[label.expect][got]++;
        if (got === label.expect) verdictRight++;
        else {
          const detail = found.result.explanation.slice(0, 2).join(" | ") || found.result.matches.slice(0, 2).map((m) => `${m.claimId} ${m.score} ${m.stance}`).join(", ");
          misses.push(`${expected.draft}:${label.line}  verdict: expected ${label.expect}, got ${got}: ${short(found.sentence, 70)}\n      ${short(detail, 160)}`);
        }
      } else if (wantCheckable) {
        falseNegative++;
        matrix[label.expect]["not spotted"]++;
        misses.push(`${expected.draft}:${label.line}  spotting: expected checkable (${label.expect}), got not checkable (${found.reason}): ${short(found.sentence, 70)}`);
      } else if (found.checkable) {
        falsePositive++;
        misses.push(`${expected.draft}:${label.line}  spotting: expected not checkable, got checkable (${found.signals.join(", ")}): ${short(found.sentence, 70)}`);
      }
    }
    // A checkable sentence no label names is a spotting error too.
    for (const s of reviewed) {
      if (!matched.has(s) && s.checkable) {
        falsePositive++;
        misses.push(`${expected.draft}:${s.line}  spotting: unlabelled sentence spotted as checkable: ${short(s.sentence, 70)}`);
      }
    }
  }

  const precision = truePositive / (truePositive + falsePositive || 1);
  const recall = truePositive / (truePositive + falseNegative || 1);
  console.log(`\n${title}: ${sentencesSeen} sentences, ${labelledCheckable} labelled checkable\n`);
  console.log(`claim spotting   precision ${pct(truePositive, truePositive + falsePositive)} (${truePositive}/${truePositive + falsePositive})   recall ${pct(truePositive, truePositive + falseNegative)} (${truePositive}/${truePositive + falseNegative})   F1 ${(precision + recall === 0 ? 0 : (200 * precision * recall) / (precision + recall)).toFixed(1)}%`);
  console.log(`verdict accuracy ${pct(verdictRight, verdictTotal)} (${verdictRight}/${verdictTotal}) of the checkable sentences spotted; end to end ${pct(verdictRight, labelledCheckable)} (${verdictRight}/${labelledCheckable})`);
  if (labelsUnmatched > 0) console.log(`labels not matched to a sentence (splitting): ${labelsUnmatched}`);
  console.log("\n| expected \\ got | " + [...VERDICTS, "not spotted"].join(" | ") + " |");
  console.log("|---|" + [...VERDICTS, "x"].map(() => "---:").join("|") + "|");
  for (const v of VERDICTS) console.log(`| ${v} | ${[...VERDICTS, "not spotted"].map((w) => matrix[v][w]).join(" | ")} |`);
  if (verbose) for (const m of misses) console.log(`✗ ${m}`);
  else if (misses.length > 0) console.log(`\n${misses.length} misses: node scripts/eval-review.mjs --verbose lists them`);

}

const labelled = (await readdir(draftsDir)).filter((f) => f.endsWith(".expected.yaml")).sort();
await measure("review eval, drafts the engine was tuned on (tests/eval/drafts)", labelled.filter((f) => !NEW_DRAFTS.has(f) && !HELD_OUT_DRAFTS.has(f) && !HELD_OUT_DRAFTS_2.has(f) && !SECOND_ROUND_DRAFTS.has(f)));
// --old-only leaves the issue-20 drafts unread, for runs made while tuning.
if (!oldOnly) await measure("review eval, issue-20 drafts (labelled blind, measured once a round ago, read since)", labelled.filter((f) => NEW_DRAFTS.has(f)));
if (!oldOnly) await measure("review eval, later rounds' drafts (labelled blind, each measured once: at 95b0630, 4dde68d, 5fc8b91, f34033c, 7e6fbb6, fc2bbf3, 519b70d, 0f65f0d, c9760fc, b59adf2, 008af9e, aad796f, 56b57ae, 8926f03 or 7f9adec; read since)", labelled.filter((f) => SECOND_ROUND_DRAFTS.has(f)));
if (heldOut) await measure("review eval, held-out drafts written at the round's start (labelled blind, measured once)", labelled.filter((f) => HELD_OUT_DRAFTS.has(f)));
if (heldOut) await measure("review eval, held-out drafts written during the round (labelled blind, measured once)", labelled.filter((f) => HELD_OUT_DRAFTS_2.has(f)));

// The seed articles reviewed against the corpus built from them.
if (existsSync(seedsDir)) {
  console.log("\nseed self-review: dated sentences supported or disputed, citing their own article\n");
  console.log("| source | dated sentences | checkable | supported/disputed citing it | share of checkable | share of all dated |");
  console.log("|---|---:|---:|---:|---:|---:|");
  const totals = { dated: 0, checkable: 0, own: 0 };
  const seedMisses = [];
  for (const source of index.corpus.sources) {
    const path = seedsDir + source.seed.file.replace(/^.*\//, "");
    if (!existsSync(path)) continue;
    const reviewed = reviewText(await readFile(path, "utf8"), index, { syntax: "text" });
    // Dated as the engine reads dates, so the measure does not depend on the spotter.
    const dated = reviewed.filter((s) => analyzeText(s.sentence, index.matcher).dates.length > 0);
    const checkable = dated.filter((s) => s.checkable);
    const own = checkable.filter((s) => ["supported", "disputed"].includes(s.result.verdict) && s.result.citations.some((c) => c.source === source.id));
    for (const s of dated.filter((d) => !own.includes(d))) {
      seedMisses.push(`${source.id}:${s.line}  ${s.checkable ? s.result.verdict : `not checkable (${s.reason})`}: ${short(s.sentence, 100)}`);
    }
    totals.dated += dated.length;
    totals.checkable += checkable.length;
    totals.own += own.length;
    console.log(`| ${source.id} | ${dated.length} | ${checkable.length} | ${own.length} | ${pct(own.length, checkable.length)} | ${pct(own.length, dated.length)} |`);
  }
  console.log(`| all | ${totals.dated} | ${totals.checkable} | ${totals.own} | ${pct(totals.own, totals.checkable)} | ${pct(totals.own, totals.dated)} |`);
  if (verbose) for (const m of seedMisses) console.log(`✗ ${m}`);
}
