// citation-js, loaded on first use. It takes over a second to load (citeproc
// and the CSL locales), so only `cite` and `export` pay for it: nothing that
// `check` or `search` imports may import this module statically.
//
// citation-js ships no type declarations; the interfaces below are the part
// of its 0.8 API pakaz uses (Cite#format, the @csl styles register and the
// input chain), written from its source in node_modules/@citation-js.

import type { CslItem } from "../../core/cite/csl-item.js";

export interface BibEntry {
  type: string;
  label: string;
  properties: Record<string, string>;
}

export interface CiteInstance {
  data: Array<Record<string, unknown>>;
  format(format: "bibliography", options: BibliographyOptions & { asEntryArray: true }): Array<[string, string]>;
  format(format: "bibliography" | "citation", options: BibliographyOptions): string;
  format(format: "bibtex" | "biblatex", options: { format: "object" }): BibEntry[];
  format(format: "ris", options: { format: "object" }): Array<Record<string, unknown>>;
  format(format: "bibtex" | "biblatex" | "ris", options?: { format?: "text" }): string;
  format(format: "data", options: { format: "object" }): Array<Record<string, unknown>>;
}

export interface BibliographyOptions {
  template: string;
  format?: "text" | "html";
  lang?: string;
  entry?: string | string[];
  nosort?: boolean;
  /** Citations made before and after this one (ids), which numbering and disambiguation take into account. */
  citationsPre?: string[];
  citationsPost?: string[];
}

export interface CiteConstructor {
  new (data: unknown, options?: { forceType?: string }): CiteInstance;
}

export interface StylesRegister {
  has(name: string): boolean;
  add(name: string, xml: string): void;
  get(name: string): string;
}

export interface CitationJs {
  Cite: CiteConstructor;
  styles: StylesRegister;
  /** Parse BibTeX/BibLaTeX text into raw entries (fields unmapped), for tests and checks. */
  parseEntries(text: string, dialect: "bibtex" | "biblatex"): BibEntry[];
}

interface CoreModule {
  Cite: CiteConstructor;
  plugins: {
    config: { get(name: string): { styles: StylesRegister } };
    input: { chain(data: unknown, options: { target: string; generateGraph?: boolean; forceType?: string }): unknown };
  };
}

let loading: Promise<CitationJs> | undefined;

export function loadCitationJs(): Promise<CitationJs> {
  loading ??= load();
  return loading;
}

/** A CommonJS module imported from ESM: its exports sit on `default` or on the namespace, depending on the loader. */
function exportsOf<T>(module: unknown): T {
  const namespace = module as { default?: unknown };
  return (namespace.default !== undefined && typeof namespace.default === "object" ? namespace.default : namespace) as T;
}

async function load(): Promise<CitationJs> {
  const core = exportsOf<CoreModule>(await import("@citation-js/core"));
  // The plugins register themselves with core on import.
  await Promise.all([import("@citation-js/plugin-csl"), import("@citation-js/plugin-bibtex"), import("@citation-js/plugin-ris")]);
  const { Cite, plugins } = core;
  return {
    Cite,
    styles: plugins.config.get("@csl").styles,
    parseEntries: (text, dialect) =>
      plugins.input.chain(text, {
        target: `@${dialect}/entries+list`,
        generateGraph: false,
        forceType: `@${dialect}/text`,
      }) as BibEntry[],
  };
}

/** A Cite holding pakaz's CSL items (a copy: citation-js annotates what it is given). */
export function citeItems(citationJs: CitationJs, items: readonly CslItem[]): CiteInstance {
  return new citationJs.Cite(structuredClone(items));
}
