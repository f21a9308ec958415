// Bundles the CLI and the library with esbuild. Start-up time of a Node CLI is
// dominated by module loading; one bundled file (with code splitting so that
// heavy, rarely used modules such as citation-js load only when a command
// needs them) starts several times faster than node_modules resolution.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { chmod, copyFile, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const { version } = JSON.parse(await readFile(new URL("../package.json", import.meta.url), "utf8"));

// Build beside dist/ and swap it in, so that a pakaz (or a test) running
// while someone rebuilds never sees a half-written or missing dist/.
const root = new URL("..", import.meta.url);
const staging = new URL(`dist-building-${process.pid}`, root);
const retired = new URL(`dist-old-${process.pid}`, root);
await build({
  entryPoints: { cli: "src/cli/main.ts", index: "src/index.ts" },
  outdir: staging.pathname,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  sourcemap: true,
  chunkNames: "chunks/[name]-[hash]",
  // Some dependencies are CommonJS and call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __pakazCreateRequire } from 'node:module'; const require = __pakazCreateRequire(import.meta.url);" },
  define: { __PAKAZ_VERSION__: JSON.stringify(version) },
  logLevel: "warning",
});

// The build id: a hash of every emitted file. The compiled cache is keyed by
// it (src/cli/cache-key.ts), so a cache made by another build is never trusted.
const emitted = (await readdir(staging, { recursive: true })).filter((name) => name.endsWith(".js")).sort();
const id = createHash("sha256");
for (const name of emitted) id.update(`${name}\0`).update(await readFile(join(staging.pathname, name)));
await writeFile(new URL("build-id", `${staging.href}/`), `${id.digest("hex")}\n`);

// The compiled cache of the bundled corpus, made by the new build itself and
// shipped in dist/corpus-image/, so that a first `pakaz check` does not parse
// and validate the YAML (a corpus edited since is simply not found there).
// The new build looks for that image beside itself, so it builds this one.
const scratch = await mkdtemp(join(tmpdir(), "pakaz-image-"));
try {
  const cli = new URL("cli.js", `${staging.href}/`).href;
  const script = `import { run } from ${JSON.stringify(cli)}; process.exitCode = await run(["--no-color", "search", "Pakistan"]);`;
  const made = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
    cwd: fileURLToPath(root),
    env: { ...process.env, XDG_CACHE_HOME: scratch, NO_COLOR: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (made.status !== 0) throw new Error(`building the bundled corpus's cache failed (exit ${made.status}); run pakaz validate`);
  const image = new URL("corpus-image/", `${staging.href}/`);
  await mkdir(image);
  for (const name of await readdir(join(scratch, "pakaz"))) {
    const part = /^corpus-[0-9a-f]+\.(corpus|index)\.json$/.exec(name)?.[1];
    if (part === undefined) continue;
    const target = new URL(`bundled.${part}.json`, image);
    await copyFile(join(scratch, "pakaz", name), target);
    // The user's own cache is private (0600); this one ships with pakaz, for every user of the install.
    await chmod(target, 0o644);
  }
} finally {
  await rm(scratch, { recursive: true, force: true });
}

await rename(new URL("dist", root), retired).catch((error) => {
  if (error.code !== "ENOENT") throw error;
});
await rename(staging, new URL("dist", root));
await rm(retired, { recursive: true, force: true });
