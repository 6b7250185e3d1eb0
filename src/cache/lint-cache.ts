import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { writeAtomic } from '../files/write.js';
import { describeFsError, type DiscoveredFile } from '../load/discover.js';

/**
 * The lint cache (`charter lint --cache`): what a run found, kept under a key that
 * is a hash of everything the findings depend on, so that a run whose inputs have
 * not changed prints the stored findings without parsing a file.
 *
 * Why the whole run and not each file: most rules look across files (a dependency
 * is acknowledged in another charter, a department is empty, an id is a duplicate),
 * so one edited file can change the findings of files that did not change. A key
 * over every file's content hash is right by construction: any change to any file,
 * to the set of files, to the configuration or to the tool gives another key and a
 * full run; nothing stale can ever be printed. The price: after an edit, the next
 * run is a cold one (what it would take to do better is in docs/performance.md).
 *
 * This module loads neither `yaml` nor the rules: a warm run costs reading and
 * hashing the files.
 */

/** Bumped when the layout of the cache file changes: older files are then ignored. */
export const CACHE_FORMAT = 2;

/** The file name used when no location is given, or when the location is a directory. */
export const DEFAULT_CACHE_FILE = '.charter-cache';

/** Runs kept in one cache file (for instance, a whole-directory run and a one-file run from an editor). */
const MAX_ENTRIES = 4;

/** Files read and hashed at once. */
const READ_CONCURRENCY = 64;

/** One input file as the key sees it: where it is, what it is, and a hash of its bytes. */
export interface FileFingerprint {
  /** Absolute path. */
  path: string;
  kind: DiscoveredFile['kind'];
  /** sha256 of the bytes, or `unreadable:<code>` when the file could not be read (that too is reported). */
  hash: string;
  /** Set when discovery could not read the entry (a broken link, say). */
  problem?: string;
}

/**
 * Everything besides the files that the findings depend on. Each caller passes what
 * applies to it: the tool's version, the effective configuration (rule levels and
 * options), the working directory (findings show paths relative to it), the paths
 * given on the command line, the flags that change what is found.
 */
export type RunIdentity = Record<string, unknown>;

/** Why the cache location cannot be used: the message is for the user, one line. */
export class CacheLocationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CacheLocationError';
  }
}

interface CacheEntry {
  key: string;
  /** sha256 of `JSON.stringify(value)`: a hand-edited or damaged entry is a miss, never a wrong answer. */
  digest: string;
  value: unknown;
}

interface CacheFileContent {
  charterCache: typeof CACHE_FORMAT;
  entries: CacheEntry[];
}

/** Reads every file and hashes its bytes, in the order given. Never throws: an unreadable file gets a hash saying so. */
export async function fingerprintFiles(files: readonly DiscoveredFile[]): Promise<FileFingerprint[]> {
  const out = new Array<FileFingerprint>(files.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const i = next++;
      const file = files[i]!;
      out[i] = { path: file.path, kind: file.kind, hash: await hashFile(file), ...(file.problem !== undefined ? { problem: file.problem } : {}) };
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, files.length) }, worker));
  return out;
}

async function hashFile(file: DiscoveredFile): Promise<string> {
  if (file.problem !== undefined) return 'unreadable:discovery';
  try {
    return createHash('sha256').update(await fs.readFile(file.path)).digest('hex');
  } catch (err) {
    return `unreadable:${(err as NodeJS.ErrnoException).code ?? 'error'}`;
  }
}

/**
 * The fingerprints of the files a run actually checked: each file's hash is that of
 * the bytes the run read (`bytesHash`), not of what was read before it, so that a file
 * edited during the run never gets the findings of its other content stored under its
 * key. Files the run did not read keep the fingerprint given.
 */
export function fingerprintsLinted(before: readonly FileFingerprint[], sources: readonly { path: string; bytesHash?: string }[]): FileFingerprint[] {
  const linted = new Map<string, string>();
  for (const s of sources) if (s.bytesHash !== undefined) linted.set(s.path, s.bytesHash);
  return before.map((f) => {
    const hash = linted.get(f.path);
    return hash === undefined || f.problem !== undefined ? f : { ...f, hash };
  });
}

/**
 * The key of a run: a hash over the identity and every file's path, kind and content
 * hash. Two runs with the same key find the same things.
 */
export function runKey(identity: RunIdentity, files: readonly FileFingerprint[]): string {
  const hash = createHash('sha256');
  hash.update(`charter-cache ${CACHE_FORMAT}\n`);
  hash.update(stableJson(identity));
  for (const f of files) hash.update(`\n${f.path}\0${f.kind}\0${f.hash}\0${f.problem ?? ''}`);
  return hash.digest('hex');
}

/** Where the cache file is: `location` (a file, or a directory to hold `.charter-cache`), by default `.charter-cache` in `cwd`. */
export async function resolveCacheFile(location: string | undefined, cwd: string): Promise<string> {
  const given = path.resolve(cwd, location ?? DEFAULT_CACHE_FILE);
  if (location !== undefined && /[\\/]$/.test(location)) return path.join(given, DEFAULT_CACHE_FILE);
  try {
    if ((await fs.stat(given)).isDirectory()) return path.join(given, DEFAULT_CACHE_FILE);
  } catch {
    // not there yet: a file to create
  }
  return given;
}

