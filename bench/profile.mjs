// Where a pakaz run spends its time, by original source: runs the built CLI
// under `node --cpu-prof`, maps every sample of the bundle back through its
// source map to the package or src/ file it came from, and prints the self
// time of each. Used to explain BENCHMARKS.md; not part of the timed rows.
//
//   node bench/profile.mjs [--by-file] -- --corpus bench/corpora/100000 check "..."
//
// The cache folder is PAKAZ_PROFILE_CACHE (default: a fresh temporary
// folder, so the run is cold; pass the same folder twice for a warm run).

import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { SourceMap } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/**
 * Runs bin/pakaz.js with `args` under the profiler; returns the wall time and
 * the self time per origin, largest first. `cache` is the XDG_CACHE_HOME to
 * use (a fresh one, so a cold run, when not given).
 */
export function profileRun(args, { cache, byFile = false, bin = join(ROOT, "bin", "pakaz.js"), cwd = ROOT } = {}) {
  const work = mkdtempSync(join(tmpdir(), "pakaz-profile-"));
  try {
    const started = process.hrtime.bigint();
    const run = spawnSync(process.execPath, ["--cpu-prof", `--cpu-prof-dir=${work}`, bin, ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? "", XDG_CACHE_HOME: cache ?? join(work, "cache"), NO_COLOR: "1" },
      stdio: ["ignore", "ignore", "inherit"],
    });
    const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
    const file = readdirSync(work).find((f) => f.endsWith(".cpuprofile"));
    if (file === undefined) throw new Error(`no profile written (exit ${run.status})`);
    const profile = JSON.parse(readFileSync(join(work, file), "utf8"));
    const maps = new Map();
    const sourceMapOf = (url) => {
      if (!maps.has(url)) {
        let map;
        try {
          map = new SourceMap(JSON.parse(readFileSync(`${url.startsWith("file:") ? fileURLToPath(url) : url}.map`, "utf8")));
        } catch {
          map = undefined;
        }
        maps.set(url, map);
      }
      return maps.get(url);
    };
    const origin = (frame) => {
      if (frame.url === "") {
        if (frame.functionName === "(garbage collector)") return "(garbage collection)";
        // V8 names a regular expression's own frame after its source; whose it is does not show.
        if (frame.functionName.startsWith("RegExp:")) return "(regular expressions)";
        return frame.functionName || "(native)";
      }
      // A file Node loaded is named by a file: URL (or, from a CommonJS require, its path); the rest is Node's own.
      if (!frame.url.startsWith("file:") && !frame.url.startsWith("/")) return "node internals (module loading, fs, …)";
      const entry = sourceMapOf(frame.url)?.findEntry(frame.lineNumber, frame.columnNumber);
      const source = entry?.originalSource ?? frame.url;
      const pkg = source.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
      if (pkg) return pkg[1];
      const src = source.match(/src\/(.+)$/);
      if (src) return byFile ? `src/${src[1]}` : `src/${src[1].split("/").slice(0, 2).join("/").replace(/\.ts$/, "")}`;
      return source.replace(/^.*\//, "");
    };
    const selfById = new Map();
    profile.samples.forEach((id, i) => selfById.set(id, (selfById.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
    const totals = new Map();
    let totalUs = 0;
    for (const node of profile.nodes) {
      const us = selfById.get(node.id) ?? 0;
      if (us === 0) continue;
      const key = origin(node.callFrame);
      totals.set(key, (totals.get(key) ?? 0) + us);
      totalUs += us;
    }
    const rows = [...totals].sort((a, b) => b[1] - a[1]).map(([where, us]) => ({ where, ms: us / 1000, share: us / totalUs }));
    return { status: run.status, wallMs, sampledMs: totalUs / 1000, rows };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export function profileTable(result, top = 14) {
  const lines = ["| self time | share | where |", "|---:|---:|---|"];
  for (const row of result.rows.slice(0, top)) lines.push(`| ${Math.round(row.ms)} ms | ${(100 * row.share).toFixed(1)}% | ${row.where} |`);
  return lines.join("\n");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const separator = process.argv.indexOf("--");
  const options = process.argv.slice(2, separator < 0 ? undefined : separator);
  const args = separator < 0 ? [] : process.argv.slice(separator + 1);
  const result = profileRun(args, { cache: process.env.PAKAZ_PROFILE_CACHE, byFile: options.includes("--by-file") });
  console.log(`pakaz ${args.join(" ")}: exit ${result.status}, ${Math.round(result.wallMs)} ms wall, ${Math.round(result.sampledMs)} ms sampled`);
  console.log(profileTable(result, 25));
}
