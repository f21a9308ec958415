#!/usr/bin/env node
// The executable stays tiny: all behaviour lives in the bundled CLI so that
// tests can call main() in-process and the exit code is set in one place.
import { run } from "../dist/cli.js";

process.exitCode = await run(process.argv.slice(2));
