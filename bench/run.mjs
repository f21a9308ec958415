// `npm run bench`: times the built CLI (bin/pakaz.js → dist/) against bare
// `node -e 0`, prints a table and writes it, with the machine, Node version
// and date, to BENCHMARKS.md. A script, not a test: timings vary from machine
// to machine, so they are reported, never asserted.
//
// Every pakaz run is alternated with a bare Node run, so drift of a shared
// machine cancels: a row's ratio is its median over the median of the bare
// runs taken between its own runs. Each row gives the median and the range
// (min–max) of its runs and the peak resident memory of the largest run.
//
// Environment: BENCH_RUNS (runs per fast row, default 7), BENCH_SIZES
// (synthetic corpora, default 1000,10000,100000), BENCH_SLOW_RUNS (runs of
// rows that take more than a few seconds, default 3), BENCH_OUT (where to
// write the report, default BENCHMARKS.md; "-" prints only).

import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { cpus, loadavg, platform, release, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { writeCorpus } from "./generate-corpus.mjs";
import { profileRun, profileTable } from "./profile.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const SLOW_RUNS = Number(process.env.BENCH_SLOW_RUNS ?? 3);
const SIZES = (process.env.BENCH_SIZES ?? "1000,10000,100000").split(",").map(Number).filter((n) => n > 0);
const OUT = process.env.BENCH_OUT ?? join(ROOT, "BENCHMARKS.md");
const CORPORA = join(ROOT, "bench", "corpora");
const CLAIM = "Pakistan opened its embassy in Baku in 1993";
/** A claim with a written month: the only kind that runs chrono-node, whose start is the costliest part of reading a date. */
const DATED_CLAIM = "Pakistan recognised Azerbaijan's independence on 12 December 1991";
const SYNTHETIC_CLAIM = "Pakistan and Azerbaijan signed 12 agreements on trade and energy in Baku in March 2015.";
/** A run that takes longer than this is "slow": it gets BENCH_SLOW_RUNS runs, not BENCH_RUNS. */
const SLOW_MS = 5000;

// ---------------------------------------------------------------- the environment
// Every run, pakaz's and bare Node's, gets the same small environment, built
// here, not the shell's. In particular NODE_EXTRA_CA_CERTS, which the
// machines this project is built on set and users do not: with it Node reads
// a CA bundle at every start (about 35 ms on Node 20 here), which inflates the
// floor and flatters every ratio. It is unset for the build as well.
const EXTRA_CA_WAS_SET = (process.env.NODE_EXTRA_CA_CERTS ?? "") !== "";
const { NODE_EXTRA_CA_CERTS: _unset, ...shellWithoutExtraCa } = process.env;

// ---------------------------------------------------------------- the build
// The benchmark times a build of its own, so a rebuild in the working tree
// during a long run cannot change what is measured halfway through. It is
// built where it runs, as an install is: the code V8 saves at build time
// names the bundle's path, and a copy moved elsewhere would not use it.
// The commit measured is the one whose files are copied now, not whatever is checked out when the run ends.
const commit = spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).stdout?.trim() || "unknown";
const dirty = spawnSync("git", ["status", "--porcelain", "--untracked-files=no"], { cwd: ROOT, encoding: "utf8" }).stdout?.trim() ? " (with uncommitted changes)" : "";
const work = mkdtempSync(join(tmpdir(), "pakaz-bench-"));
const app = join(work, "app");
mkdirSync(app);
for (const part of ["bin", "data", "scripts", "src", "package.json", "tsconfig.json"]) cpSync(join(ROOT, part), join(app, part), { recursive: true });
symlinkSync(join(ROOT, "node_modules"), join(app, "node_modules"), "dir");
const built = spawnSync(process.execPath, [join(app, "scripts", "build.mjs")], { cwd: app, env: shellWithoutExtraCa, stdio: ["ignore", "ignore", "inherit"] });
if (built.status !== 0) throw new Error(`building the benchmark's copy of pakaz failed (exit ${built.status})`);
const BIN = join(app, "bin", "pakaz.js");
const CACHE = join(work, "cache");
const RSS_FILE = join(work, "rss.txt");
const PRELOAD = fileURLToPath(new URL("./max-rss.cjs", import.meta.url));
process.on("exit", () => rmSync(work, { recursive: true, force: true }));

