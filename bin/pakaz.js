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
if (typeof enableCompileCache === "function" && !argv.includes("--no-cache")) enableCompileCache();
// Before the bundle loads: Node reads a file's source map only if this was on when it loaded.
if (argv.includes("--debug")) process.setSourceMapsEnabled(true);

require("../dist/cli.cjs")
  .run(argv)
  .then((code) => {
    process.exitCode = code;
  });
