// Builds dist/ with esbuild. Start-up time of a Node CLI is dominated by
// loading and compiling code, so the CLI is one bundled CommonJS file,
// dist/cli.cjs, that bin/load-cli.js compiles with V8's code cache (see
// there). Code that only some commands need sits in the bundle behind a
// lazy import and runs only when called; the heavy libraries that only a
// rarely used path needs (citation-js for cite and export; yaml, js-yaml and ajv to
// compile a corpus) are bundles of their own in dist/vendor/, read from disk
// only then. dist/index.js is the library, an ES module.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { chmod, copyFile, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const { version } = JSON.parse(await readFile(new URL("../package.json", import.meta.url), "utf8"));

/** Each vendor bundle, and what it is built from: one file, so plugins share their library's registry. */
const VENDORS = {
  "citation-js": 'module.exports = require("@citation-js/core"); require("@citation-js/plugin-csl"); require("@citation-js/plugin-bibtex"); require("@citation-js/plugin-ris");',
  yaml: 'module.exports = require("yaml");',
  "js-yaml": 'module.exports = require("js-yaml");',
  ajv: 'module.exports = require("ajv");',
};
const vendorOf = (specifier) => (specifier.startsWith("@citation-js/") ? "citation-js" : Object.hasOwn(VENDORS, specifier) ? specifier : undefined);
/** The specifiers vendorOf answers for, as a filter esbuild can run without calling back (package names need no escaping). */
const VENDORED = new RegExp(`^(?:@citation-js/.*|${Object.keys(VENDORS).filter((name) => name !== "citation-js").join("|")})$`);

/** In the CLI bundle, an import of a vendored package reads its vendor bundle instead. */
const vendorsOutside = {
  name: "vendors-outside",
  setup(builder) {
    builder.onResolve({ filter: VENDORED }, ({ path }) => {
      const vendor = vendorOf(path);
      return vendor === undefined ? undefined : { path: `./vendor/${vendor}.cjs`, external: true };
    });
  },
};

/**
 * commander loads child_process at start (for git-style executable
 * subcommands, which pakaz does not have), and with it net, dgram and the
 * streams: several milliseconds of every run. It gets it when it first uses it.
 */
const lazyChildProcess = {
  name: "lazy-child-process",
  setup(builder) {
    builder.onResolve({ filter: /^(node:)?child_process$/ }, ({ importer }) => (/[\\/]node_modules[\\/]commander[\\/]/.test(importer) ? { path: "child_process", namespace: "lazy-builtin" } : undefined));
    builder.onLoad({ filter: /.*/, namespace: "lazy-builtin" }, () => ({
      contents: 'module.exports = new Proxy({}, { get: (_, key) => require("node:child_process")[key] });',
      loader: "js",
    }));
  },
};

/**
 * chrono-node, loaded when first used, with the names of its classes kept
 * whatever the minifier does to other names.
 *
 * date-parser.ts tells chrono's parsers apart by class name. esbuild keeps
 * names for a whole build or none, and for the whole bundle that costs about
 * 5 ms a run; so chrono (only what pakaz imports from it) is bundled first on
 * its own, with keepNames, and the bundle takes that.
 *
 * chrono's module builds its tables when it runs (about 220 KB and 1.5 ms),
 * and a check whose sentence has no written month never calls it; so pakaz's
 * `import { Chrono, en } from "chrono-node"` gets stand-ins that run it on
 * first use. Importing anything else from chrono fails the build (see
 * CHRONO_IMPORTS_CHECKED); the stand-ins are not chrono's own objects, so
 * `instanceof Chrono` or `extends Chrono` would not work with them.
 */