// ---------------------------------------------------------------- inputs
async function corpusOf(size) {
  const dir = join(CORPORA, String(size));
  const generator = readFileSync(new URL("./generate-corpus.mjs", import.meta.url));
  const stamp = createHash("sha256").update(generator).update(String(size)).digest("hex");
  const stampFile = join(dir, ".stamp");
  if (existsSync(stampFile) && readFileSync(stampFile, "utf8") === stamp) return dir;
  process.stderr.write(`generating a synthetic corpus of ${size.toLocaleString("en-US")} claims in ${dir}\n`);
  await writeCorpus(size, dir);
  writeFileSync(stampFile, stamp);
  return dir;
}

/** 1,000 statements a user might check: the labelled evaluation sentences, in turn. */
function claimsFile() {
  const sentences = [];
  for (const name of ["check-cases.yaml", "check-cases-holdout.yaml", "check-cases-holdout-2.yaml"]) {
    const path = join(ROOT, "tests", "eval", name);
    if (existsSync(path)) for (const c of parse(readFileSync(path, "utf8")).cases ?? []) if (typeof c.claim === "string") sentences.push(c.claim);
  }
  if (sentences.length === 0) sentences.push(CLAIM);
  const lines = Array.from({ length: 1000 }, (_, i) => sentences[i % sentences.length].replace(/\s+/g, " "));
  mkdirSync(CORPORA, { recursive: true });
  const path = join(CORPORA, "claims-1000.txt");
  writeFileSync(path, `${lines.join("\n")}\n`);
  return path;
}

/** A draft of at least 5,000 words for `review`: the labelled drafts (tests/eval/drafts), in turn. */
function draftFile() {
  const dir = join(ROOT, "tests", "eval", "drafts");
  const texts = readdirSync(dir)
    .filter((name) => /\.(md|txt)$/.test(name) && name !== "README.md")
    .sort()
    .map((name) => readFileSync(join(dir, name), "utf8").replace(/^---\n[\s\S]*?\n---\n/, ""));
  const parts = [];
  let words = 0;
  for (let i = 0; words < 5000; i++) {
    const text = texts[i % texts.length];
    parts.push(text);
    words += text.split(/\s+/).filter(Boolean).length;
  }
  mkdirSync(CORPORA, { recursive: true });
  const path = join(CORPORA, "draft-5000.md");
  writeFileSync(path, parts.join("\n\n"));
  return { path, words };
}

// ---------------------------------------------------------------- timing
// TMPDIR: Node 22's compile cache (bin/pakaz.js turns it on) is kept in the temporary folder; the benchmark's own.
const ENV = { PATH: process.env.PATH ?? "", HOME: work, XDG_CACHE_HOME: CACHE, TMPDIR: join(work, "tmp"), NO_COLOR: "1", PAKAZ_BENCH_RSS_FILE: RSS_FILE };
mkdirSync(ENV.TMPDIR);
if ("NODE_EXTRA_CA_CERTS" in ENV) throw new Error("the timed runs must not have NODE_EXTRA_CA_CERTS");
/** Where the benchmark runs: printed at the start and written into the report. */
const RUNS_ON = [
  `Node ${process.version} (${process.execPath}), V8 ${process.versions.v8}`,
  `${platform()} ${process.arch}, ${cpus().length} CPUs`,
  `NODE_EXTRA_CA_CERTS ${EXTRA_CA_WAS_SET ? "was set in the shell and is unset" : "is unset"} for every timed run; no NODE_OPTIONS`,
];
process.stderr.write(`benchmarking on ${RUNS_ON.join("; ")}\n`);
/** check exits 0, 1, 3 or 4 with a verdict; 2 is an error. */
const OK_CODES = new Set([0, 1, 3, 4]);

