#!/usr/bin/env node
// The executable stays tiny: all behaviour lives in the bundled CLI so that
// tests can call run() in-process and the exit code is set in one place.
import { run } from "../dist/cli.js";

// A reader that goes away (`pakaz conflicts | head`) is not an error: stop
// quietly with success, as grep and ripgrep do.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

process.exitCode = await run(process.argv.slice(2));