const CHRONO_STAND_INS = `
let chrono;
const load = () => (chrono ??= require("chrono-node-itself"));
export const en = new Proxy({}, { get: (_, key) => load().en[key] });
export function Chrono(configuration) {
  return new (load().Chrono)(configuration);
}
`;
/** Named imports esbuild cannot find already fail; this makes `chrono.other` on `import * as chrono` fail too. */
const CHRONO_IMPORTS_CHECKED = { "import-is-undefined": "error" };
/** chrono bundled on its own with its names kept, once for the three builds that take it. */
let chronoItself;
function bundleChrono() {
  chronoItself ??= build({
    stdin: { contents: 'export { Chrono, en } from "chrono-node";', resolveDir: rootPath, sourcefile: "chrono-node.js" },
    bundle: true,
    platform: "node",
    target: "node20",
    format: "esm",
    keepNames: true,
    // Inline, so that the bundle's own source map reaches chrono's files.
    sourcemap: "inline",
    write: false,
    logLevel: "warning",
  }).then(({ outputFiles: [output] }) => output.text);
  return chronoItself;
}
const lazyChrono = {
  name: "lazy-chrono",
  setup(builder) {
    builder.onResolve({ filter: /^chrono-node(-itself)?$/ }, ({ path }) => ({ path, namespace: "lazy-chrono" }));
    builder.onLoad({ filter: /^chrono-node$/, namespace: "lazy-chrono" }, () => ({ contents: CHRONO_STAND_INS, loader: "js" }));
    builder.onLoad({ filter: /^chrono-node-itself$/, namespace: "lazy-chrono" }, async () => ({ contents: await bundleChrono(), loader: "js" }));
  },
};

/**
 * The bundle as bin/load-cli.js compiles it with vm.Script, every run but
 * --debug: built again with its local names shortened (a third less to read
 * and keep in memory, measured about 4 ms of a check), already wrapped the
 * way require wraps a CommonJS file, and pure ASCII. A file with one
 * non-ASCII character is decoded into a string of two bytes a character, and
 * a wrapper added at run time is one more copy: together about 1.3 MB more
 * memory to fill on every run, which costs more than the decoding itself.
 * cli.cjs keeps its names, for require and its source map: a --debug trace
 * names the functions it passes through. A name read at run time
 * (constructor.name) differs between the two: pakaz reads none of its own,
 * chrono's are kept (see lazyChrono), and commander names its error classes
 * so but never prints those names.
 */
