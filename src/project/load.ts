import { discoverFiles } from '../load/discover.js';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { LineCounter } from 'yaml';
import type { DiscoveredFile } from '../load/discover.js';
import type { IgnoreFilter } from '../load/ignore.js';
import { parseDocumentAgain, parseSource, readSource, toDisplayPath } from '../load/parse.js';
import type { SourceFile } from '../load/source.js';
import { buildModel } from '../model/build.js';
import { charterFile, orgFile, unusableFile } from '../model/checked-file.js';
import type { CheckedFile, OrgModel } from '../model/model.js';
import { fileStem, validateCharter, validateOrg } from '../schema/validate.js';

/** An organization loaded from disk: what every command starts from. */
export interface Project {
  sources: SourceFile[];
  model: OrgModel;
}

/** What else a load may be given: files left out, and a file whose text comes from elsewhere. */
export interface LoadOptions {
  /** The configuration's `ignore:` patterns. */
  ignore?: IgnoreFilter | undefined;
  /** A file read from standard input (`--stdin-filename`): its text replaces the file's on disk, or adds it. */
  stdin?: StdinFile | undefined;
  /**
   * Files already read, by absolute path (`--cache` reads every file to hash it): these
   * bytes are parsed instead of reading the file a second time.
   */
  preread?: ReadonlyMap<string, Uint8Array> | undefined;
}

/** A file given on standard input, as the file it stands for. */
export interface StdinFile {
  path: string;
  kind: DiscoveredFile['kind'];
  bytes: Uint8Array;
}

/**
 * Reads, parses and checks every charter under `paths`, then builds the org model.
 * Bad files become findings later; only a path that does not exist throws (UserError).
 */
export async function loadProject(paths: readonly string[], cwd: string, options: LoadOptions = {}): Promise<Project> {
  const { stdin, preread } = options;
  let discovered = await discoverFiles(paths, cwd, options.ignore);
  if (stdin !== undefined) {
    const kind = discovered.find((f) => f.path === stdin.path)?.kind ?? stdin.kind;
    discovered = [...discovered.filter((f) => f.path !== stdin.path), { path: stdin.path, kind }].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const sources = discovered.map((file) => releaseDocument(file.path === stdin.path ? parseSource(file, toDisplayPath(file.path, cwd), stdin.bytes) : readSource(file, cwd)));
    return fromSources(sources);
  }
  // Threads pay from about 2,000 files on: below, starting them costs more than they save.
  const workers = Math.min(MAX_WORKERS, availableParallelism(), Math.floor(discovered.length / FILES_PER_WORKER));
  if (workers >= 2) {
    const parsed = await readInWorkers(discovered, cwd, workers, preread).catch(() => undefined);
    if (parsed !== undefined) return fromSources(parsed);
  }
  const sources = discovered.map((file) => {
    const bytes = preread?.get(file.path);
    return releaseDocument(bytes !== undefined && file.problem === undefined ? parseSource(file, toDisplayPath(file.path, cwd), bytes) : readSource(file, cwd));
  });
  return fromSources(sources);
}

/** Parse threads at most, and the files each must have to be worth starting. */
const MAX_WORKERS = 4;
const FILES_PER_WORKER = 1000;
/** Files sent to a thread at once: big enough to keep messages few, small enough to share the work evenly. */
const BATCH = 50;

/** What a worker sends back for one file: a SourceFile without its document and line counter. */
interface ParsedInWorker extends Omit<SourceFile, 'doc' | 'lineCounter'> {
  lineStarts: number[];
  hasDoc: boolean;
}

/**
 * Reads and parses the files in `count` worker threads (each loads only the parse
 * module), sharing them out in batches. Documents cannot cross threads: each file
 * comes back with its text, data and problems, and its document is parsed again on
 * the main thread only if asked for (see releaseDocument). Rejects if a thread fails;
 * the caller then reads the files itself.
 */
