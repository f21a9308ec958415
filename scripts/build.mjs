// Builds dist/ with esbuild. Start-up time of a Node CLI is dominated by
// loading and compiling code, so the CLI is one bundled CommonJS file,
// dist/cli.cjs, that bin/pakaz.js requires (with Node's compile cache where
// Node has one, see there). Code that only some commands need sits in the bundle behind a
// lazy import and runs only when called; the heavy libraries that only a
// rarely used path needs (citation-js for cite and export; yaml, js-yaml and ajv to
// compile a corpus) are bundles of their own in dist/vendor/, read from disk
// only then. dist/index.js is the library, an ES module.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { chmod, copyFile, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
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
/** chrono bundled on its own with its names kept, once for the two builds that take it (the CLI and the library). */
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
    // but becomes a require(): a vendor bundle is then read as CommonJS,
    // without starting Node's ES module loader.
    supported: { "dynamic-import": false },
    // The code finds its build folder (build id, the corpus image) from its own address.
    define: { __PAKAZ_VERSION__: JSON.stringify(version), "import.meta.url": "__pakazFileUrl" },
    banner: { js: 'const __pakazFileUrl = require("node:url").pathToFileURL(__filename).href;' },
  };
  await build(cli);
  // bin/pakaz.js finds the user's cache folder before the CLI loads, to put
  // Node's compile cache there rather than in the shared temporary folder.
  await build({ ...common, entryPoints: { "cache-dir": "src/snapshot/folder.ts" }, outdir: staging, outExtension: { ".js": ".cjs" }, format: "cjs" });
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

  // The build id: a hash of every emitted file. Snapshots are keyed by it
  // (src/snapshot/key.ts), so one made by another build is never trusted.
  const emitted = (await readdir(staging, { recursive: true })).filter((name) => /\.c?js$/.test(name)).sort();
  const id = createHash("sha256");
  for (const name of emitted) id.update(`${name}\0`).update(await readFile(join(staging, name)));
  await writeFile(join(staging, "build-id"), `${id.digest("hex")}\n`);

  /** Runs a script with node in the project folder, with its own cache folder; fails the build if it fails. */
  function runNode(what, script, cacheHome) {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ["-e", script], {
        cwd: rootPath,
        env: { ...process.env, XDG_CACHE_HOME: cacheHome, NO_COLOR: "1" },
        stdio: ["ignore", "ignore", "inherit"],
      });
      child.on("error", reject);
      child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${what} failed (exit ${code})`))));
    });
  }

  const scratch = await mkdtemp(join(tmpdir(), "pakaz-image-"));
  try {
    // The snapshot of the bundled corpus, made by the new build itself and
    // shipped in dist/corpus-image/, so that a first `pakaz check` does not parse
    // and validate the YAML (a corpus edited since is simply not found there).
    // The new build looks for that image beside itself, so it builds this one.
    // The names are src/snapshot/slot.ts's: <stem>.<part>.json, and the stem
    // "bundled" for the shipped one (src/snapshot/open-snapshot.ts).
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
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
