"use strict";
// Loads the bundled CLI (dist/cli.cjs) with V8's code cache. Most of a
// pakaz start-up that is not Node's own is V8 compiling the bundle; V8 can
// save the compiled code of a script and take it back on the next run, but
// Node 20 offers that only to a script compiled through vm.Script (Node 22's
// module.enableCompileCache is the same idea for require and import). So the
// bundle is CommonJS, compiled here as Node's require would compile it, with
// saved code when there is some.
//
// Saved code is looked for in two places, one file per command: in
// dist/code-cache/ (written by `npm run build` in the folder it builds, so
// that a first run is quick too), else in the user's cache folder, where a
// run saves its own when it found none. V8 takes saved code only from the
// same V8, under the same flags (NODE_OPTIONS) on the same CPU, and says
// which in v8.cachedDataVersionTag(): files are named by that tag, so a run
// never spends time on code it would refuse (trying costs ~30 ms). The
// user's copies are named by the build id too, because V8 checks only the
// length of the source, and a rebuilt bundle of the same length must not
// run old code. Saved code is code: a copy that another user could have
// written is not run.

const fs = require("node:fs");
const Module = require("node:module");
const path = require("node:path");
const vm = require("node:vm");

const DIST = path.join(__dirname, "..", "dist");

/** Which V8, flags and CPU saved code is for (see above). */
const CODE_TAG = `v8-${require("node:v8").cachedDataVersionTag().toString(16)}`;

function bundleOf(dist) {
  return path.join(dist, "cli.cjs");
}

/**
 * The bundle compiled, with `cachedData` if given: V8 says whether it took
 * it (script.cachedDataRejected) before any of the code runs. `name` is the
 * file name the code carries in stack traces: V8 keeps the one it was
 * compiled under in the code it saves, so the build compiles under the name
 * the bundle will have once dist/ is in place.
 */
function compileBundle(dist, cachedData, name = bundleOf(dist)) {
  // The wrapper Node's require puts around a CommonJS file, written out: Module.wrap is not a documented API.
  const source = `(function (exports, require, module, __filename, __dirname) { ${fs.readFileSync(bundleOf(dist), "utf8")}\n});`;
  return new vm.Script(source, { filename: name, cachedData });
}

/** Runs the compiled bundle's top level, as require would; returns its exports. */
function runBundle(dist, script) {
  const file = bundleOf(dist);
  const module = { exports: {} };
  script.runInThisContext()(module.exports, Module.createRequire(file), module, file, dist);
  return module.exports;
}

function readIfPresent(file) {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}

/**
 * The file, if only this user can have written it: owned by them, writable
 * by nobody else. Opened once, so the file checked is the file read. Windows
 * has no such owner and mode; there the user's cache folder is private by
 * default.
 */
function readIfPrivate(file) {
  let fd;
  try {
    fd = fs.openSync(file, "r");
    const info = fs.fstatSync(fd);
    if (typeof process.geteuid === "function" && (info.uid !== process.geteuid() || (info.mode & 0o022) !== 0)) return undefined;
    return fs.readFileSync(fd);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/**
 * Writes `bytes` so that a reader never sees half a file: a new private
 * temporary file ("wx" will not follow a link planted in its place), then a
 * rename.
 */
function writeAtomically(file, bytes) {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const temporary = `${file}.${process.pid}-${Date.now().toString(36)}.tmp`;
  try {
    fs.writeFileSync(temporary, bytes, { mode: 0o600, flag: "wx" });
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
  return madeFor !== undefined && madeFor.toString("utf8") === bundleOf(dist) ? readIfPresent(path.join(folder, `${CODE_TAG}-${command}.bin`)) : undefined;
}

/** This build's prefix of the user's copies: "code-<build id>-". */
function buildPrefix(dist) {
  const buildId = readIfPresent(path.join(dist, "build-id"));
  return buildId === undefined ? undefined : `code-${buildId.toString("utf8").trim().slice(0, 16)}-`;
}

/** The user's cache folder, found as the CLI finds it (the bundle's own code, built beside it). */
function userCacheFolder(dist, env) {
  return require(path.join(dist, "cache-dir.cjs")).cacheDirectory(env);
}

/** Copies saved by other builds of pakaz: nothing will read them again. */
function removeOtherBuilds(folder, prefix) {
  for (const name of fs.readdirSync(folder)) {
    if (name.startsWith("code-") && name.endsWith(".bin") && !name.startsWith(prefix)) fs.rmSync(path.join(folder, name), { force: true });
  }
}

/**
 * The CLI's exports, and `saveCode()`, to call once the command has finished:
 * when V8 had no saved code it would take, it saves the code now compiled
 * into the user's cache folder, after the run, so that the functions the
 * command called are in it. A code cache is only a speed-up: when one cannot
 * be read or written, pakaz runs as it would without one, and says nothing.
 */
function loadCli({ argv, env, dist = DIST }) {
  // --debug wants traces through the source maps, which Node applies to code
  // it loads itself; NODE_DISABLE_COMPILE_CACHE is Node's own switch for this.
  if (argv.includes("--debug") || (env.NODE_DISABLE_COMPILE_CACHE ?? "") !== "") {
    if (argv.includes("--debug")) process.setSourceMapsEnabled(true);
    return { cli: require(bundleOf(dist)), saveCode() {} };
  }
  const command = commandOf(argv);
  const shipped = shippedCode(dist, command);
  if (shipped !== undefined) {
    const script = compileBundle(dist, shipped);
    // Named by the tag, it is refused only if damaged: then the user's copy.
    if (!script.cachedDataRejected) return { cli: runBundle(dist, script), saveCode() {} };
  }
  // --no-cache promises that nothing is read from, or written to, the user's cache folder.
  let folder;
  let prefix;
  try {
    folder = argv.includes("--no-cache") ? undefined : userCacheFolder(dist, env);
    prefix = buildPrefix(dist);
  } catch {
    folder = undefined;
  }
  const userFile = folder === undefined || prefix === undefined ? undefined : path.join(folder, `${prefix}${CODE_TAG}-${command}.bin`);
  const saved = userFile === undefined ? undefined : readIfPrivate(userFile);
  const script = compileBundle(dist, saved);
  const saveCode = () => {
    if (userFile === undefined || (saved !== undefined && !script.cachedDataRejected)) return;
    try {
      writeAtomically(userFile, script.createCachedData());
      removeOtherBuilds(folder, prefix);
    } catch {
      // A folder that cannot be written, or a file another run is replacing: the next run tries again.
    }
  };
  return { cli: runBundle(dist, script), saveCode };
}

module.exports = { loadCli, compileBundle, runBundle, COMMANDS, CODE_TAG };