function readInWorkers(discovered: readonly DiscoveredFile[], cwd: string, count: number, preread?: ReadonlyMap<string, Uint8Array>): Promise<SourceFile[]> {
  return new Promise((resolve, reject) => {
    const out = new Array<SourceFile>(discovered.length);
    let next = 0;
    let done = 0;
    const pool: Worker[] = [];
    let settled = false;
    const finish = (err?: unknown): void => {
      if (settled) return;
      settled = true;
      for (const w of pool) void w.terminate();
      if (err !== undefined) reject(err);
      else resolve(out);
    };
    const give = (w: Worker): void => {
      if (next >= discovered.length) return;
      const start = next;
      next = Math.min(discovered.length, next + BATCH);
      const files = discovered.slice(start, next);
      // Bytes already read go with their file (copied: the caller's map keeps its own).
      w.postMessage({ start, files, bytes: files.map((f) => (f.problem === undefined ? preread?.get(f.path) : undefined)) });
    };
    for (let i = 0; i < count; i++) {
      const w = new Worker(WORKER_SOURCE, { eval: true, workerData: { parseModule: new URL('../load/parse.js', import.meta.url).href, cwd } });
      pool.push(w);
      w.on('message', ({ start, parsed }: { start: number; parsed: ParsedInWorker[] }) => {
        give(w);
        parsed.forEach((p, k) => (out[start + k] = fromWorker(p)));
        done += parsed.length;
        if (done === discovered.length) finish();
      });
      w.on('error', (err) => finish(err));
      w.on('exit', () => finish(new Error('a parse thread stopped early')));
      give(w);
      give(w);
    }
  });
}

function fromWorker(p: ParsedInWorker): SourceFile {
  const { lineStarts, hasDoc, ...rest } = p;
  const lineCounter = new LineCounter();
  // Not push(...lineStarts): a file of many lines would overflow the argument limit.
  for (const start of lineStarts) lineCounter.lineStarts.push(start);
  const source: SourceFile = { ...rest, lineCounter };
  return hasDoc ? parseOnDemand(source) : source;
}

/** The parse thread: `readSource` (or `parseSource`, for bytes sent along) for each file of each batch it is sent. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
import(workerData.parseModule).then(({ readSource, parseSource, toDisplayPath }) => {
  parentPort.on('message', ({ start, files, bytes }) => {
    const parsed = files.map((file, i) => {
      const given = bytes[i];
      const { doc, lineCounter, ...rest } = given !== undefined && given !== null ? parseSource(file, toDisplayPath(file.path, workerData.cwd), given) : readSource(file, workerData.cwd);
      return { ...rest, lineStarts: lineCounter.lineStarts, hasDoc: doc !== undefined };
    });
    parentPort.postMessage({ start, parsed });
  });
});
`;

/**
 * Lets go of a file's YAML document once it is parsed: the later stages need the
 * document only to turn the paths of findings into lines and columns, and holding
 * every document of a large org costs hundreds of megabytes and much garbage
 * collection (at 10,000 charters: 900 MB peak instead of 460, and a quarter more
 * CPU time). A file that gets a finding is parsed again, to the same document, the
 * first time something asks for `doc`; so rules must not ask for the document of
 * every file (look at `source.data` first, as placeholder does).
 */
function releaseDocument(source: SourceFile): SourceFile {
  if (source.doc === undefined) return source;
  delete source.doc;
  return parseOnDemand(source);
}

/** Gives `source` a `doc` parsed from its text the first time it is read. */
function parseOnDemand(source: SourceFile): SourceFile {
  let doc: SourceFile['doc'];
  let parsed = false;
  Object.defineProperty(source, 'doc', {
    configurable: true,
    enumerable: true,
    get(): SourceFile['doc'] {
      if (!parsed) {
        doc = parseDocumentAgain(source.text);
        parsed = true;
      }
      return doc;
    },
  });
  return source;
}

/** Checks already-parsed sources and builds the model (also used by tests and benchmarks). */
export function fromSources(sources: SourceFile[]): Project {
  const files = sources.map(checkSource);
  return { sources, model: buildModel(files) };
}

/** The schema stage for one file. */
export function checkSource(source: SourceFile): CheckedFile {
  if (source.syntaxProblems.length > 0 && source.data === undefined) return unusableFile(source);
  if (source.kind === 'org') {
    const checked = validateOrg(source.data);
    return checked.value === undefined ? unusableFile(source, checked) : orgFile(source, { ...checked, value: checked.value });
  }
  const checked = validateCharter(source.data, fileStem(source.path));
  return checked.value === undefined ? unusableFile(source, checked) : charterFile(source, { ...checked, value: checked.value });
}
