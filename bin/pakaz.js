#!/usr/bin/env node
"use strict";
// The executable stays tiny: all behaviour lives in the bundled CLI so that
// tests can call run() in-process and the exit code is set in one place
// (including a closed pipe, which src/cli/io.ts turns into a quiet exit 0).
// It is CommonJS (bin/package.json says so): Node starts a CommonJS entry
// several milliseconds sooner than an ES module, and pakaz is run often.

const { loadCli } = require("./load-cli.js");

const argv = process.argv.slice(2);
const { cli, saveCode } = loadCli({ argv, env: process.env });
cli.run(argv).then((code) => {
  process.exitCode = code;
  saveCode();
});
