#!/usr/bin/env node
// The executable stays tiny: all behaviour lives in the bundled CLI so that
// tests can call run() in-process and the exit code is set in one place
// (including a closed pipe, which src/cli/io.ts turns into a quiet exit 0).
import { run } from "../dist/cli.js";

process.exitCode = await run(process.argv.slice(2));