async function writeScriptForm(folder, options) {
  const [output] = (await build({ ...options, minifyIdentifiers: true, sourcemap: false, write: false, outdir: folder })).outputFiles;
  const body = output.text;
  // esbuild escapes strings and identifiers itself; what it leaves outside
  // ASCII is in regular-expression and template literals and comments, where
  // \uXXXX means the same character ("\–" is an identity escape, so an
  // escaped character loses its backslash). Not in a tagged template's raw
  // text, which only a tag reading `strings.raw` sees: the build stops if the
  // bundle reads .raw at all, rather than check where.
  if (/[^\x00-\x7f]/.test(body) && /\.raw\b|\[["'`]raw["'`]\]/.test(body)) {
    throw new Error("the bundle reads .raw and has non-ASCII text: writeScriptForm's escaping could change what a tagged template sees");
  }
  const ascii = body.replace(/(\\*)([^\x00-\x7f])/g, (_, slashes, char) => `${slashes.slice(slashes.length % 2)}\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
  await writeFile(join(folder, "cli.vm.js"), `(function (exports, require, module, __filename, __dirname) { ${ascii}\n});`);
}

const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  sourcemap: true,
  // Smaller to read and parse; names are kept, so a --debug trace still reads.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: "warning",
};

// Build beside dist/ and swap it in with two renames, so that a pakaz (or a
// test) running while someone rebuilds sees the old dist/ or the new one,
// never a half-written one (for an instant between the renames, none). A
// failed build leaves dist/ as it was.
const root = new URL("..", import.meta.url);
const rootPath = fileURLToPath(root);
const staging = join(rootPath, `dist-building-${process.pid}`);
const retired = join(rootPath, `dist-old-${process.pid}`);

try {
  await buildInto();
} catch (error) {
  await rm(staging, { recursive: true, force: true });
  throw error;
}
await rename(join(rootPath, "dist"), retired).catch((error) => {
  if (error.code !== "ENOENT") throw error;
});
await rename(staging, join(rootPath, "dist"));
await rm(retired, { recursive: true, force: true });

async function buildInto() {
  const cli = {
    ...common,
    entryPoints: { cli: "src/cli/main.ts" },
    outdir: staging,
    outExtension: { ".js": ".cjs" },
    format: "cjs",
    plugins: [vendorsOutside, lazyChildProcess, lazyChrono],
    logOverride: CHRONO_IMPORTS_CHECKED,
    // A lazy import() stays lazy (the module's code runs when first imported)
    // but becomes a require(): vm.Script, which loads this file, has no import().
    supported: { "dynamic-import": false },
    // The code finds its build folder (build id, the corpus image) from its own address.
    define: { __PAKAZ_VERSION__: JSON.stringify(version), "import.meta.url": "__pakazFileUrl" },
    banner: { js: 'const __pakazFileUrl = require("node:url").pathToFileURL(__filename).href;' },
  };
  await build(cli);
  await writeScriptForm(staging, cli);
  // The loader finds the user's cache folder before the CLI is loaded, the way the CLI does.
  await build({ ...common, entryPoints: { "cache-dir": "src/cli/cache-dir.ts" }, outdir: staging, outExtension: { ".js": ".cjs" }, format: "cjs" });
  for (const [name, contents] of Object.entries(VENDORS)) {
    await build({ ...common, stdin: { contents, resolveDir: rootPath, sourcefile: `vendor-${name}.cjs` }, outfile: join(staging, "vendor", `${name}.cjs`), format: "cjs" });
  }
  await build({
    ...common,
    entryPoints: { index: "src/index.ts" },
    outdir: staging,
    format: "esm",
    plugins: [lazyChrono],
    logOverride: CHRONO_IMPORTS_CHECKED,
    // Some dependencies are CommonJS and call require(); give the ES module one.
    banner: { js: "import { createRequire as __pakazCreateRequire } from 'node:module'; const require = __pakazCreateRequire(import.meta.url);" },
    define: { __PAKAZ_VERSION__: JSON.stringify(version) },
  });

  // The build id: a hash of every emitted file. The compiled cache is keyed by
  // it (src/cli/cache-key.ts), so a cache made by another build is never trusted.
  const emitted = (await readdir(staging, { recursive: true })).filter((name) => /\.c?js$/.test(name)).sort();
  const id = createHash("sha256");
  for (const name of emitted) id.update(`${name}\0`).update(await readFile(join(staging, name)));
  await writeFile(join(staging, "build-id"), `${id.digest("hex")}\n`);

  /**
   * Runs a script with node in the project folder, with its own cache folder;
   * fails the build if it fails. Without the builder's NODE_OPTIONS: code
   * saved under V8 flags that users do not have would be refused by them all.
   */
  function runNode(what, script, cacheHome) {
    const { NODE_OPTIONS, ...env } = process.env;
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ["-e", script], {
        cwd: rootPath,
        env: { ...env, XDG_CACHE_HOME: cacheHome, NO_COLOR: "1", NODE_DISABLE_COMPILE_CACHE: "" },
        stdio: ["ignore", "ignore", "inherit"],
      });
      child.on("error", reject);
      child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${what} failed (exit ${code})`))));
    });
  }

  const scratch = await mkdtemp(join(tmpdir(), "pakaz-image-"));
  try {
    // The compiled cache of the bundled corpus, made by the new build itself and
    // shipped in dist/corpus-image/, so that a first `pakaz check` does not parse
    // and validate the YAML (a corpus edited since is simply not found there).
    // The new build looks for that image beside itself, so it builds this one.
    const bundle = JSON.stringify(join(staging, "cli.cjs"));
    await runNode("building the bundled corpus's cache (run pakaz validate to see why)", `require(${bundle}).run(["--no-color", "search", "Pakistan"]).then((c) => { process.exitCode = c; });`, scratch);
    const image = join(staging, "corpus-image");
    await mkdir(image);
    for (const name of await readdir(join(scratch, "pakaz"))) {
      const part = /^corpus-[0-9a-f]+\.(corpus|index)\.json$/.exec(name)?.[1];
      if (part === undefined) continue;
      const target = join(image, `bundled.${part}.json`);
      await copyFile(join(scratch, "pakaz", name), target);
      // The user's own cache is private (0600); this one ships with pakaz, for every user of the install.
      await chmod(target, 0o644);
    }

    // V8's compiled code for the bundle, for bin/load-cli.js: one file per
    // command, each made by a process that ran that command (the commands
    // users run most, more than once), so that its functions are in it.
    const loader = fileURLToPath(new URL("../bin/load-cli.js", import.meta.url));
    const codeCache = join(staging, "code-cache");
    await mkdir(codeCache);
    const finalBundle = join(rootPath, "dist", "cli.cjs");
    // A short draft for review to read, with Markdown, dates, figures and a disputed rank.
    const draft = join(scratch, "draft.md");
    await writeFile(
      draft,
      "# Pakistan and Azerbaijan\n\nPakistan was the third country to recognise Azerbaijan's independence. Pakistan opened its embassy in Baku in 1993, and *the Joint Ministerial Commission* first met in 2000.\n\n- Trade reached $50 million in 2017.\n- The two countries signed an agreement on defence.\n",
    );
    await writeFile(join(codeCache, "made-for"), finalBundle);
    const warmUps = {
      check: [
        ["check", "Pakistan opened its embassy in Baku in 1993"],
        ["check", "Pakistan was the third country to recognise Azerbaijan's independence"],
        ["check", "Azerbaijan's ambassador to Pakistan is Ali Alizada"],
        ["check", "--json", "The Joint Ministerial Commission first met in September 2000"],
      ],
      review: [["review", draft]],
      conflicts: [["conflicts"], ["conflicts", "--json"]],
      show: [["show", "recognition-rank"], ["show", "recognition-third-country"]],
      timeline: [["timeline"]],
      search: [["search", "embassy", "Baku"]],
      cite: [["cite", "recognition-third-country"]],
      export: [["export", "--format", "bibtex"]],
      sources: [["sources"]],
      validate: [["validate"]],
      pakaz: [["--version"]],
    };
    const warmUp = (command, runs) => `
      const { compileBundle, runBundle, CODE_TAG } = require(${JSON.stringify(loader)});
      const script = compileBundle(${JSON.stringify(staging)}, undefined, ${JSON.stringify(finalBundle)});
      const cli = runBundle(${JSON.stringify(staging)}, script);
      const quiet = { stdout() {}, stderr() {}, stdinLines: async function* () {}, fileLines: async function* (p) { yield* require("node:fs").readFileSync(p, "utf8").split("\\n"); }, stdinBytes: async function* () {}, fileBytes: async function* (p) { yield require("node:fs").readFileSync(p); }, env: process.env, stdoutIsTTY: false, cwd: process.cwd() };
      (async () => {
        // Exit status 2 is an error: its code would be the wrong code to save.
        for (const argv of ${JSON.stringify(runs)}) if ((await cli.run(argv, quiet)) === 2) throw new Error("pakaz " + argv.join(" ") + " failed");
        require("node:fs").writeFileSync(require("node:path").join(${JSON.stringify(codeCache)}, CODE_TAG + "-${command}.bin"), script.createCachedData());
      })().catch((error) => { console.error(error); process.exitCode = 1; });`;
    // Each is a process of its own: as many at a time as there are cores.
    const queue = Object.entries(warmUps);
    const worker = async () => {
      for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
        await runNode(`saving the compiled code of ${next[0]}`, warmUp(...next), scratch).catch((error) => {
          queue.length = 0;
          throw error;
        });
      }
    };
    // Every run ends before the build goes on (or removes what they read), failed or not.
    const outcomes = await Promise.allSettled(Array.from({ length: Math.max(1, availableParallelism()) }, worker));
    const failed = outcomes.find((outcome) => outcome.status === "rejected");
    if (failed !== undefined) throw failed.reason;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
