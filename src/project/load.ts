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
