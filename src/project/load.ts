import path from 'node:path';
import { CliError } from '../cli/exit-codes.js';
import { discoverFiles, type DiscoveredFile } from '../load/discover.js';
import { readSource } from '../load/parse.js';
import type { SourceFile } from '../load/source.js';
import { buildModel } from '../model/build.js';
import type { CharterFile, CheckedFile, OrgFile, OrgModel } from '../model/model.js';
import { fileStem, validateCharter, validateOrg } from '../schema/validate.js';

/** Files read at once: enough to overlap I/O, few enough to stay within file descriptor limits. */
const READ_CONCURRENCY = 64;

/** An organization loaded from disk: what every command starts from. */
export interface Project {
  sources: SourceFile[];
  model: OrgModel;
}

/**
 * Reads, parses and checks every charter under `paths`, then builds the org model.
 * Bad files become findings later; only a path that does not exist throws (CliError).
 */
export async function loadProject(paths: readonly string[], cwd: string): Promise<Project> {
  const discovered = await discoverFiles(paths, cwd);
  const sources = await mapLimit(discovered, READ_CONCURRENCY, (file: DiscoveredFile) => readSource(file, cwd));
  return fromSources(sources);
}

/** A project loaded to lint some paths, and which of its files those paths name. */
export interface NamedProject extends Project {
  /**
   * Display paths of the files the user named (directly or through a directory) when
   * other files were loaded only for context; undefined when every file read was named.
   */
  named: ReadonlySet<string> | undefined;
}

const YAML_FILE = /\.ya?ml$/i;

/**
 * Loads what `paths` name for linting. A path inside `chartersDir` (a charter file, as
 * pre-commit passes them, or a subdirectory) is checked in the context of the whole
 * charters directory, so that rules across files see every charter; `named` then says
 * which files to report on.
 * @throws CliError when a path does not exist, names no charter file, or is not a YAML file.
 */
export async function loadNamedPaths(paths: readonly string[], cwd: string, chartersDir: string): Promise<NamedProject> {
  const found = new Map<string, DiscoveredFile>();
  let needsContext = false;
  for (const given of paths) {
    const files = await discoverFiles([given], cwd);
    const abs = path.resolve(cwd, given);
    if (files.length === 0) throw new CliError(`${given}: no charter files here (charters are .yaml or .yml files)`);
    if (files.length === 1 && files[0]!.path === abs && !YAML_FILE.test(abs)) {
      throw new CliError(`${given} is not a charter file: charters are .yaml or .yml files`);
    }
    for (const f of files) found.set(f.path, f);
    if (isInside(abs, chartersDir)) needsContext = true;
  }
  const named = new Set(found.keys());
  if (needsContext) {
    // Walked last, so that org.yaml is told from charters as in a plain `charter lint`.
    for (const f of await discoverFiles([chartersDir], cwd)) found.set(f.path, f);
  }
  const discovered = [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const sources = await mapLimit(discovered, READ_CONCURRENCY, (file: DiscoveredFile) => readSource(file, cwd));
  const project = fromSources(sources);
  if (!needsContext || named.size === sources.length) return { ...project, named: undefined };
  return { ...project, named: new Set(sources.filter((s) => named.has(s.path)).map((s) => s.displayPath)) };
}

/** True when `p` is strictly inside directory `dir` (both absolute). */
function isInside(p: string, dir: string): boolean {
  const rel = path.relative(dir, p);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

/** Checks already-parsed sources and builds the model (also used by tests and benchmarks). */
export function fromSources(sources: SourceFile[]): Project {
  const files = sources.map(checkSource);
  return { sources, model: buildModel(files) };
}

/** The schema stage for one file. */
export function checkSource(source: SourceFile): CheckedFile {
  if (source.syntaxProblems.length > 0 && source.data === undefined) {
    return { source, schemaIssues: [], dropped: [] };
  }
  if (source.kind === 'org') {
    const { value, issues, dropped, toSourcePath } = validateOrg(source.data);
    const checked: CheckedFile = { source, schemaIssues: issues, dropped, ...(toSourcePath ? { toSourcePath } : {}) };
    if (value === undefined) return checked;
    const org: OrgFile = { ...checked, kind: 'org', org: value };
    return org;
  }
  const { value, issues, dropped, toSourcePath } = validateCharter(source.data, fileStem(source.path));
  const checked: CheckedFile = { source, schemaIssues: issues, dropped, ...(toSourcePath ? { toSourcePath } : {}) };
  if (value === undefined) return checked;
  const charter: CharterFile = { ...checked, kind: 'charter', charter: value };
  return charter;
}

async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
