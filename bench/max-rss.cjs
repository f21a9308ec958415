// Preloaded (node --require) into every process the benchmark times, the bare
// `node -e 0` floor included, so each reports its own peak resident memory:
// Node cannot read a child's rusage, but a process can read its own on exit.
"use strict";
const out = process.env.PAKAZ_BENCH_RSS_FILE;
if (out) {
  process.on("exit", () => {
    require("node:fs").appendFileSync(out, `${process.resourceUsage().maxRSS}\n`);
  });
}
