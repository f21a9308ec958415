// Replaced at bundle time by esbuild's `define`; read from package.json when
// running from source (tests), so the two can never disagree.
declare const __PAKAZ_VERSION__: string | undefined;

import { readFileSync } from "node:fs";

function versionFromManifest(): string {
  const manifest = new URL("../../package.json", import.meta.url);
  return (JSON.parse(readFileSync(manifest, "utf8")) as { version: string }).version;
}

export const PAKAZ_VERSION: string = typeof __PAKAZ_VERSION__ === "string" ? __PAKAZ_VERSION__ : versionFromManifest();