/**
 * A cache file, read once. `get` answers from memory; `set` writes the file again
 * (to a temporary file renamed over it, so that a run stopped halfway leaves the old
 * cache or the new one, never half of one).
 */
export class LintCache {
  private constructor(
    /** The cache file, absolute. */
    readonly file: string,
    private entries: CacheEntry[],
  ) {}

  /**
   * Opens the cache file at `file` (see `resolveCacheFile`). A missing, damaged or
   * older-format file is an empty cache.
   * @throws CacheLocationError when `file` exists and is not a charter cache: it is
   * someone's file, and charter never overwrites what a user wrote.
   */
  static async open(file: string): Promise<LintCache> {
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      // Not there yet (or not creatable: then writing it fails, and says so, but the run goes on).
      if (code === 'ENOENT' || code === 'ENOTDIR') return new LintCache(file, []);
      if (code === 'EISDIR') throw new CacheLocationError(`${file} is a directory; give a file for the cache, or a directory ending with "/"`);
      throw new CacheLocationError(`cannot read the cache file ${file} (${describeFsError(err, 'read error')}); give another --cache-location`);
    }
    const content = parseCacheFile(text);
    if (content === undefined) {
      if (text.trim() === '' || looksLikeOurs(text)) return new LintCache(file, []); // ours, damaged: rebuilt
      throw new CacheLocationError(`${file} is not a charter cache file, and charter will not overwrite it; give another --cache-location`);
    }
    return new LintCache(file, content.charterCache === CACHE_FORMAT ? content.entries : []);
  }

  /** The value stored under `key`, or undefined (a miss). */
  get(key: string): unknown {
    const entry = this.entries.find((e) => e.key === key);
    if (entry === undefined) return undefined;
    const json = JSON.stringify(entry.value);
    if (json === undefined || sha256(json) !== entry.digest) return undefined;
    return entry.value;
  }

  /** Stores `value` (plain JSON data) under `key`, most recent first, and writes the file. */
  async set(key: string, value: unknown): Promise<void> {
    const json = JSON.stringify(value);
    if (json === undefined) throw new TypeError('a cached value must be JSON data');
    const entry: CacheEntry = { key, digest: sha256(json), value: JSON.parse(json) as unknown };
    this.entries = [entry, ...this.entries.filter((e) => e.key !== key)].slice(0, MAX_ENTRIES);
    const content: CacheFileContent = { charterCache: CACHE_FORMAT, entries: this.entries };
    try {
      await fs.mkdir(path.dirname(this.file), { recursive: true });
      await writeAtomic(this.file, JSON.stringify(content));
    } catch (err) {
      throw new CacheLocationError(`cannot write the cache file ${this.file} (${whyNotWritable(err)}); give another --cache-location`);
    }
  }
}

/** What a cached run gives back, and whether it came from the cache. */
export interface CachedResult<T> {
  value: T;
  hit: boolean;
}

/**
 * Runs `compute` unless the cache holds the result of a run with the same inputs.
 * `files` must be the files the run reads (as discovery finds them); `identity`
 * everything else its result depends on.
 */
export async function withLintCache<T>(
  cache: LintCache,
  identity: RunIdentity,
  files: readonly DiscoveredFile[],
  compute: () => Promise<T>,
): Promise<CachedResult<T>> {
  const key = runKey(identity, await fingerprintFiles(files));
  const stored = cache.get(key);
  if (stored !== undefined) return { value: stored as T, hit: true };
  const value = await compute();
  await cache.set(key, value);
  return { value, hit: false };
}

/** Why a file cannot be written, in plain words. */
function whyNotWritable(err: unknown): string {
  switch ((err as NodeJS.ErrnoException).code) {
    case 'EEXIST':
    case 'ENOTDIR':
      return 'a file stands where its folder should be';
    case 'EROFS':
      return 'read-only file system';
    case 'ENOSPC':
      return 'no space left on the disk';
    default:
      return describeFsError(err, 'write error');
  }
}

function parseCacheFile(text: string): CacheFileContent | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null || !('charterCache' in data)) return undefined;
  const { charterCache, entries } = data as { charterCache: unknown; entries: unknown };
  if (typeof charterCache !== 'number') return undefined;
  if (!Array.isArray(entries)) return { charterCache: CACHE_FORMAT, entries: [] };
  const valid = entries.filter(
    (e): e is CacheEntry => typeof e === 'object' && e !== null && typeof e.key === 'string' && typeof e.digest === 'string' && 'value' in e,
  );
  return { charterCache: charterCache as typeof CACHE_FORMAT, entries: valid };
}

/** A damaged cache file still starts the way charter writes them. */
function looksLikeOurs(text: string): boolean {
  return text.startsWith('{"charterCache":');
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** JSON with object keys sorted, so that the same identity always hashes the same. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof Map) return { $map: [...v.entries()].sort(([a], [b]) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0)) };
    if (v instanceof Set) return { $set: [...v].map(String).sort() };
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
      return Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    if (typeof v === 'bigint') return `${v}n`;
    return v;
  });
}
