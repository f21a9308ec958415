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
// same V8 under the same flags. v8.cachedDataVersionTag() says which, but
// loading node:v8 brings Node's streams with it, a few milliseconds of every
// run; so the build's files are named by the Node and V8 versions, and are
// what a node started without options takes. Options (NODE_OPTIONS or the
// command line) may set V8 flags or may not: a run with some looks for its
// own copy first, named by its options too, then tries the build's, and
// saves its own copy when V8 refused that. The user's copies are named by
// the build id too, because V8 checks only the length of the source, and a
// rebuilt bundle of the same length must not run old code. Saved code is
// code: a copy that another user could have written is not run.

const fs = require("node:fs");
const Module = require("node:module");
const path = require("node:path");
const vm = require("node:vm");

const DIST = path.join(__dirname, "..", "dist");

/** A short FNV-1a hash of a string: a name, not a check (V8 checks what it takes). */
function shortHash(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, "0");
}

/** The Node and V8 whose code the build saved (see above). */
const CODE_TAG = `v8-${shortHash([process.version, process.versions.v8, process.arch].join("\0"))}`;

/**
 * The options node was started with that may set V8 flags: NODE_OPTIONS and
 * the command line's, less those that set none and that pakaz is often run
 * with (scripts to preload, the debugger, and the script of -e or -p, as the
 * build runs pakaz).
 */
function startOptions() {
  const given = [...(process.env.NODE_OPTIONS ?? "").split(/\s+/).filter(Boolean), ...process.execArgv];
  const options = [];
  for (let i = 0; i < given.length; i++) {
    const option = given[i];
    if (/^(?:-[rep]|-pe|--require|--import|--eval|--print)$/.test(option)) i++;
    else if (!/^--(?:require|import|eval|print)=|^--inspect/.test(option)) options.push(option);
  }
  return options;
}

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
  // The build wrote the bundle out in this form too (dist/cli.vm.js): wrapped
  // as require wraps a CommonJS file, and ASCII, so that it is read as one
  // compact string and not copied again (see scripts/build.mjs).
  return new vm.Script(fs.readFileSync(path.join(dist, "cli.vm.js"), "latin1"), { filename: name, cachedData });
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
function writeAtomically(dist, file, bytes) {
  // Not fs.mkdirSync's recursive mode, which never returns where a file
  // system refuses a folder with ENOENT (/proc): see src/cli/cache-dir.ts.
  require(path.join(dist, "cache-dir.cjs")).makeCacheFolder(path.dirname(file));
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

/**
 * The bundle compiled with the code the build saved for it, if it was saved
 * for the bundle where it now is (see compileBundle); V8 may still refuse it
 * (script.cachedDataRejected), and then compiled it from source.
 */
function withShippedCode(dist, command) {
  const folder = path.join(dist, "code-cache");
  const madeFor = readIfPresent(path.join(folder, "made-for"));
  if (madeFor === undefined || madeFor.toString("utf8") !== bundleOf(dist)) return undefined;
  const code = readIfPresent(path.join(folder, `${CODE_TAG}-${command}.bin`));
  return code === undefined ? undefined : compileBundle(dist, code);
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
  // Plain require, without saved code: for --debug, whose traces need the
  // source maps Node applies to code it loads itself; when Node's own switch,
  // NODE_DISABLE_COMPILE_CACHE, is set; and for a dist/ built before the build
  // wrote cli.vm.js (a checkout updated without `npm run build`).
  const debug = argv.includes("--debug");
  if (debug || (env.NODE_DISABLE_COMPILE_CACHE ?? "") !== "" || !fs.existsSync(path.join(dist, "cli.vm.js"))) {
    if (debug) process.setSourceMapsEnabled(true);
    return { cli: require(bundleOf(dist)), saveCode() {} };
  }
  const command = commandOf(argv);
  const options = startOptions();
  // Refused only if damaged, or made by another build of this same Node
  // version: then the user's copy. Each such run pays the refused compile
  // first (~15 ms); looking for the user's copy first would cost every run
  // ~1 ms. Rebuilding (npm run build) mends it.
  let shipped = options.length === 0 ? withShippedCode(dist, command) : undefined;
  if (shipped !== undefined && !shipped.cachedDataRejected) return { cli: runBundle(dist, shipped), saveCode() {} };
  // --no-cache promises that nothing is read from, or written to, the user's cache folder.
  let folder;
  let prefix;
  try {
    folder = argv.includes("--no-cache") ? undefined : userCacheFolder(dist, env);
    prefix = buildPrefix(dist);
  } catch {
    folder = undefined;
  }
  const flags = options.length === 0 ? "" : `-${shortHash(options.join("\0"))}`;
  const userFile = folder === undefined || prefix === undefined ? undefined : path.join(folder, `${prefix}${CODE_TAG}${flags}-${command}.bin`);
  const saved = userFile === undefined ? undefined : readIfPrivate(userFile);
  if (saved === undefined && options.length > 0) {
    // Options that set no V8 flag (--require, --inspect) leave the build's code good.
    shipped = withShippedCode(dist, command);
    if (shipped !== undefined && !shipped.cachedDataRejected) return { cli: runBundle(dist, shipped), saveCode() {} };
  }
  // Code V8 refused was compiled from source: with no copy of the user's to try, it is used as it is.
  const script = saved === undefined && shipped !== undefined ? shipped : compileBundle(dist, saved);
  const saveCode = () => {
    if (userFile === undefined || (saved !== undefined && !script.cachedDataRejected)) return;
    try {
      writeAtomically(dist, userFile, script.createCachedData());
      removeOtherBuilds(folder, prefix);
    } catch {
      // A folder that cannot be written, or a file another run is replacing: the next run tries again.
    }
  };
  return { cli: runBundle(dist, script), saveCode };
}

module.exports = { loadCli, compileBundle, runBundle, COMMANDS, CODE_TAG };
