"use strict";
// Loads the bundled CLI (dist/cli.cjs) with V8's code cache. Most of a
// pakaz start-up that is not Node's own is V8 compiling the bundle; V8 can
// save the compiled code of a script and take it back on the next run, but
// Node 20 offers that only to a script compiled through vm.Script (Node 22's
// module.enableCompileCache is the same idea for require and import). So the
// bundle is CommonJS, compiled here as Node's require would compile it, with
// the saved code when there is some.
//
// The code is looked for in two places, one file per command: the user's
// cache folder (written by an earlier run) and dist/code-cache/ (written by
// `npm run build`, so that a first run is quick too). V8 refuses code saved
// by another version of Node or under other V8 flags (NODE_OPTIONS), and the
// run then saves its own. The user's copy is named by the build id, because
// V8 checks only the length of the source, and a rebuilt bundle of the same
// length must not run old code. Saved code is code: a copy that another user
// could have written is not run.

const fs = require("node:fs");
const Module = require("node:module");
const path = require("node:path");
const vm = require("node:vm");

const DIST = path.join(__dirname, "..", "dist");

/** The shipped code's name in dist/code-cache/: V8's code is only good for the Node that made it. */
const RUNTIME = `${process.version}-${process.arch}`;

function bundleOf(dist) {
  return path.join(dist, "cli.cjs");
}

/**
 * Compiles and runs the bundle's top level; `cachedData` may be undefined or
 * stale. `name` is the file name the code will carry in stack traces: V8
 * keeps the one it was compiled under in the code it saves, so the build
 * compiles under the name the bundle will have once dist/ is in place.
 */
function compileBundle(dist, cachedData, name = bundleOf(dist)) {
  const file = bundleOf(dist);
  // The wrapper Node's require puts around a CommonJS file, written out: Module.wrap is not a documented API.
  const source = `(function (exports, require, module, __filename, __dirname) { ${fs.readFileSync(file, "utf8")}\n});`;
  const script = new vm.Script(source, { filename: name, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, Module.createRequire(file), module, file, dist);
  return { cli: module.exports, script };
}

function readIfPresent(file) {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}

/** The file, if only this user can have written it (where the system has users). */
function readIfPrivate(file) {
  try {
    const info = fs.statSync(file);
    if (typeof process.getuid === "function" && (info.uid !== process.getuid() || (info.mode & 0o022) !== 0)) return undefined;
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Writes `bytes` so that a reader never sees half a file: a private temporary file, then a rename. */
function writeAtomically(file, bytes) {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temporary, bytes, { mode: 0o600 });
    fs.renameSync(temporary, file);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * Each command has saved code of its own, made by running it: V8 reads back
 * all of a saved code file, so a check need not read the code of review or
 * cite. A test holds this list to the program's commands.
 */
const COMMANDS = ["check", "review", "conflicts", "show", "timeline", "search", "cite", "export", "sources", "validate"];

/** The command argv runs (its first word that names one), or "pakaz" for help, --version and mistakes. */
function commandOf(argv) {
  return argv.find((word) => COMMANDS.includes(word)) ?? "pakaz";
}

/** The code the build saved, if it was saved for the bundle where it now is (see compileBundle). */
function shippedCode(dist, command) {
  const folder = path.join(dist, "code-cache");
  const madeFor = readIfPresent(path.join(folder, "made-for"));
  return madeFor !== undefined && madeFor.toString("utf8") === bundleOf(dist) ? readIfPresent(path.join(folder, `${RUNTIME}-${command}.bin`)) : undefined;
}

/** Where this user's copy of the compiled code goes, or undefined when there is no cache folder. */
function userCodeCacheFile(dist, env, command) {
  const { cacheDirectory } = require(path.join(dist, "cache-dir.cjs"));
  const folder = cacheDirectory(env);
  const buildId = readIfPresent(path.join(dist, "build-id"));
  if (folder === undefined || buildId === undefined) return undefined;
  return path.join(folder, `code-${buildId.toString("utf8").trim().slice(0, 16)}-${RUNTIME}-${command}.bin`);
}

/**
 * The CLI's exports, and `done()`, to call once a command has finished: it
 * saves the compiled code when none was found or V8 refused what was, after
 * the run, so that the code of the functions the command called is in it.
 * A code cache is only a speed-up: when it cannot be read or written, pakaz
 * runs as it would without one, and says nothing.
 */
function loadCli({ argv, env, dist = DIST }) {
  // --debug wants traces through the source maps, which Node applies to code
  // it loads itself; NODE_DISABLE_COMPILE_CACHE is Node's own switch for this.
  if (argv.includes("--debug") || (env.NODE_DISABLE_COMPILE_CACHE ?? "") !== "") {
    if (argv.includes("--debug")) process.setSourceMapsEnabled(true);
    return { cli: require(bundleOf(dist)), done() {} };
  }
  // --no-cache promises that nothing is read from, or written to, the user's cache folder.
  const command = commandOf(argv);
  let userFile;
  try {
    userFile = argv.includes("--no-cache") ? undefined : userCodeCacheFile(dist, env, command);
  } catch {
    userFile = undefined;
  }
  const saved = (userFile && readIfPrivate(userFile)) || shippedCode(dist, command);
  const { cli, script } = compileBundle(dist, saved);
  const done = () => {
    if (userFile === undefined || (saved !== undefined && !script.cachedDataRejected)) return;
    try {
      writeAtomically(userFile, script.createCachedData());
    } catch {
      // A folder that cannot be written: the corpus cache already says so.
    }
  };
  return { cli, done };
}

module.exports = { loadCli, compileBundle, COMMANDS, RUNTIME };
