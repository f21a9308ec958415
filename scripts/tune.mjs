// Grid search of the verdict thresholds on the labelled set, so they are set
// by measurement rather than by eye. Prints the best settings found; copy them
// into THRESHOLDS (src/core/verdict/decide-verdict.ts) only if they also hold
// on the held-out set (npm run eval reports both).

import { readFile } from "node:fs/promises";
import { parse } from "yaml";
import { checkClaim } from "../dist/index.js";
import { loadBundledIndex, root } from "./load-bundled-index.mjs";

const index = await loadBundledIndex();
// The sets already inspected while developing; check-cases-holdout-2.yaml stays unseen.
const cases = [];
for (const file of ["check-cases.yaml", "check-cases-holdout.yaml"]) {
  cases.push(...parse(await readFile(`${root}tests/eval/${file}`, "utf8")).cases);
}
const grid = {
  support: [0.4, 0.44, 0.48],
  contradict: [0.45, 0.5, 0.55],
  contradictCoverage: [0.5, 0.6, 0.7],
  polarityOnly: [0.55, 0.6, 0.65],
  supportRatio: [0.95, 1.0],
  partialRatio: [0.8, 1.0],
};
const keys = Object.keys(grid);
const results = [];
const walk = (i, chosen) => {
  if (i === keys.length) {
    const right = cases.filter((c) => checkClaim(c.claim, index, { thresholds: chosen }).verdict === c.expect).length;
    results.push({ ...chosen, right });
    return;
  }
  for (const v of grid[keys[i]]) walk(i + 1, { ...chosen, [keys[i]]: v });
};
walk(0, {});
results.sort((a, b) => b.right - a.right);
console.log(`${results.length} settings tried on ${cases.length} cases; best:`);
for (const r of results.slice(0, 8)) console.log(JSON.stringify(r));
