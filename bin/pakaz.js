#!/usr/bin/env node
// The executable stays tiny: all behaviour lives in the bundled CLI so that
// tests can call run() in-process and the exit code is set in one place
// (including a closed pipe, which src/cli/io.ts turns into a quiet exit 0).
import module from "node:module";

// From Node 22.1, Node can keep the compiled code of pakaz's bundle between
// runs, which saves much of a start-up; Node 20 has no such call and simply
// compiles every time. NODE_DISABLE_COMPILE_CACHE=1 turns it off.
module.enableCompileCache?.();
const { run } = await import("../dist/cli.js");

process.exitCode = await run(process.argv.slice(2));
