import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, type CharterConfig } from '../config/load.js';
import { CONFIG_FILE_NAMES } from '../config/schema.js';
import { UserError } from '../errors.js';
import { listFiles, openRepository, readBlobs, repoPath, resolveCommit, type GitRepository, type TreeEntry } from '../git/repository.js';
import { fromSources } from '../project/load.js';
import { runLint, type LintResult } from './run.js';

/** What to lint at a revision. */
export interface RevisionLintRequest {
  /** The working directory, inside the repository: the revision is read as if charter ran here. */
  cwd: string;
  /** A branch, tag, commit id or any revision git understands. */
  revision: string;
  /** `--config`: the configuration file, relative to `cwd`, as it was at the revision. */
  configFile?: string;
  /**
   * The configuration to lint the revision with (`charter lint --since`: today's), instead
   * of the revision's own; its charters directory is taken at the same place in the revision.
   */
  config?: CharterConfig;
  inlineConfig?: boolean;
  command?: string;
}

/** A lint run of a revision. */
export interface RevisionLintResult extends LintResult {
  /** The commit the revision named. */
  commit: string;
  /** True when the revision has no charters directory (nor any charter in it): an empty organization. */
  empty: boolean;
}

const YAML_FILE = /\.ya?ml$/i;

/**
 * Lints the charters as they were at a git revision, with the configuration of that
 * revision. The revision's configuration file and charter files are written, as git
 * holds them, into a temporary directory that mirrors the repository's layout, and
 * one ordinary `runLint` runs there with the matching working directory: display
 * paths, messages and settings are exactly those a `charter lint` at that commit
 * would give. The working tree and the index are never touched; the temporary
 * directory is removed before this returns.
 * @throws UserError when `cwd` is not in a repository or the revision names no commit.
 */
export async function lintRevision(request: RevisionLintRequest): Promise<RevisionLintResult> {
  const repo = await openRepository(request.cwd);
  const commit = await resolveCommit(repo, request.revision);
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'charter-revision-'));
  try {
    const cwd = path.join(tmp, repo.prefix);
    await fs.mkdir(cwd, { recursive: true });
    const config = request.config !== undefined ? await movedConfig(request.config, repo, tmp) : await configAt(request, repo, commit, tmp, cwd);
    const chartersDir = path.relative(tmp, config.chartersDir).split(path.sep).join('/');
    if (chartersDir.startsWith('..') || path.isAbsolute(chartersDir)) {
      throw new UserError(`the charters directory of ${config.displayPath ?? 'the configuration'} at ${request.revision} is outside the repository`);
    }
    const entries = (await listFiles(repo, commit, chartersDir)).filter((e) => e.symlink || YAML_FILE.test(e.path));
    if (entries.length === 0) {
      return { findings: [], ...fromSources([]), sourcePaths: [], named: undefined, suppressed: 0, config, targets: [], files: 0, charters: 0, hasOrg: false, commit, empty: true };
    }
    await writeEntries(repo, tmp, entries);
    // Without charter-suppressions.json: a revision is compared by the problems it has, accepted or not.
    const result = await runLint({ cwd, config, inlineConfig: request.inlineConfig !== false, command: request.command ?? 'lint', bulkSuppressions: false });
    return { ...result, commit, empty: false };
  } finally {
    await fs.rm(tmp, { recursive: true, force: true });
  }
}

/** The revision's own configuration, written into `tmp` and read from there. */
async function configAt(request: RevisionLintRequest, repo: GitRepository, commit: string, tmp: string, cwd: string): Promise<CharterConfig> {
  // The configuration is looked for from the working directory up to the repository root:
  // every candidate of the revision is written, and an empty .git marks the root.
  const candidates = request.configFile !== undefined ? [repoPath(repo, request.configFile)] : configCandidates(repo.prefix);
  const configEntries = (await Promise.all(candidates.map((file) => exactFile(repo, commit, file)))).flat();
  await fs.mkdir(path.join(tmp, '.git'), { recursive: true });
  if (request.configFile !== undefined && configEntries.length === 0) {
    throw new UserError(`--config ${request.configFile}: no such file at ${request.revision}`);
  }
  await writeEntries(repo, tmp, configEntries);
  return loadConfig(cwd, request.configFile).catch((err: unknown) => {
    throw err instanceof UserError ? new UserError(`at ${request.revision}: ${err.message}`) : err;
  });
}

/** Where a configuration may be, relative to the root, from the directory `prefix` up. */
function configCandidates(prefix: string): string[] {
  const dirs = prefix.split('/').filter((p) => p !== '');
  const out: string[] = [];
  for (let n = dirs.length; n >= 0; n--) for (const name of CONFIG_FILE_NAMES) out.push([...dirs.slice(0, n), name].join('/'));
  return out;
}

/** A configuration of the working tree, its charters directory moved to the same place under `tmp`. */
async function movedConfig(config: CharterConfig, repo: GitRepository, tmp: string): Promise<CharterConfig> {
  let rel = path.relative(repo.root, config.chartersDir);
  if (rel.startsWith('..')) rel = path.relative(await fs.realpath(repo.root), await fs.realpath(config.chartersDir).catch(() => config.chartersDir));
  return { ...config, chartersDir: path.join(tmp, rel) };
}

/** The entry for exactly this file, if the commit has it. */
async function exactFile(repo: GitRepository, commit: string, file: string): Promise<TreeEntry[]> {
  if (file === '' || file === '..') return [];
  return (await listFiles(repo, commit, file)).filter((e) => e.path === file);
}

/** Writes the entries' contents (links as links) under `into`, at their paths in the repository. */
async function writeEntries(repo: GitRepository, into: string, entries: readonly TreeEntry[]): Promise<void> {
  const blobs = await readBlobs(
    repo,
    entries.map((e) => e.oid),
  );
  const dirs = new Set(entries.map((e) => path.dirname(path.join(into, e.path))));
  for (const dir of dirs) await fs.mkdir(dir, { recursive: true });
  await Promise.all(
    entries.map(async (e) => {
      const contents = blobs.get(e.oid) ?? Buffer.alloc(0);
      const target = path.join(into, e.path);
      if (e.symlink) await fs.symlink(contents.toString('utf8'), target);
      else await fs.writeFile(target, contents);
    }),
  );
}
