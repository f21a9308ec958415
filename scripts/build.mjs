// Bundles the CLI and the library with esbuild. Start-up time of a Node CLI is
// dominated by module loading; one bundled file (with code splitting so that
// heavy, rarely used modules such as citation-js load only when a command
// needs them) starts several times faster than node_modules resolution.
import { build } from "esbuild";
import { readFile, rename, rm } from "node:fs/promises";

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
await rename(new URL("dist", root), retired).catch((error) => {
  if (error.code !== "ENOENT") throw error;
});
await rename(staging, new URL("dist", root));
await rm(retired, { recursive: true, force: true });
