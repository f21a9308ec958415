// What a snapshot is valid for: this corpus's files (their paths and their
// bytes, not their time stamps), read by this very build of pakaz. A change
// to any corpus file, to pakaz's version, to its bundled code or to the
// snapshot's layout (SNAPSHOT_FORMAT) gives another key, and the snapshot is
// rebuilt rather than trusted.

import { existsSync, readFileSync, statSync } from "node:fs";
import { endianness } from "node:os";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { displayPath, listCorpusFiles, MAX_CORPUS_FILE_BYTES, type CorpusFile } from "../core/corpus/read-corpus.js";
import { sha256Hex, shortName } from "../core/hash.js";
import { writeAtomically } from "../files/atomic-write.js";
import { makePrivateFolder } from "./folder.js";
import { fileIdentity, isSettled, readOwnSmallFile } from "./own-file.js";

/** Raise when what a snapshot stores changes shape in a way the code hash might not show. */
export const SNAPSHOT_FORMAT = 12;

let fingerprint: string | undefined;

/**
 * What identifies the code that is running. Bundled, it is the build id that
 * scripts/build.mjs writes beside the bundle: a hash of every file it emitted,
 * so any change to the engine or to pakaz's version changes it. From source
 * (the tests) it is only this file's text: tests use their own cache folders.
 */
export function codeFingerprint(): string {
  if (fingerprint !== undefined) return fingerprint;
  const dir = buildDirectory();
  fingerprint = (dir === undefined ? undefined : readIfPresent(join(dir, "build-id"))) ?? readIfPresent(fileURLToPath(import.meta.url)) ?? "";
  return fingerprint;
}

let built: string | null | undefined;

/**
 * The folder of the bundle this code runs from (dist/, where build.mjs leaves
 * the build id and the bundled corpus's ready-made cache), or undefined when
 * running from source (src/cli/ has no build id).
 */
export function buildDirectory(): string | undefined {
  if (built === undefined) {
    built = null;
    try {
      const here = dirname(fileURLToPath(import.meta.url));
      built = existsSync(join(here, "build-id")) ? here : null;
    } catch {
      // Not loaded from a file: no bundle to speak of.
    }
  }
  return built ?? undefined;
}

