// `npm run eval`: measures the check engine on the labelled sets in
// tests/eval/, printing per set a confusion matrix and its accuracy; for the
// sets whose sentences carry a `kind`, the figures per kind; then the two
// rates a user of the verdicts depends on most: how often a near-miss (a true
// fact with one thing changed) is called SUPPORTED, and how often a sentence
// is called DISPUTED when it takes no side. --verbose lists every miss.
// --only NAME measures one set (a file name without .yaml). The sets written
// after the engine was built are measured only with --held-out, so that a
// working run cannot show their results by accident.

import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { parse } from "yaml";
import { checkClaim } from "../dist/index.js";
import { loadBundledIndex, root } from "./load-bundled-index.mjs";

const verbose = process.argv.includes("--verbose");
const onlyAt = process.argv.indexOf("--only");
const only = onlyAt >= 0 ? process.argv[onlyAt + 1] : undefined;
const heldOut = process.argv.includes("--held-out");
const index = await loadBundledIndex();
const thresholds = process.env.PAKAZ_THRESHOLDS ? JSON.parse(process.env.PAKAZ_THRESHOLDS) : undefined;
const labels = ["supported", "contradicted", "disputed", "unverified"];
const pct = (n, d) => (d === 0 ? "  n/a" : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

/** Every set, in the order they were written, with what its figures mean. */
const SETS = [
  { file: "check-cases.yaml", title: "check, tuning set (labelled before tuning)", tuned: true },
  { file: "check-cases-holdout.yaml", title: "check, first held-out set (labelled blind; its misses were then read to find general gaps)", tuned: true },
  { file: "check-cases-holdout-2.yaml", title: "check, second held-out set (labelled blind; measured once in an earlier round, read since)", tuned: true },
  { file: "check-cases-holdout-3.yaml", title: "check, third held-out set (labelled blind before the alignment engine; its misses were read while building it)", tuned: true },
  { file: "near-miss.yaml", title: "near-misses and controls (labelled blind before the alignment engine; its misses were read while building it)", tuned: true },
  { file: "disputed-cases.yaml", title: "contested facts (labelled blind before the conflict scoping; its misses were read while building it)", tuned: true },
  { file: "check-cases-holdout-4.yaml", title: "check, fourth held-out set (labelled blind after the alignment engine, measured once at 1dc2a66, read since)", tuned: true },
  { file: "near-miss-2.yaml", title: "near-misses and controls, second batch (labelled blind after the alignment engine, measured once at 1dc2a66, read since)", tuned: true },
  { file: "disputed-cases-2.yaml", title: "contested facts, second batch (labelled blind, measured once at 95b0630, read since)", tuned: true },
  { file: "near-miss-3.yaml", title: "near-misses and controls, third batch (labelled blind, measured once at 95b0630, read since)", tuned: true },
  { file: "check-cases-holdout-5.yaml", title: "check, fifth held-out set (labelled blind, measured once at 95b0630, read since)", tuned: true },
  { file: "disputed-cases-3.yaml", title: "contested facts, third batch (labelled blind, measured once at 4dde68d, read since)", tuned: true },
  { file: "near-miss-4.yaml", title: "near-misses and controls, fourth batch (labelled blind, measured once at 4dde68d, read since)", tuned: true },
  { file: "check-cases-holdout-6.yaml", title: "check, sixth held-out set (labelled blind, measured once at 4dde68d, read since)", tuned: true },
  { file: "near-miss-5.yaml", title: "near-misses and controls, fifth batch (labelled blind, measured once at 5ea9d58, read since)", tuned: true },
  { file: "check-cases-holdout-7.yaml", title: "check, seventh held-out set (labelled blind, measured once at 5ea9d58, read since)", tuned: true },
  { file: "near-miss-6.yaml", title: "near-misses and controls, sixth batch (labelled blind, measured once at 5fc8b91, read since)", tuned: true },
  { file: "check-cases-holdout-8.yaml", title: "check, eighth held-out set (labelled blind, measured once at 5fc8b91, read since)", tuned: true },
  { file: "disputed-cases-4.yaml", title: "contested facts, fourth batch (labelled blind, measured once at 5fc8b91, read since)", tuned: true },
  { file: "near-miss-7.yaml", title: "near-misses and controls, seventh batch (labelled blind, measured once at f34033c, read since)", tuned: true },
  { file: "check-cases-holdout-9.yaml", title: "check, ninth held-out set (labelled blind, measured once at f34033c, read since)", tuned: true },
  { file: "disputed-cases-5.yaml", title: "contested facts, fifth batch (labelled blind, measured once at f34033c, read since)", tuned: true },
  { file: "near-miss-8.yaml", title: "near-misses and controls, eighth batch (labelled blind, measured once at 7e6fbb6, read since)", tuned: true },
  { file: "check-cases-holdout-10.yaml", title: "check, tenth held-out set (labelled blind, measured once at 7e6fbb6, read since)", tuned: true },
  { file: "disputed-cases-6.yaml", title: "contested facts, sixth batch (labelled blind, measured once at 7e6fbb6, read since)", tuned: true },
  { file: "near-miss-9.yaml", title: "near-misses and controls, ninth batch (labelled blind, measured once at fc2bbf3, read since)", tuned: true },
  { file: "check-cases-holdout-11.yaml", title: "check, eleventh held-out set (labelled blind, measured once at fc2bbf3, read since)", tuned: true },
  { file: "disputed-cases-7.yaml", title: "contested facts, seventh batch (labelled blind, measured once at fc2bbf3, read since)", tuned: true },
  { file: "near-miss-10.yaml", title: "near-misses and controls, tenth batch (labelled blind, measured once at 4fe5c0b, read since)", tuned: true },
  { file: "check-cases-holdout-12.yaml", title: "check, twelfth held-out set (labelled blind, measured once at 4fe5c0b, read since)", tuned: true },
  { file: "disputed-cases-8.yaml", title: "contested facts, eighth batch (labelled blind, measured once at 4fe5c0b, read since)", tuned: true },
  { file: "near-miss-11.yaml", title: "near-misses and controls, eleventh batch (labelled blind before the round's engine changes, measured once at 519b70d, read since)", tuned: true },
  { file: "check-cases-holdout-13.yaml", title: "check, thirteenth held-out set (labelled blind before the round's engine changes, measured once at 519b70d, read since)", tuned: true },
  { file: "disputed-cases-9.yaml", title: "contested facts, ninth batch (labelled blind before the round's engine changes, measured once at 519b70d, read since)", tuned: true },
  { file: "near-miss-12.yaml", title: "near-misses and controls, twelfth batch (labelled blind late in the round, measured once at 0f65f0d, read since)", tuned: true },
  { file: "check-cases-holdout-14.yaml", title: "check, fourteenth held-out set (labelled blind late in the round, measured once at 0f65f0d, read since)", tuned: true },
  { file: "disputed-cases-10.yaml", title: "contested facts, tenth batch (labelled blind late in the round, measured once at 0f65f0d, read since)", tuned: true },
  { file: "near-miss-13.yaml", title: "near-misses and controls, thirteenth batch (labelled blind before the round's engine changes, measured once at c9760fc, read since)", tuned: true },
  { file: "check-cases-holdout-15.yaml", title: "check, fifteenth held-out set (labelled blind before the round's engine changes, measured once at c9760fc, read since)", tuned: true },
  { file: "disputed-cases-11.yaml", title: "contested facts, eleventh batch (labelled blind before the round's engine changes, measured once at c9760fc, read since)", tuned: true },
  { file: "near-miss-14.yaml", title: "near-misses and controls, fourteenth batch (labelled blind before the round's engine changes, measured once at b59adf2, read since)", tuned: true },
  { file: "check-cases-holdout-16.yaml", title: "check, sixteenth held-out set (labelled blind before the round's engine changes, measured once at b59adf2, read since)", tuned: true },
  { file: "disputed-cases-12.yaml", title: "contested facts, twelfth batch (labelled blind before the round's engine changes, measured once at b59adf2, read since)", tuned: true },
  { file: "near-miss-15.yaml", title: "near-misses and controls, fifteenth batch (labelled blind before the round's engine changes, measured once at 008af9e, read since)", tuned: true },
  { file: "check-cases-holdout-17.yaml", title: "check, seventeenth held-out set (labelled blind before the round's engine changes, measured once at 008af9e, read since)", tuned: true },
  { file: "disputed-cases-13.yaml", title: "contested facts, thirteenth batch (labelled blind before the round's engine changes, measured once at 008af9e, read since)", tuned: true },
  { file: "near-miss-16.yaml", title: "near-misses and controls, sixteenth batch (labelled blind before the round's engine changes, measured once at aad796f, read since)", tuned: true },
  { file: "check-cases-holdout-18.yaml", title: "check, eighteenth held-out set (labelled blind before the round's engine changes, measured once at aad796f, read since)", tuned: true },
  { file: "disputed-cases-14.yaml", title: "contested facts, fourteenth batch (labelled blind before the round's engine changes, measured once at aad796f, read since)", tuned: true },
  { file: "near-miss-17.yaml", title: "near-misses and controls, seventeenth batch (labelled blind late in the round, after the sixteenth was measured; measured once at 56b57ae, read since)", tuned: true },
  { file: "check-cases-holdout-19.yaml", title: "check, nineteenth held-out set (labelled blind late in the round, after the eighteenth was measured; measured once at 56b57ae, read since)", tuned: true },
  { file: "disputed-cases-15.yaml", title: "contested facts, fifteenth batch (labelled blind late in the round, after the fourteenth was measured; measured once at 56b57ae, read since)", tuned: true },
  { file: "near-miss-18.yaml", title: "near-misses and controls, eighteenth batch (labelled blind at the start of the round, measured once at 8926f03, read since)", tuned: true },
  { file: "check-cases-holdout-20.yaml", title: "check, twentieth held-out set (labelled blind at the start of the round, measured once at 8926f03, read since)", tuned: true },
  { file: "disputed-cases-16.yaml", title: "contested facts, sixteenth batch (labelled blind at the start of the round, measured once at 8926f03, read since)", tuned: true },
  { file: "near-miss-19.yaml", title: "near-misses and controls, nineteenth batch (labelled blind while the round's engine changes were made, measured once at 8926f03, read since)", tuned: true },
  { file: "check-cases-holdout-21.yaml", title: "check, twenty-first held-out set (labelled blind while the round's engine changes were made, measured once at 8926f03, read since)", tuned: true },
  { file: "disputed-cases-17.yaml", title: "contested facts, seventeenth batch (labelled blind while the round's engine changes were made, measured once at 8926f03, read since)", tuned: true },
  { file: "near-miss-20.yaml", title: "near-misses and controls, twentieth batch (labelled blind after the round's first measure, while its later changes were made; measured once at 7f9adec, read since)", tuned: true },
  { file: "check-cases-holdout-22.yaml", title: "check, twenty-second held-out set (labelled blind after the round's first measure, while its later changes were made; measured once at 7f9adec, read since)", tuned: true },
  { file: "disputed-cases-18.yaml", title: "contested facts, eighteenth batch (labelled blind after the round's first measure, while its later changes were made; measured once at 7f9adec, read since)", tuned: true },
  { file: "near-miss-21.yaml", title: "near-misses and controls, twenty-first batch (labelled blind at the round's end, after its last engine change; measured once at 7f9adec with it, read since)", tuned: true },
  { file: "check-cases-holdout-23.yaml", title: "check, twenty-third held-out set (labelled blind at the round's end, after its last engine change; measured once at 7f9adec with it, read since)", tuned: true },
  { file: "disputed-cases-19.yaml", title: "contested facts, nineteenth batch (labelled blind at the round's end, after its last engine change; measured once at 7f9adec with it, read since)", tuned: true },
];

const all = [];

async function evaluate({ file, title }) {
  const path = `${root}tests/eval/${file}`;
  if (!existsSync(path)) return;
  const { cases } = parse(await readFile(path, "utf8"));
  const matrix = Object.fromEntries(labels.map((l) => [l, Object.fromEntries(labels.map((m) => [m, 0]))]));
  const kinds = new Map();
  const misses = [];
  for (const c of cases) {
    const result = checkClaim(c.claim, index, thresholds ? { thresholds } : {});
    matrix[c.expect][result.verdict]++;
    all.push({ file, ...c, got: result.verdict });
    if (c.kind !== undefined) {
      const k = kinds.get(c.kind) ?? { total: 0, right: 0, supported: 0, expectSupported: 0 };
      k.total++;
      if (result.verdict === c.expect) k.right++;
      if (c.expect === "supported") k.expectSupported++;
      if (result.verdict === "supported") k.supported++;
      kinds.set(c.kind, k);
    }
    if (result.verdict !== c.expect) misses.push({ ...c, got: result.verdict, result });
  }
  console.log(`\n${title}: ${cases.length} labelled claims (tests/eval/${file})\n`);
  console.log("| expected \\ got | " + labels.join(" | ") + " | accuracy |");
  console.log("|---|" + labels.map(() => "---:").join("|") + "|---:|");
  let right = 0;
  for (const l of labels) {
    const row = matrix[l];
    const total = labels.reduce((s, m) => s + row[m], 0);
    right += row[l];
    console.log(`| ${l} | ${labels.map((m) => row[m]).join(" | ")} | ${pct(row[l], total)} (${row[l]}/${total}) |`);
  }
  console.log(`\noverall: ${pct(right, cases.length)} (${right}/${cases.length})`);
  if (kinds.size > 0) {
    console.log("\n| kind | sentences | right | called supported |");
    console.log("|---|---:|---:|---:|");
    for (const [kind, k] of [...kinds].sort()) {
      console.log(`| ${kind} | ${k.total} | ${pct(k.right, k.total)} | ${pct(k.supported, k.total)} (${k.supported}/${k.total}) |`);
    }
  }
  if (verbose) {
    for (const m of misses) {
      console.log(`\n✗ expected ${m.expect}, got ${m.got}${m.kind ? ` [${m.kind}]` : ""}: ${m.claim}\n  why: ${m.why}`);
      for (const e of m.result.explanation.slice(0, 4)) console.log(`  · ${e}`);
      for (const x of m.result.matches.slice(0, 3)) console.log(`  ~ ${x.score} ${x.stance} ${x.claimId} ${x.facts.filter((f) => f.outcome !== "agree").map((f) => `${f.kind}:${f.outcome}(${f.said}|${f.corpus})`).join(" ")}`);
    }
  }
}

for (const set of SETS) if ((only === undefined || set.file === `${only}.yaml`) && (set.tuned || heldOut)) await evaluate(set);

/** The rates, over tuned and held-out sets apart. */
function rates(heldOut) {
  const files = new Set(SETS.filter((s) => s.tuned !== heldOut).map((s) => s.file));
  const cases = all.filter((c) => files.has(c.file));
  if (cases.length === 0) return;
  const nearMisses = cases.filter((c) => c.kind !== undefined && c.kind !== "control" && /^near-miss/.test(c.file));
  const controls = cases.filter((c) => c.kind === "control");
  const falseSupport = nearMisses.filter((c) => c.got === "supported").length;
  const controlRecall = controls.filter((c) => c.got === "supported").length;
  const disputedLabels = cases.filter((c) => c.expect === "disputed");
  const calledDisputed = cases.filter((c) => c.got === "disputed");
  const falseDisputes = calledDisputed.filter((c) => c.expect !== "disputed").length;
  const notSupported = cases.filter((c) => c.expect !== "supported");
  const falseSupportAll = notSupported.filter((c) => c.got === "supported").length;
  console.log(`\n${heldOut ? "held-out (measured once)" : "tuned or read"} sets, ${cases.length} sentences:`);
  console.log(`  near-misses called supported  ${pct(falseSupport, nearMisses.length)} (${falseSupport}/${nearMisses.length})`);
  console.log(`  controls called supported     ${pct(controlRecall, controls.length)} (${controlRecall}/${controls.length})`);
  console.log(`  any non-supported sentence called supported  ${pct(falseSupportAll, notSupported.length)} (${falseSupportAll}/${notSupported.length})`);
  console.log(`  disputed: precision ${pct(calledDisputed.length - falseDisputes, calledDisputed.length)}, recall ${pct(disputedLabels.filter((c) => c.got === "disputed").length, disputedLabels.length)}; false disputes ${pct(falseDisputes, cases.length)} of all sentences (${falseDisputes}/${cases.length})`);
}
if (only === undefined) {
  rates(false);
  if (heldOut) rates(true);
}
