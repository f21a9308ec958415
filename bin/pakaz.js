#!/usr/bin/env node
"use strict";
// The executable stays tiny: all behaviour lives in the bundled CLI
// (dist/cli.cjs) so that tests can call run() in-process and the exit code is
// set in one place (including a closed pipe, which src/cli/io.ts turns into a
// quiet exit 0). It is CommonJS (bin/package.json says so): Node starts a
// CommonJS entry several milliseconds sooner than an ES module.
//
// Node 22.1 and later keep the code V8 compiles for what they load in their
// compile cache (module.enableCompileCache; NODE_COMPILE_CACHE names its
// folder, NODE_DISABLE_COMPILE_CACHE=1 turns it off), so later runs skip
// compiling the bundle. Node 20 has no such cache and compiles it every run.
// --no-cache keeps pakaz out of every cache.

const argv = process.argv.slice(2);
const { enableCompileCache } = require("node:module");
if (typeof enableCompileCache === "function" && !argv.includes("--no-cache")) {
  // Node's default folder is under the system's temporary folder, which any
  // local user can write to first and fill with code for pakaz to run. The
  // compile cache goes in pakaz's own cache folder instead, and only when
  // that is the user's and no one else can write to it; else there is none.
  const folder = privateCompileCacheFolder();
  if (folder !== undefined) enableCompileCache(folder);
}
// Before the bundle loads: Node reads a file's source map only if this was on when it loaded.
if (argv.includes("--debug")) process.setSourceMapsEnabled(true);

require("../dist/cli.cjs")
  .run(argv)
  .then((code) => {
    process.exitCode = code;
  });

/** <cache folder>/compile-cache when both are folders of this user's that no one else can write to (the rule of the corpus cache, in dist/cache-dir.cjs). */
function privateCompileCacheFolder() {
  try {
    const { cacheDirectory, privateFolderProblem } = require("../dist/cache-dir.cjs");
    const dir = cacheDirectory(process.env);
    if (dir === undefined) return undefined;
    const folder = require("node:path").join(dir, "compile-cache");
    // The corpus cache warns about an unusable folder; this stays quiet, so a run says it once.
    return privateFolderProblem(dir) === undefined && privateFolderProblem(folder) === undefined ? folder : undefined;
  } catch {
    return undefined;
  }
}