function readIfPresent(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

/** One corpus file as the key sees it: its name, its size and a hash of its bytes. */
export interface KeyedFile {
  /** As readCorpusFiles names it: relative to the working directory when shorter. */
  path: string;
  /**
   * Relative to the corpus folder, as the key sees it: the same corpus gives
   * the same key from any working directory, so one cache (or the image
   * shipped with pakaz) serves them all.
   */
  name: string;
  size: number;
  sum: string;
}

/** Everything the key of these files is made from. */
function keyInput(files: readonly KeyedFile[]): string {
  // Typed arrays are stored in this machine's byte order.
  let input = `pakaz-cache\0${SNAPSHOT_FORMAT}\0${endianness()}\0${codeFingerprint()}\0${files.length}\0`;
  for (const file of files) input += `${file.name.length}\0${file.name}\0${file.size}\0${file.sum}\0`;
  return input;
}

/** The key a cache entry must carry to be used for these corpus files. */
export function corpusKey(files: readonly KeyedFile[]): string {
  return sha256Hex(keyInput(files));
}

/** The key of files read as text (after a cache miss): their UTF-8 bytes, as on disk. */
export function corpusKeyOfTexts(files: readonly CorpusFile[], corpusDir: string, cwd: string): string {
  return corpusKey(
    files.map((f) => {
      const bytes = Buffer.from(f.text, "utf8");
      return { path: f.path, name: corpusFileName(corpusDir, cwd, f.path), size: bytes.length, sum: sha256Hex(bytes) };
    }),
  );
}

/** A corpus file's name relative to the corpus folder ("" when the corpus is that one file), from the name messages use. */
export function corpusFileName(corpusDir: string, cwd: string, shown: string): string {
  return relative(resolve(cwd, corpusDir), resolve(cwd, shown)).split(sep).join("/");
}

/**
 * Hashes of files already read, by identity, so that a warm run of a large
 * corpus need not read every file again (as git trusts its index). A file
 * written to since has another change time, which no program can set back,
 * so its bytes are hashed again. A file changed within the last few seconds
 * is always hashed again: a second change in the same clock tick would leave
 * the same times. The key made from them is remembered too, with everything
 * it was made from, so that a run whose corpus has not changed hashes nothing.
 */
interface HashMemo {
  files: { [path: string]: { identity: string; sum: string } };
  key?: { input: string; key: string };
}

/** Far above the memo of a 100,000-claim corpus; a larger file is not ours to read. */
const MAX_MEMO_BYTES = 64 * 1024 * 1024;

function readMemo(path: string | undefined): HashMemo {
  if (path === undefined) return { files: {} };
  try {
    const text = readOwnSmallFile(path, MAX_MEMO_BYTES);
    if (text === undefined) return { files: {} };
    const memo = JSON.parse(text) as Partial<HashMemo> | null;
    const files = memo?.files;
    if (files === null || typeof files !== "object" || Array.isArray(files)) return { files: {} };
    const key = memo?.key;
    return typeof key?.input === "string" && typeof key.key === "string" ? { files, key } : { files };
  } catch {
    return { files: {} };
  }
}

/** Best effort: without it the next run hashes the files again. */
async function writeMemo(path: string, memo: HashMemo): Promise<void> {
  try {
    makePrivateFolder(dirname(path));
    await writeAtomically(path, JSON.stringify(memo), { mode: 0o600, replace: true });
  } catch {
    // The next run hashes the files again.
  }
}

/** The corpus files as the key sees them, and their key (corpusKey). */
export interface KeyedCorpus {
  files: KeyedFile[];
  key: string;
}

/**
 * The corpus files as the key sees them, and their key, hashing only what
 * changed since the last run (see HashMemo, kept at `memoPath`); undefined
 * when anything is unusual (a file too large or not a regular file, or a
 * listing readCorpusFiles would refuse), for readCorpusFiles to report in its
 * own words. The files are listed as readCorpusFiles lists them, then looked
 * at synchronously, as a large corpus reads several times faster so.
 */
export async function keyCorpusFiles(dir: string, cwd: string, memoPath?: string): Promise<KeyedCorpus | undefined> {
  const listed = listCorpusFiles(dir, cwd);
  if (!listed.ok) return undefined;
  try {
    const memo = readMemo(memoPath);
    const next: HashMemo = { files: {} };
    let changed = false;
    const files: KeyedFile[] = [];
    for (const path of listed.value) {
      const file = statSync(path, { bigint: true });
      if (!file.isFile() || file.size > BigInt(MAX_CORPUS_FILE_BYTES)) return undefined;
      const identity = fileIdentity(file);
      const known = memo.files[path];
      let sum: string;
      if (known !== undefined && known.identity === identity) sum = known.sum;
      else {
        sum = sha256Hex(readFileSync(path));
        changed = true;
      }
      // Only a file that has been still for a while is remembered.
      if (isSettled(file)) next.files[path] = { identity, sum };
      else changed = true;
      files.push({ path: displayPath(path, cwd), name: corpusFileName(dir, cwd, path), size: Number(file.size), sum });
    }
    const input = keyInput(files);
    const key = memo.key?.input === input ? memo.key.key : sha256Hex(input);
    next.key = { input, key };
    changed ||= memo.key?.input !== input || Object.keys(memo.files).length !== Object.keys(next.files).length;
    if (memoPath !== undefined && changed) await writeMemo(memoPath, next);
    return { files, key };
  } catch {
    return undefined;
  }
}

/**
 * The file name stem for a corpus folder: one cache per folder, overwritten
 * when the folder's files change, so editing a corpus does not pile up caches.
 */
export function snapshotStem(corpusDir: string): string {
  return `corpus-${shortName(resolve(corpusDir))}`;
}