function timeOnce(args) {
  rmSync(RSS_FILE, { force: true });
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ["--require", PRELOAD, ...args], { cwd: app, env: ENV, stdio: ["ignore", "ignore", "pipe"], maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (!OK_CODES.has(result.status ?? -1)) {
    throw new Error(`node ${args.join(" ")} exited ${result.status ?? result.signal}: ${result.stderr.toString().slice(0, 2000)}`);
  }
  const rssKb = Number(readFileSync(RSS_FILE, "utf8").trim().split("\n").pop());
  return { ms, rssKb, stderr: result.stderr.toString() };
}

const BARE = ["-e", "0"];
const allBare = [];
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * Times one row: `runs` runs, each right after a bare Node run, after one
 * untimed run; a cold row empties pakaz's cache folder before each run. A row whose first run takes more than SLOW_MS gets
 * BENCH_SLOW_RUNS runs instead.
 */
function measure(label, args, { cold = false, runs = RUNS } = {}) {
  // One untimed run first: it fills Node's compile cache, and for a warm row pakaz's cache.
  timeOnce(args);
  if (cold) rmSync(CACHE, { recursive: true, force: true });
  const times = [];
  const bare = [];
  let rssKb = 0;
  let warnings = "";
  for (let i = 0, n = runs; i < n; i++) {
    bare.push(timeOnce(BARE).ms);
    if (cold) rmSync(CACHE, { recursive: true, force: true });
    const run = timeOnce(args);
    times.push(run.ms);
    rssKb = Math.max(rssKb, run.rssKb);
    if (run.stderr.includes("warning")) warnings = run.stderr;
    if (i === 0 && run.ms > SLOW_MS) n = Math.min(n, SLOW_RUNS);
  }
  allBare.push(...bare);
  const row = { label, runs: times.length, median: median(times), min: Math.min(...times), max: Math.max(...times), rssKb, ratio: median(times) / median(bare) };
  if (warnings) process.stderr.write(`${label}: ${warnings}\n`);
  process.stderr.write(`${formatRow(row)}\n`);
  return row;
}

function measureBare() {
  // Untimed first: the first runs after the build measured slower (77 ms
  // against a 60 ms floor over the whole benchmark), which this row showed.
  for (let i = 0; i < 3; i++) timeOnce(BARE);
  const times = [];
  let rssKb = 0;
  for (let i = 0; i < RUNS; i++) {
    const run = timeOnce(BARE);
    times.push(run.ms);
    rssKb = Math.max(rssKb, run.rssKb);
  }
  allBare.push(...times);
  return { label: "bare `node -e 0` (the floor)", runs: RUNS, median: median(times), min: Math.min(...times), max: Math.max(...times), rssKb, ratio: 1 };
}

const fmtMs = (ms) => (ms >= 10000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);
const fmtMb = (kb) => `${Math.round(kb / 1024)} MiB`;
function formatRow(r) {
  return `| ${r.label} | ${fmtMs(r.median)} | ${fmtMs(r.min)}–${fmtMs(r.max)} | ${r.runs} | ${r.ratio.toFixed(2)}× | ${fmtMb(r.rssKb)} |`;
}

// ---------------------------------------------------------------- the rows
const loadBefore = loadavg();
const rows = [];
const pakaz = (...args) => [BIN, ...args];
const claims1000 = claimsFile();
const draft = draftFile();
const named = {};

rows.push(measureBare());
rows.push((named.coldBundled = measure(`\`check "<claim>"\`, bundled corpus, cold (empty cache folder)`, pakaz("check", CLAIM), { cold: true })));
rows.push((named.warmBundled = measure(`\`check "<claim>"\`, bundled corpus, warm`, pakaz("check", CLAIM))));
rows.push((named.dated = measure(`\`check "<claim with a written month>"\`, bundled corpus, warm`, pakaz("check", DATED_CLAIM))));
rows.push((named.version = measure("`--version`: loading the CLI, and nothing else", pakaz("--version"))));
rows.push(measure(`\`check --no-cache "<claim>"\`, bundled corpus`, pakaz("--no-cache", "check", CLAIM)));
rows.push((named.batchCold = measure("`check -f` 1,000 claims, bundled corpus, cold", pakaz("check", "-f", claims1000), { cold: true })));
rows.push((named.batchWarm = measure("`check -f` 1,000 claims, bundled corpus, warm", pakaz("check", "-f", claims1000))));
rows.push((named.review = measure(`\`review\` of a ${draft.words.toLocaleString("en-US")}-word draft, bundled corpus, warm`, pakaz("review", draft.path))));
rows.push(measure("`search embassy Baku`, bundled corpus, warm", pakaz("search", "embassy", "Baku")));
rows.push(measure("`conflicts`, bundled corpus, warm", pakaz("conflicts")));
rows.push(measure("`export --format bibtex`, bundled corpus, warm", pakaz("export", "--format", "bibtex")));
const profiles = [];
profiles.push({ title: "a warm check of the bundled corpus", result: profileRun(["check", CLAIM], { cache: CACHE, bin: BIN, cwd: app, byFile: true }) });
const scaling = [];
for (const size of SIZES) {
  const dir = await corpusOf(size);
  const name = `${size.toLocaleString("en-US")} claims`;
  const cold = measure(`\`check "<claim>"\`, ${name}, cold (builds the cache)`, pakaz("--corpus", dir, "check", SYNTHETIC_CLAIM), { cold: true, runs: SLOW_RUNS });
  const warm = measure(`\`check "<claim>"\`, ${name}, warm`, pakaz("--corpus", dir, "check", SYNTHETIC_CLAIM));
  rows.push(cold, warm);
  scaling.push({ size, cold, warm, dir });
}
const largest = scaling[scaling.length - 1];
if (largest !== undefined) {
  // The cache folder still holds the largest corpus's cache from its warm row.
  profiles.push({ title: `a warm check of ${largest.size.toLocaleString("en-US")} claims`, result: profileRun(["--corpus", largest.dir, "check", SYNTHETIC_CLAIM], { cache: CACHE, bin: BIN, cwd: app, byFile: true }) });
  // A cold run of the largest corpus takes minutes; its shares are those of a smaller one.
  const sample = scaling.find((s) => s.size === 10000) ?? largest;
  profiles.push({ title: `building the cache of ${sample.size.toLocaleString("en-US")} claims (a cold check)`, result: profileRun(["--corpus", sample.dir, "check", SYNTHETIC_CLAIM], { bin: BIN, cwd: app, byFile: true }) });
}
const loadAfter = loadavg();
const touchMsPerMiB = firstTouchCost();

/**
 * What filling fresh memory costs on this machine, in ms per MiB: the page
 * faults of memory a process touches for the first time. A virtual machine
 * can make them dear, and then every MiB a run adds to bare Node's costs it.
 */
function firstTouchCost() {
  const mib = 64;
  const script = `const b = Buffer.allocUnsafeSlow(${mib} * 2 ** 20); const t = process.hrtime.bigint(); for (let i = 0; i < b.length; i += 4096) b[i] = 1; console.log(Number(process.hrtime.bigint() - t) / 1e6);`;
  const runs = Array.from({ length: 5 }, () => Number(spawnSync(process.execPath, ["-e", script], { encoding: "utf8", env: ENV }).stdout));
  return median(runs) / mib;
}

// ---------------------------------------------------------------- report
const floor = median(allBare);
const exponent = (a, b, pick) => Math.log(pick(b) / pick(a)) / Math.log(b.size / a.size);
const scalingLines = [];
if (scaling.length >= 2) {
  const first = scaling[0];
  const last = scaling[scaling.length - 1];
  const above = (p) => (s) => Math.max(1, s[p].median - floor);
  scalingLines.push(
    `From ${first.size.toLocaleString("en-US")} to ${last.size.toLocaleString("en-US")} claims (×${last.size / first.size}), with time ∝ claims^k:`,
    "",
    `- warm check, whole run: ${fmtMs(first.warm.median)} → ${fmtMs(last.warm.median)}, k = ${exponent(first, last, (s) => s.warm.median).toFixed(2)};` +
      ` the part above the bare-Node floor: ${fmtMs(above("warm")(first))} → ${fmtMs(above("warm")(last))}, k = ${exponent(first, last, above("warm")).toFixed(2)}`,
    `- cold check (parse, validate, build and write the cache): ${fmtMs(first.cold.median)} → ${fmtMs(last.cold.median)}, k = ${exponent(first, last, (s) => s.cold.median).toFixed(2)}`,
    `- peak memory, warm: ${fmtMb(first.warm.rssKb)} → ${fmtMb(last.warm.rssKb)}; cold: ${fmtMb(first.cold.rssKb)} → ${fmtMb(last.cold.rssKb)}`,
  );
  // Two-point fit of the part above the floor: a fixed cost plus a cost per claim.
  const perClaimUs = ((above("warm")(last) - above("warm")(first)) / (last.size - first.size)) * 1000;
  const fixedMs = above("warm")(first) - (perClaimUs / 1000) * first.size;
  scalingLines.push(
    `- as a line through the two ends: ${fmtMs(Math.max(0, fixedMs))} fixed (above the floor) plus ${perClaimUs.toFixed(1)} µs per claim, so the per-claim part is ${fmtMs((perClaimUs / 1000) * last.size)} at ${last.size.toLocaleString("en-US")} claims`,
  );
  for (let i = 1; i < scaling.length; i++) {
    const a = scaling[i - 1];
    const b = scaling[i];
    scalingLines.push(
      `- ${a.size.toLocaleString("en-US")} → ${b.size.toLocaleString("en-US")}: warm k = ${exponent(a, b, (s) => s.warm.median).toFixed(2)} (above the floor ${exponent(a, b, above("warm")).toFixed(2)}), cold k = ${exponent(a, b, (s) => s.cold.median).toFixed(2)}`,
    );
  }
}

const targets = [];
const target = (what, ok, measured) => targets.push(`| ${what} | ${measured} | ${ok ? "met" : "**missed**"} |`);
target("`check`, bundled corpus, warm: at most 1.5× bare Node", named.warmBundled.ratio <= 1.5, `${named.warmBundled.ratio.toFixed(2)}×`);
target("`check`, bundled corpus, warm: at most 3.5× bare Node (issue 21, on Node 24)", named.warmBundled.ratio <= 3.5, `${named.warmBundled.ratio.toFixed(2)}×`);
target("`check`, bundled corpus, cold: at most 3× bare Node", named.coldBundled.ratio <= 3, `${named.coldBundled.ratio.toFixed(2)}×`);
target("1,000 claims through one `check -f`: under 2 s", named.batchWarm.median < 2000, `${fmtMs(named.batchWarm.median)} warm, ${fmtMs(named.batchCold.median)} cold`);
target("`review` of a 5,000-word draft: under 1 s", named.review.median < 1000, fmtMs(named.review.median));
const big = scaling.find((s) => s.size === 100000);
if (big !== undefined) {
  target("100,000 claims: a check under 1 s, warm", big.warm.median < 1000, fmtMs(big.warm.median));
  target("100,000 claims: the cache built in under 30 s", big.cold.median < 30000, `${fmtMs(big.cold.median)} (a cold check: build and check)`);
  target("100,000 claims: peak memory under 1 GiB", Math.max(big.warm.rssKb, big.cold.rssKb) < 1024 * 1024, `${fmtMb(big.warm.rssKb)} warm, ${fmtMb(big.cold.rssKb)} cold`);
}

const cpu = cpus();
const table = [
  "| what | median | range | runs | × bare Node | peak RSS |",
  "|---|---:|---:|---:|---:|---:|",
  ...rows.map(formatRow),
].join("\n");
const fmtLoad = (l) => l.map((x) => x.toFixed(2)).join(", ");
const profileSections = profiles
  .map(({ title, result }) => `### ${title[0].toUpperCase()}${title.slice(1)}\n\n${fmtMs(result.wallMs)} under the profiler; self time by origin (bundle mapped back through its source maps):\n\n${profileTable(result)}`)
  .join("\n\n");

const report = `# Benchmarks

Written by \`npm run bench\` (bench/run.mjs); do not edit by hand, run it again.

- date: ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC
- machine: ${cpu[0]?.model ?? "unknown CPU"}, ${cpu.length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, ${platform()} ${release()};
  load average ${fmtLoad(loadBefore)} at the start, ${fmtLoad(loadAfter)} at the end
- Node ${process.version} (V8 ${process.versions.v8}, ${process.arch}), the Node that ran the benchmark; pakaz at ${commit}${dirty}
- environment of every timed run: PATH, HOME, XDG_CACHE_HOME, TMPDIR, NO_COLOR and the file for its peak memory, nothing else;
  NODE_EXTRA_CA_CERTS ${EXTRA_CA_WAS_SET ? "was set in the shell and is unset" : "is unset"} for every row, and NODE_OPTIONS is not passed
- bare-Node floor over all ${allBare.length} bare runs: median ${fmtMs(floor)}
- fresh memory: ${touchMsPerMiB.toFixed(2)} ms per MiB to touch for the first time (page faults)

Each pakaz run is timed from spawn to exit (output discarded) right after a bare \`node -e 0\`
run; "× bare Node" divides the row's median by the median of those bare runs, so a machine
that slows down during the benchmark slows both. The bundled corpus is checked with
"${CLAIM}", and, for the row with a written month, "${DATED_CLAIM}". *Cold* empties the user's cache folder before
every run. For a synthetic corpus the run then reads the YAML, validates it, builds the search
index and writes the cache. For the bundled corpus it reads the compiled cache that
\`npm run build\` ships in dist/corpus-image/, which is what a user's first check after
installing does; the \`--no-cache\` row is the bundled corpus read from its YAML every time,
what a first check of a curator's edited corpus costs. *Warm* finds the cache in place. The
CLI is one bundle that bin/pakaz.js requires. On Node 22.1 and later it turns on Node's
compile cache, which every row's untimed first run fills and which *cold* leaves in place
(it empties only pakaz's cache folder); Node 20 has none and compiles the bundle every run.
Peak RSS is the largest of the row's runs. The 1,000 claims
of \`check -f\` are the labelled evaluation sentences (tests/eval), repeated. The synthetic
corpora come from \`bench/generate-corpus.mjs\` (seeded, so every run measures the same
corpus): the bundled corpus's schema, sentences of a dozen kinds with dates, figures, ranks
and denials, entities named by their aliases, related claims and about one recorded
conflict per forty claims. The claim checked there, "${SYNTHETIC_CLAIM}",
names the two most common entities, so its candidate set is as large as it gets.

${table}

## Targets

| target | measured | |
|---|---:|---|
${targets.join("\n")}

## Why the warm check misses 1.5×

The 1.5× target was set against a floor of about 60 ms, measured on another machine
(AMD EPYC, 2026-12-03; the benchmark's runs have never had NODE_EXTRA_CA_CERTS, whose
environment it builds from scratch). Bare Node starts in about 22 ms on an idle machine
of the kind this runs on now, and the same work above the floor is a larger multiple of
that. Issue 21's bar is 3.5× on Node 24.

1.5× bare Node is ${fmtMs(1.5 * floor)} here, ${fmtMs(0.5 * floor)} above the floor. Loading the CLI
alone (\`--version\`: the bundle loaded, from Node's compile cache on Node 22.1 and later,
the program built, the arguments parsed) takes ${fmtMs(named.version.median - floor)} of that; the warm check takes
${fmtMs(named.warmBundled.median - named.version.median)} more. Its peak memory is
${fmtMb(named.warmBundled.rssKb - rows[0].rssKb)} above bare Node's (mostly compiled code, the images'
heads and the heap's young generation): at this machine's cost, about
${fmtMs(((named.warmBundled.rssKb - rows[0].rssKb) / 1024) * touchMsPerMiB)} of the time above the floor is first touches of memory.

Measured inside the process with the hand-made code-cache loader that Node's compile
cache replaced (marks at each step, Node 20.20, 2026-12-03; not regenerated by the
benchmark): reading the bundle and restoring its compiled code took about 13 ms; building
the program and parsing the arguments 3 ms; listing and stating the corpus files for the
cache key 2 ms; opening the corpus and index images 10 ms (most of it parsing their JSON
heads, 168 KB); reading the sentence and comparing it with its candidates 13 ms, of which
V8 compiling the regular expressions that read it is about 5 ms (V8 keeps no compiled
regular expression across processes). Node's compile cache keeps the code V8 compiles
when it loads the bundle, not the functions a command compiles later as it runs, which
the old loader saved; that costs a warm check about 7 to 12 ms of CPU (see "Start-up
before and after"). To start much faster the process would have to start warm, as a
resident process that outlives the command would, a product decision (a process that
lingers, a socket to secure).

What did pay (measured then, each by alternating runs): leaving chrono's four costliest
parsers out of a sentence that lacks the words they need (their patterns took V8 about
35 ms to compile); running chrono's module only when a date is first read; the images'
heads stored in ASCII, so that they are one byte a character in memory; one pattern of
pakaz's own that V8 compiled slowly (2.7 ms, now 1 ms); and one term table instead of
two. A bundle with local names shortened (300 KB instead of 442 KB), which paid about
4.5 ms under the old loader, measured nothing with Node's compile cache (57 against 57 ms
of CPU on Node 24, 58 against 57 on Node 20) and is gone.

## How a check's cost grows with the corpus

${scalingLines.join("\n")}

A warm check has a fixed part (starting Node, loading the bundled code, reading the
cache's heads) and a part that grows with the corpus. The fixed part dominates at the
small end, which is why the exponent over the whole range is well below 1; between the
two largest corpora it rises toward 1 as the per-claim part takes over. The cache is laid out so
that the growing part is small: a check lists and stats the corpus files (a file's bytes
are hashed again only when it has changed: the key is their content, not their time
stamps), reads the cache's JSON heads (claim ids, sources, entities, conflicts, the term
table) and its typed arrays of terms and postings, and builds one small proxy per claim
for the id lookups (\`lookupCorpus\`). Only the few dozen claims the verdict compares are
decoded from JSON. The candidate search reads only the postings of the sentence's rarest
terms: a claim holding none of them cannot explain the share of the sentence a verdict
needs (max-score pruning), so a sentence naming Pakistan and Azerbaijan, which share a
term with about two thirds of such a corpus, scores only the claims sharing its rare words.
What still grows with the corpus is reading the cache's heads and building the claim
proxies (the profiles below). A cold check is linear too (its exponent nears 1 as the corpus grows): it
parses and validates every file and analyses every statement and quote to build the index.

## Where the time goes

${profileSections}
`;

process.stdout.write(`${table}\n\n${targets.join("\n")}\n\n${scalingLines.join("\n")}\n`);
if (OUT !== "-") {
  writeFileSync(OUT, report);
  process.stderr.write(`wrote ${OUT}\n`);
}
