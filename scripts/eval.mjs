// `npm run eval`: measures the check engine on the labelled set in
// tests/eval/check-cases.yaml (labels written before the engine was tuned),
// printing accuracy per verdict, overall, and a confusion matrix.
// --verbose lists every miss with the engine's explanation.

import { readFile } from "node:fs/promises";
import { parse } from "yaml";
import { checkClaim } from "../dist/index.js";
import { loadBundledIndex, root } from "./load-bundled-index.mjs";

const verbose = process.argv.includes("--verbose");
const index = await loadBundledIndex();
const thresholds = process.env.PAKAZ_THRESHOLDS ? JSON.parse(process.env.PAKAZ_THRESHOLDS) : undefined;
const labels = ["supported", "contradicted", "disputed", "unverified"];
const pct = (n, d) => (d === 0 ? "  n/a" : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

async function evaluate(file, title) {
  const { cases } = parse(await readFile(`${root}tests/eval/${file}`, "utf8"));
  const matrix = Object.fromEntries(labels.map((l) => [l, Object.fromEntries(labels.map((m) => [m, 0]))]));
  const misses = [];
  for (const c of cases) {
    const result = checkClaim(c.claim, index, thresholds ? { thresholds } : {});
    matrix[c.expect][result.verdict]++;
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
  if (verbose) {
    for (const m of misses) {
      console.log(`\n✗ expected ${m.expect}, got ${m.got}: ${m.claim}\n  why: ${m.why}`);
      for (const e of m.result.explanation.slice(0, 4)) console.log(`  · ${e}`);
      for (const x of m.result.matches.slice(0, 3)) console.log(`  ~ ${x.score} ${x.stance} ${x.claimId} ${x.facts.filter((f) => f.outcome !== "agree").map((f) => `${f.kind}:${f.outcome}(${f.said}|${f.corpus})`).join(" ")}`);
    }
  }
}

await evaluate("check-cases.yaml", "check, tuning set (labelled before tuning)");
await evaluate("check-cases-holdout.yaml", "check, first held-out set (labelled blind; its misses were then read to find general gaps)");
await evaluate("check-cases-holdout-2.yaml", "check, second held-out set (labelled blind, measured once at the end)");
